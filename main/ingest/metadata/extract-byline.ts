/**
 * Who wrote an article: bylines ("Par Kadir Duran", "By Jane Doe", "Yazar: …",
 * "— Автор …", "Le Monde | … | Par Martin Untersinger (avec Damien Leloup)") and the
 * signature block that closes an op-ed (a name line, then role
 * lines such as "Membre du Milli Majlis").
 */
import { readAuthorNames, isPlausibleName } from './author-names';
import { classifyRole } from './author-roles';
import type { AuthorRoleId } from './suggestion-ids';
import type { TextSpan } from './text-span';

/** One author credit found in a text. */
export interface Byline {
  kind: 'byline' | 'signature';
  name: string;
  /** Span of the name only. */
  span: TextSpan;
  /** The role as written: the line under a signature, or what follows a byline's comma. */
  role?: string;
  /** The author role that `role` suggests. */
  roleId?: AuthorRoleId;
}

const MAX_CHARS_SEARCHED = 512 * 1024;
const MAX_LINE_CHARS = 160;
const MAX_NAME_CHARS = 60;
/** Most bylines, and most signatures, returned: a page lists few authors. */
export const MAX_CREDITS = 20;
// Lines this long are prose; a signature comes after most of the prose.
const PROSE_LINE_CHARS = 100;
const SIGNATURE_AFTER_PROSE_SHARE = 0.6;
// An opener at the line's start, or after a separator of a dateline-and-byline line.
const BYLINE_OPENER =
  /(?:^|[|•·—–]\s*)[ \t]{0,8}(?:[-–—][ \t]{0,3})?(?:(?:Posted|Written|Reported|Words) by|Par|PAR|By|BY|Yazar|YAZAR|Автор|АВТОР|Müəllif|MÜƏLLİF)[ \t]{0,3}:?[ \t]{1,3}/u;
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’.-]{0,30}$/u;
const PARTICLES = new Set(['de', 'du', 'van', 'von', 'der', 'al', 'el', 'bin', 'ibn', 'da', 'di']);

/** Whether `line` looks like a person's name: 2–5 capitalised words, particles allowed. */
export function isNameShaped(line: string): boolean {
  if (line.length > MAX_NAME_CHARS) return false;
  const words = line.trim().split(/[ \t]+/);
  if (words.length < 2 || words.length > 5) return false;
  const capitalised = words.filter((w) => NAME_WORD.test(w)).length;
  return capitalised >= 2 && words.every((w) => NAME_WORD.test(w) || PARTICLES.has(w));
}

interface Line {
  text: string;
  start: number;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const line of text.slice(0, MAX_CHARS_SEARCHED).split('\n')) {
    lines.push({ text: line, start });
    start += line.length + 1;
  }
  return lines;
}

const trimRole = (role: string) => role.trim().replace(/[,;:]+$/u, '');

/**
 * The bylines of one line: an opener ("Par", "By", "Yazar:") at its start or after a
 * separator ("Le Monde | … | Par Martin Untersinger (avec …)"), then the names
 * `readAuthorNames` reads in the rest ("By Erin Cunningham March 18 at 3:57 PM").
 */
function readByline({ text, start }: Line): Byline[] {
  if (text.length > MAX_LINE_CHARS) return [];
  const m = BYLINE_OPENER.exec(text);
  if (!m) return [];
  const from = m.index + m[0].length;
  const bylines: Byline[] = [];
  let cursor = from;
  for (const author of readAuthorNames(text.slice(from))) {
    const isScriptWithoutCase = !/\p{Lu}/u.test(author.name) && /\p{L}/u.test(author.name);
    if (!isNameShaped(author.name) && !isScriptWithoutCase) continue;
    const at = text.indexOf(author.name, cursor);
    if (at < 0) continue;
    cursor = at + author.name.length;
    const byline: Byline = {
      kind: 'byline',
      name: author.name,
      span: { start: start + at, end: start + cursor },
    };
    const role = author.role ? trimRole(author.role) : '';
    if (role !== '') {
      byline.role = role;
      const roleId = author.roleId ?? classifyRole(role);
      if (roleId) byline.roleId = roleId;
    }
    bylines.push(byline);
  }
  return bylines;
}

