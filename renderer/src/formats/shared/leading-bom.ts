/**
 * A byte order mark at the start of a data file (a `.ann`, a span TSV, a JSON file) is an
 * encoding signature, never data: without this, brat's first line reads as "\uFEFFT1" and
 * a SemEval file's first article id as "\uFEFF111". Article texts keep theirs, since the
 * corpora count it as a character of the file (`place-in-normal-form.ts`).
 */

/** `content` without a leading U+FEFF. */
export function withoutLeadingBom(content: string): string {
  return content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
}

/** The file name after the last folder separator. */
export function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}
