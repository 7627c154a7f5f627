/** brat's identifier rules: types, attribute names and values cannot hold spaces or tabs. */

/** A label or attribute name as a brat type (`Loaded language` → `Loaded_language`). */
export function bratName(name: string): string {
  return name.replace(/[^\p{L}\p{N}_\-.]+/gu, '_') || '_';
}

/** Text placed after the last TAB of a line: line breaks and tabs become spaces. */
export function bratLineText(text: string): string {
  return text.replace(/[\t\r\n]/g, ' ');
}
