/**
 * People's names out of a credit as pages write it: "By\n\tScott Cunningham",
 * "By GILLIAN MOHNEY March 11, 2015 3:46 PM", "Stella Kim, Jennifer Jett",
 * "By Brenda Goodman, MA WebMD Health News", "Par Martin Untersinger (avec Damien Leloup
 * et Morgane Tual)", "Bradley M. Kuhn (http://ebb.org/bkuhn/)". Words that are never part
 * of a name ("Follow Author", "Post Writer Badge", "Times Topics", "Last Updated") make a
 * credit junk rather than a person.
 */
import { classifyRole } from './author-roles';
import type { AuthorRoleId } from './suggestion-ids';

/** One person a credit names. */
export interface AuthorName {
  name: string;
  /** The role as written ("avec", "Staff Writer"), when the credit gives one. */
  role?: string;
  roleId?: AuthorRoleId;
}

const MAX_CREDIT_CHARS = 300;
const MAX_NAME_CHARS = 60;
const MAX_NAMES = 10;

// Openers of a credit, in the languages of the corpus and of the test pages.
const OPENER =
  /^(?:(?:written|posted|words|reported|text|story|photos?|edited|compiled)\s+by|by|par|von|por|door|di|da|yazan|yazar|автор|müəllif|بقلم|كتب)\s*:?\s+/iu;
const LABEL = /^(?:author|auteur|autor|yazar|автор|müəllif|by|par)\s*:\s*/iu;
// Where a credit's names end: a date, a time, "Updated", a separator.
const MONTH =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre';
const END_OF_NAMES = new RegExp(
  `\\s(?:${MONTH})\\.?\\s+\\d|\\s\\d{1,2}\\s+(?:${MONTH})\\b|\\s\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}|\\s(?:updated|published|posted|last updated|mis à jour|publié le|le \\d)\\b|\\s[|•·—–]\\s|\\s-\\s|\\n|@[\\w.]`,
  'iu',
);
// Words no person's name holds; a credit made of them is a button or a section label.
const NOT_A_NAME =
  /\b(?:follow|author|authors|contributors?|staff|writer|badge|topics?|updated|published|posted|subscribe|newsletter|share|comments?|view|profile|more|articles?|stories|news|editorial|editors|developers|newsroom|bureau|desk|team|admin|administrator|guest|you|your|our|are|reading|people|how|what|why|who|times|industry|journalism|technology|business|politics|world|sports?|science|health|opinion|entertainment|lifestyle|education|anonymous|unknown|photos?|video|images?|getty|shutterstock|copyright|read|click|here|menu|search|home|sign|login|email|twitter|facebook)\b/iu;
const SEPARATORS = /\s*,\s*|\s*;\s*|\s+(?:and|&|et|und|y|ve|и|və|و)\s+/iu;
// What a credit adds after a name and is not a name: degrees and post-nominals.
const POST_NOMINAL = /^(?:MA|MS|MD|PhD|Ph\.D\.|MPH|RN|Jr\.?|Sr\.?|III?|IV)$/u;
const HAS_LETTER = /\p{L}/u;
const IS_CASED_SCRIPT = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]/u;

const collapse = (text: string): string => text.replace(/[ \t\f\r\u00a0]+/g, ' ').trim();

/** Whether `name` can be a person's name: 1–6 words, letters, no junk word, no URL. */
export function isPlausibleName(name: string): boolean {
  if (name.length < 2 || name.length > MAX_NAME_CHARS || !HAS_LETTER.test(name)) return false;
  if (/https?:|www\.|@|\d{3}|[<>{}[\]=]/iu.test(name) || NOT_A_NAME.test(name)) return false;
  const words = name.split(' ');
  if (words.length > 6) return false;
  // Names in cased scripts start with a capital ("al-Sayed" and "de la Cruz" aside).
  if (IS_CASED_SCRIPT.test(name)) {
    const capitalised = words.filter((word) => /^\p{Lu}/u.test(word));
    if (capitalised.length === 0) return false;
    if (words.length === 1 && words[0]!.length < 3) return false;
  }
  return true;
}

function withoutAsides(credit: string): { main: string; asides: string[] } {
  const asides: string[] = [];
  const main = credit.replace(/\(([^()]{0,200})\)/gu, (whole, inside: string) => {
    // Initials are part of the name: "Richard (R.J.) Eskow".
    if (/^(?:\p{Lu}\.){1,3}$/u.test(inside.trim())) return whole;
    asides.push(inside);
    return ' ';
  });
  return { main: collapse(main), asides };
}

function splitNames(part: string): string[] {
  return part
    .split(SEPARATORS)
    .map((piece) => collapse(piece.replace(OPENER, '').replace(/[.,;:]+$/u, '')))
    .filter((piece) => piece !== '');
}

/**
 * The people `credit` names, in order, each once, with the role a following piece gives
 * ("Jane Doe, Staff Writer") or a parenthesised aside's opener ("(avec A et B)": role
 * "avec"). Empty when nothing in it is a plausible name. Pure.
 */
export function readAuthorNames(credit: string): AuthorName[] {
  let text = collapse(credit.slice(0, MAX_CREDIT_CHARS).replace(/\n+/g, '\n'));
  text = text.replace(LABEL, '').replace(OPENER, '');
  const end = END_OF_NAMES.exec(` ${text}`);
  if (end) text = text.slice(0, Math.max(0, end.index - 1));
  const { main, asides } = withoutAsides(text);
  const names: AuthorName[] = [];
  const add = (name: AuthorName) => {
    const isNew = !names.some((n) => n.name.toLowerCase() === name.name.toLowerCase());
    if (isNew && names.length < MAX_NAMES) names.push(name);
  };
  for (const piece of splitNames(main)) {
    const last = names.at(-1);
    const roleId = classifyRole(piece);
    // "Jane Doe, Reuters", "Jane Doe, Professor of History": what follows a name in one
    // word, or in words of a role, describes it.
    const isOneWord = !piece.includes(' ');
    if (last && !last.role && (roleId || POST_NOMINAL.test(piece) || isOneWord)) {
      if (roleId) Object.assign(last, { role: piece, roleId });
      else if (!POST_NOMINAL.test(piece)) last.role = piece;
      continue;
    }
    if (isPlausibleName(piece)) add({ name: piece });
    // "Jane Doe, Senior Staff Technologist, ACLU Speech Project": once a piece is not a
    // name, what follows describes the author, not more authors.
    else if (names.length > 0) break;
  }
  // "(avec Damien Leloup et Morgane Tual)": co-authors, credited with the aside's word.
  for (const aside of asides) {
    const opener = /^(avec|with|mit|con|ile)\s+/iu.exec(aside);
    if (!opener || names.length === 0) continue;
    for (const piece of splitNames(aside.slice(opener[0].length))) {
      if (isPlausibleName(piece)) add({ name: piece, role: opener[1]!.toLowerCase() });
    }
  }
  return names;
}