/** Share of the prose (long lines' characters) that comes before each line. */
function proseShares(lines: readonly Line[]): number[] {
  const total = lines.reduce(
    (sum, l) => sum + (l.text.length >= PROSE_LINE_CHARS ? l.text.length : 0),
    0,
  );
  let before = 0;
  return lines.map((l) => {
    const share = total === 0 ? 1 : before / total;
    if (l.text.length >= PROSE_LINE_CHARS) before += l.text.length;
    return share;
  });
}

function readSignatures(lines: readonly Line[], isByline: ReadonlySet<number>): Byline[] {
  const shares = proseShares(lines);
  const found: Byline[] = [];
  for (let i = 1; i < lines.length && found.length < MAX_CREDITS; i++) {
    const roleLine = lines[i]!.text.trim();
    if (roleLine.length > MAX_LINE_CHARS) continue;
    const roleId = roleLine === '' ? undefined : classifyRole(roleLine);
    if (roleId === undefined) continue;
    // The name sits right above the role, or one blank line above it.
    const above = lines[i - 1]!.text.trim() === '' && i >= 2 ? i - 2 : i - 1;
    const nameLine = lines[above]!;
    const name = nameLine.text.trim();
    if (isByline.has(above) || (shares[above] ?? 0) < SIGNATURE_AFTER_PROSE_SHARE) continue;
    // "Post Writer Badge" over "This commenter is a Washington Post editor": not a person.
    if (!isNameShaped(name) || !isPlausibleName(name) || classifyRole(name) !== undefined) continue;
    const start = nameLine.start + nameLine.text.indexOf(name);
    found.push({
      kind: 'signature',
      name,
      span: { start, end: start + name.length },
      role: trimRole(roleLine),
      roleId,
    });
  }
  return found;
}

/**
 * The bylines of `text` (lines such as "Par Kadir Duran" or "By Jane Doe, Reuters"),
 * then its signatures: a name-shaped line followed by a role line that names an author
 * role, placed after most of the text's prose. Both in order of position. Pure.
 */
export function extractBylines(text: string): Byline[] {
  const lines = splitLines(text);
  const bylines: Byline[] = [];
  const bylineLines = new Set<number>();
  lines.forEach((line, index) => {
    const found = bylines.length < MAX_CREDITS ? readByline(line) : [];
    if (found.length > 0) {
      bylines.push(...found.slice(0, MAX_CREDITS - bylines.length));
      bylineLines.add(index);
    }
  });
  return [...bylines, ...readSignatures(lines, bylineLines)];
}

/** Lines below a headline where its author's name alone may stand. */
const HEADER_LINES = 6;
const MAX_HEADER_LINE_CHARS = 100;

/**
 * The byline that a page dump prints as a name alone under its headline ("Sarah Archer",
 * "Dan Goodin - Apr 16, 2015 8:02 pm UTC", "By Alissa Wilkinson@alissamarie"): the first
 * of the six lines after `headlineEnd` whose credit reads as a person's name and takes most
 * of the line. `undefined` when none does. Pure.
 */
export function readHeaderByline(text: string, headlineEnd: number): Byline | undefined {
  let start = text.indexOf('\n', headlineEnd) + 1;
  for (let n = 0; start > 0 && n < HEADER_LINES;) {
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end < 0 ? text.length : end);
    if (line.trim() !== '') {
      n++;
      const byline =
        line.length <= MAX_HEADER_LINE_CHARS ? nameLine({ text: line, start }) : undefined;
      if (byline) return byline;
    }
    if (end < 0) break;
    start = end + 1;
  }
  return undefined;
}

function nameLine(line: Line): Byline | undefined {
  const opened = readByline(line)[0];
  if (opened) return opened;
  const [author] = readAuthorNames(line.text);
  if (!author || !isNameShaped(author.name) || !isPlausibleName(author.name)) return undefined;
  // A column's label ("Deal Professor") reads as a role, not a person.
  if (classifyRole(author.name) !== undefined) return undefined;
  const at = line.text.indexOf(author.name);
  // The name is the line, or opens it before a date, a handle or a separator.
  if (at < 0 || at > 2) return undefined;
  const rest = line.text.slice(at + author.name.length).trim();
  if (rest !== '' && !/^(?:[-–—|•·@,]|\d)/u.test(rest)) return undefined;
  return {
    kind: 'byline',
    name: author.name,
    span: { start: line.start + at, end: line.start + at + author.name.length },
  };
}
