/** Language codes as names, for tooltips and the reader's metadata. */

const names = new Intl.DisplayNames(undefined, { type: 'language', fallback: 'code' });

/** "fr" → "French" (in the user's locale); `und` → "Unknown". */
export function languageName(code: string): string {
  if (code === 'und' || code === '') return 'Unknown';
  try {
    return names.of(code) ?? code;
  } catch {
    // An ill-formed tag makes DisplayNames throw; show the code as stored.
    return code;
  }
}
