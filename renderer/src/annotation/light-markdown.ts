/**
 * The note format: plain text with light Markdown, the subset an analyst types without
 * thinking (**bold**, *italic*, `code`, [label](https://…) and bare links, "- " lists,
 * blank-line paragraphs). Parsed to a small tree that the UI renders as elements, never as
 * HTML, so a note can hold `<script>` as text and stay text. Exports carry the source
 * string (`text/markdown` in W3C). Pure.
 */

/** A run of inline text with its styling. */
export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'strong' | 'emphasis'; children: Inline[] }
  | { kind: 'code'; text: string }
  | { kind: 'link'; href: string; children: Inline[] };

/** A paragraph, or a bulleted list of items. */
export type Block = { kind: 'paragraph'; lines: Inline[][] } | { kind: 'list'; items: Inline[][] };

// Links only to the web: a note is no place for `javascript:` or `file:` targets.
const SAFE_URL = /^https?:\/\/[^\s<>"]+$/i;
const BULLET = /^\s{0,3}[-*•]\s+/;
// One pass over the line: the first of these that matches at a position wins.
const INLINE =
  /\*\*(?<strong>[^*\n]+?)\*\*|(?<![\p{L}\p{N}*])(?<mark>[*_])(?<em>[^*_\s](?:[^*_\n]*?[^*_\s])?)\k<mark>(?![\p{L}\p{N}])|`(?<code>[^`\n]+)`|\[(?<label>[^\]\n]+)\]\((?<href>[^)\s]+)\)|(?<bare>https?:\/\/[^\s<>"]+[^\s<>".,;:!?)])/gu;

/** The inline runs of one line of a note. */
export function parseInline(line: string): Inline[] {
  const out: Inline[] = [];
  let at = 0;
  for (const match of line.matchAll(INLINE)) {
    const groups = match.groups!;
    if (match.index > at) out.push({ kind: 'text', text: line.slice(at, match.index) });
    if (groups.strong !== undefined) {
      out.push({ kind: 'strong', children: parseInline(groups.strong) });
    } else if (groups.em !== undefined) {
      out.push({ kind: 'emphasis', children: parseInline(groups.em) });
    } else if (groups.code !== undefined) {
      out.push({ kind: 'code', text: groups.code });
    } else if (groups.label !== undefined && groups.href !== undefined) {
      out.push(
        SAFE_URL.test(groups.href)
          ? { kind: 'link', href: groups.href, children: parseInline(groups.label) }
          : { kind: 'text', text: match[0] },
      );
    } else if (groups.bare !== undefined) {
      out.push({
        kind: 'link',
        href: groups.bare,
        children: [{ kind: 'text', text: groups.bare }],
      });
    }
    at = match.index + match[0].length;
  }
  if (at < line.length) out.push({ kind: 'text', text: line.slice(at) });
  return out;
}

/** The blocks of a note: paragraphs split by blank lines, runs of "- " lines as lists. */
export function parseNote(note: string): Block[] {
  const blocks: Block[] = [];
  let current: Block | undefined;
  for (const line of note.replace(/\r\n?/g, '\n').split('\n')) {
    if (line.trim() === '') {
      current = undefined;
      continue;
    }
    const bullet = BULLET.exec(line);
    if (bullet) {
      if (current?.kind !== 'list') blocks.push((current = { kind: 'list', items: [] }));
      current.items.push(parseInline(line.slice(bullet[0].length)));
    } else {
      if (current?.kind !== 'paragraph') blocks.push((current = { kind: 'paragraph', lines: [] }));
      current.lines.push(parseInline(line));
    }
  }
  return blocks;
}

/** Whether `note` uses any formatting, so a plain note need not be shown twice. */
export function hasFormatting(note: string): boolean {
  return parseNote(note).some(
    (block) =>
      block.kind === 'list' || block.lines.some((line) => line.some((run) => run.kind !== 'text')),
  );
}

/** How many `*` (or other marker characters) run from `at` in the direction `step`. */
function runLength(value: string, at: number, step: 1 | -1, char: string): number {
  let count = 0;
  for (let i = step === 1 ? at : at - 1; i >= 0 && i < value.length && value[i] === char; i += step)
    count++;
  return count;
}

// Whether a run of `run` marker characters holds a marker `n` long: `**` and `*` share the
// character, so `***` (bold italic) closes both, while `**` does not close an italic.
function holdsMarker(run: number, n: number, char: string): boolean {
  if (char !== '*') return run >= n;
  return n === 2 ? run === 2 || run === 3 : run === 1 || run === 3;
}

// Whether the caret at `at` sits inside an open `marker` run on its line: an odd number of
// markers before it (links' brackets do not matter: `[a **b|**](https://…)` is inside).
function isInsideRun(value: string, at: number, marker: string): boolean {
  const lineStart = value.lastIndexOf('\n', at - 1) + 1;
  const before = value.slice(lineStart, at);
  let count = 0;
  for (let i = 0; i <= before.length - marker.length; i++) {
    if (before.startsWith(marker, i)) {
      count++;
      i += marker.length - 1;
    }
  }
  return count % 2 === 1;
}

/**
 * `value` with `[start, end)` wrapped in `marker` (`**` bold, `*` italic, `` ` `` code), or
 * unwrapped when it already is; returns the new value and the selection inside the markers.
 *
 * With no selection the key toggles the style for what is typed next, as word processors
 * do: the first press opens an empty pair with the caret inside, the second closes it by
 * stepping the caret past the closing marker (or removes the pair when nothing was typed
 * in it). It never adds a second pair, so `a`, Ctrl+B, `bold`, Ctrl+B, ` c` gives
 * `a **bold** c` (it used to give `a **bold** c****`).
 */
export function toggleWrap(
  value: string,
  start: number,
  end: number,
  marker: string,
): { value: string; start: number; end: number } {
  const n = marker.length;
  const char = marker[0]!;
  if (start === end) {
    const after = runLength(value, start, 1, char);
    const before = runLength(value, start, -1, char);
    if (holdsMarker(after, n, char) && holdsMarker(before, n, char) && after === before) {
      // An empty pair around the caret: toggling off removes it.
      return {
        value: value.slice(0, start - n) + value.slice(start + n),
        start: start - n,
        end: start - n,
      };
    }
    if (holdsMarker(after, n, char) && isInsideRun(value, start, marker)) {
      return { value, start: start + n, end: start + n };
    }
  }
  const isWrapped =
    value.slice(start - n, start) === marker &&
    value.slice(end, end + n) === marker &&
    holdsMarker(runLength(value, start, -1, char), n, char);
  if (isWrapped) {
    return {
      value: value.slice(0, start - n) + value.slice(start, end) + value.slice(end + n),
      start: start - n,
      end: end - n,
    };
  }
  const selected = value.slice(start, end);
  if (selected.length >= 2 * n && selected.startsWith(marker) && selected.endsWith(marker)) {
    // The selection takes in its own markers (a double click and Shift+End, say).
    return {
      value: value.slice(0, start) + selected.slice(n, -n) + value.slice(end),
      start,
      end: end - 2 * n,
    };
  }
  return {
    value: value.slice(0, start) + marker + selected + marker + value.slice(end),
    start: start + n,
    end: end + n,
  };
}
