/**
 * A file name on one line however narrow its column: when it does not fit, its middle gives
 * way to an ellipsis and its start and end stay, the end holding the extension and the
 * characters before it, where the names of one folder differ ("depeche-azer…-03-11.txt").
 * Wrapping it instead broke names mid-word over up to seven lines at 1024 px. The text is
 * the whole name (the ellipsis is drawn by CSS), so copying, finding and screen readers
 * get all of it; the cell's `title` shows the whole path on hover.
 */

/** Characters kept at the end besides the extension. */
const TAIL_CHARS = 6;

/** `name` as [start, end]: the end is the extension and up to six characters before it. */
export function fileNameEnds(name: string): [string, string] {
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.length - dot : 0;
  let cut = Math.max(0, name.length - extension - TAIL_CHARS);
  // Never between the halves of an emoji or a letter and its accent: each span draws its own.
  while (cut > 0 && /^(?:[\uDC00-\uDFFF]|\p{M})/u.test(name.slice(cut))) cut--;
  return [name.slice(0, cut), name.slice(cut)];
}

export function ShortFileName({ name }: { name: string }) {
  const [start, end] = fileNameEnds(name);
  return (
    <span className="short-file-name">
      <span className="short-file-name-start">{start}</span>
      <span className="short-file-name-end">{end}</span>
    </span>
  );
}
