/**
 * Shapes of a dump line that decide whether it can be prose: how many words it holds in
 * scripts written without spaces, whether it is code or raw markup, and whether it is a
 * Title Case headline (a teaser) rather than a sentence.
 */

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
/** Characters of Chinese or Japanese text that weigh as one word of English. */
const CJK_CHARS_PER_WORD = 2;
const HAS_LETTER = /\p{L}/u;
// Code and markup characters (and the box drawing of text tables); prose holds few of
// them. Bars and angle brackets also separate breadcrumbs ("Home > News | Sport"), so they
// only add to a line that has code characters of its own.
const CODE_CHARS = /[{}()[\];=`\\$│┼─]/g;
const SEPARATOR_CHARS = /[<>|]/g;
const MIN_CODE_SHARE = 0.08;
const MARKUP = /^<\/?[a-z!][^>]*>?|^<[a-z][\w-]*\s+[\w-]+=/i;
const JSON_LINE = /^"[^"]{1,60}"\s*:\s*/u;
// Words a Title Case headline leaves in lower case.
const MINOR_WORDS = new Set(
  'a an and as at but by for from in into is it of on or the to vs via with de la le les des du et en'.split(
    ' ',
  ),
);
/** Share of capitalised words from which a line is Title Case. */
const MIN_TITLE_CASE_SHARE = 0.7;

/** Words of `line`: space-separated words with letters, or CJK characters by pairs. Pure. */
export function countWords(line: string): number {
  const words = line.split(/\s+/).filter((word) => HAS_LETTER.test(word)).length;
  const cjk = (line.match(CJK) ?? []).length;
  return cjk === 0 ? words : Math.max(words, Math.floor(cjk / CJK_CHARS_PER_WORD));
}

/**
 * How much text `line` holds, in characters of alphabetic script: a Chinese or Japanese
 * character weighs three (a 35-character line of Chinese says as much as a 100-character
 * line of English). Pure.
 */
export function textWeight(line: string): number {
  return line.length + 2 * (line.match(CJK) ?? []).length;
}

/**
 * Whether `line` (trimmed) is code or raw markup rather than text: a tag
 * (`<img src="…">`, a `<noscript>` left as text), a JSON member, or a line dense in
 * brackets, semicolons and equals signs. Code blocks inside an article are neither
 * prose nor chrome to the body finder. Pure.
 */
export function isCodeLike(line: string): boolean {
  if (line === '') return false;
  if (MARKUP.test(line) || JSON_LINE.test(line)) return true;
  const code = (line.match(CODE_CHARS) ?? []).length;
  const symbols = code + (line.match(SEPARATOR_CHARS) ?? []).length;
  return code >= 2 && symbols / line.length >= MIN_CODE_SHARE;
}

/**
 * Whether `line` is a Title Case headline ("Little Women Star Welcomes First Child — a Baby
 * Girl!"): most of its words capitalised, minor words aside. Teaser lists are made of
 * these; sentences of an article are not. Scripts without case never are. Pure.
 */
export function isTitleCase(line: string): boolean {
  const words = line
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+/u, ''))
    .filter((word) => HAS_LETTER.test(word) && !MINOR_WORDS.has(word.toLowerCase()));
  if (words.length < 3) return false;
  const capitalised = words.filter((word) => /^[\p{Lu}\p{N}]/u.test(word)).length;
  return capitalised / words.length >= MIN_TITLE_CASE_SHARE;
}

/**
 * A line that reads as code among others: code-like, or opening or closing a bracket at its
 * edge ("WITH series AS (", "),"), or holding an operator ("::", "=>", "->", "==").
 */
function isCodeLineInBlock(line: string): boolean {
  return isCodeLike(line) || /[(){}[\];,]$|^[)}\]]|::|=>|->|==/u.test(line);
}

/** Share of code lines from which a block of lines (no blank line between) is code. */
const MIN_CODE_BLOCK_SHARE = 0.3;
const MIN_CODE_BLOCK_LINES = 3;

/**
 * Indexes of the lines that belong to code blocks: runs of three or more lines without a
 * blank line between them, of which at least 30 % are code-like. A listing's lines without
 * symbols ("SELECT", "FROM series") are code because their block is. Pure.
 */
export function codeBlockLines(lines: readonly string[]): Set<number> {
  const code = new Set<number>();
  let start = 0;
  const close = (end: number) => {
    const count = end - start;
    if (count < MIN_CODE_BLOCK_LINES) return;
    let coded = 0;
    for (let i = start; i < end; i++) if (isCodeLineInBlock(lines[i]!.trim())) coded++;
    if (coded / count >= MIN_CODE_BLOCK_SHARE) for (let i = start; i < end; i++) code.add(i);
  };
  lines.forEach((line, i) => {
    if (line.trim() !== '') return;
    close(i);
    start = i + 1;
  });
  close(lines.length);
  return code;
}

// Words a wrapped line may end on mid-sentence.
const OPEN_ENDINGS = new Set(
  'a an and as at but by for from in into of on or the to with that than de la le les des du et en un une que qui à'.split(
    ' ',
  ),
);
const MIN_WRAPPED_RUN = 3;
const MIN_WRAPPED_CHARS = 25;
const MAX_WRAPPED_CHARS = 120;
const MIN_CONTINUATION_SHARE = 0.5;
const MIN_SIZED_SHARE = 0.75;

/** Whether the text goes on from line `a` into line `b` mid-sentence. */
function continues(a: string, b: string): boolean {
  const last = a.split(/\s+/).at(-1)?.toLowerCase() ?? '';
  return /^\p{Ll}/u.test(b) || /[,;:—–-]$/u.test(a) || OPEN_ENDINGS.has(last);
}

/**
 * Indexes of lines that are a paragraph hard-wrapped over several lines (a page whose text
 * sits in preformatted blocks): runs of three or more lines, no blank line between, three
 * in four of 25–120 characters, where at least half the breaks fall mid-sentence (the next line starts
 * in lower case, or the line ends on a comma or a word like "the"). A list of headlines
 * breaks between sentences and is not one. Pure.
 */
export function wrappedLines(lines: readonly string[]): Set<number> {
  const wrapped = new Set<number>();
  let start = 0;
  const close = (end: number) => {
    const run = lines.slice(start, end).map((line) => line.trim());
    if (run.length < MIN_WRAPPED_RUN) return;
    // A paragraph's first and last lines may be short ("The Xbox", "One S.").
    const sized = run.filter((l) => l.length >= MIN_WRAPPED_CHARS && l.length <= MAX_WRAPPED_CHARS);
    if (sized.length < run.length * MIN_SIZED_SHARE) return;
    let joins = 0;
    for (let i = 0; i + 1 < run.length; i++) if (continues(run[i]!, run[i + 1]!)) joins++;
    if (joins / (run.length - 1) >= MIN_CONTINUATION_SHARE) {
      for (let i = start; i < end; i++) wrapped.add(i);
    }
  };
  lines.forEach((line, i) => {
    if (line.trim() !== '') return;
    close(i);
    start = i + 1;
  });
  close(lines.length);
  return wrapped;
}

/** For each line, how many lines its run of non-blank lines holds (0 for a blank line). Pure. */
export function runLengths(lines: readonly string[]): number[] {
  const lengths = new Array<number>(lines.length).fill(0);
  let start = 0;
  const close = (end: number) => {
    for (let i = start; i < end; i++) lengths[i] = end - start;
  };
  lines.forEach((line, i) => {
    if (line.trim() !== '') return;
    close(i);
    start = i + 1;
  });
  close(lines.length);
  return lengths;
}

// "1/50 United goin down", "12 / 50": a slideshow's counter before each picture.
const COUNTER = /^(\d{1,3}) ?\/ ?(\d{1,3})(?!\d)/u;
const MIN_GALLERY_ITEMS = 3;

/**
 * Indexes of the lines of a slideshow printed as text: from the first to the last of three
 * or more counter lines ("1/50 …", "2/50 …") that count up to one total, and the lines
 * after the last one up to the gap the items keep. Its captions are prose, but not the
 * article's. Pure.
 */
export function galleryLines(lines: readonly string[]): Set<number> {
  const counters: { index: number; n: number; total: number }[] = [];
  lines.forEach((line, index) => {
    const m = COUNTER.exec(line.trim());
    if (m) counters.push({ index, n: Number(m[1]), total: Number(m[2]) });
  });
  const gallery = new Set<number>();
  let run: typeof counters = [];
  const close = () => {
    if (run.length >= MIN_GALLERY_ITEMS) {
      const first = run[0]!.index;
      const last = run.at(-1)!.index;
      const spacing = Math.ceil((last - first) / (run.length - 1));
      const end = Math.min(lines.length - 1, last + spacing - 1);
      for (let i = first; i <= end; i++) gallery.add(i);
    }
    run = [];
  };
  for (const counter of counters) {
    const previous = run.at(-1);
    const follows =
      previous !== undefined && counter.total === previous.total && counter.n === previous.n + 1;
    if (!follows) close();
    run.push(counter);
  }
  close();
  return gallery;
}
