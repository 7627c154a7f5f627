/**
 * Who wrote an article: bylines ("Par Kadir Duran", "By Jane Doe", "Yazar: …",
 * "— Автор …") and the signature block that closes an op-ed (a name line, then role
 * lines such as "Membre du Milli Majlis").
 */
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
const BYLINE =
  /^[ \t]{0,8}(?:[-–—][ \t]{0,3})?(?:Par|PAR|By|BY|Yazar|YAZAR|Автор|АВТОР|Müəllif|MÜƏLLİF)[ \t]{0,3}:?[ \t]{1,3}([^,|()\n]{3,60})(?:[,|(–—][ \t]{0,3}([^\n]{0,100}))?$/du;
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

function readByline({ text, start }: Line): Byline | undefined {
  if (text.length > MAX_LINE_CHARS) return undefined;
  const m = BYLINE.exec(text);
  const written = m?.[1];
  const at = m?.indices?.[1]?.[0];
  if (!m || written === undefined || at === undefined) return undefined;
  const name = written.trim();
  if (!isNameShaped(name)) return undefined;
  const nameStart = start + at + written.length - written.trimStart().length;
  const byline: Byline = {
    kind: 'byline',
    name,
    span: { start: nameStart, end: nameStart + name.length },
  };
  const role = trimRole((m[2] ?? '').replace(/\)$/u, ''));
  if (role !== '') {
    byline.role = role;
    const roleId = classifyRole(role);
    if (roleId) byline.roleId = roleId;
  }
  return byline;
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
    if (!isNameShaped(name) || classifyRole(name) !== undefined) continue;
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
    const byline = bylines.length < MAX_CREDITS ? readByline(line) : undefined;
    if (byline) {
      bylines.push(byline);
      bylineLines.add(index);
    }
  });
  return [...bylines, ...readSignatures(lines, bylineLines)];
}
