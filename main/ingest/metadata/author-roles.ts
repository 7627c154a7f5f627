/**
 * Words that say what an author is ("Membre du Milli Majlis", "Milletvekili",
 * "Professor"), in the languages of the corpus, mapped to author-role ids.
 */
import { foldWord } from './month-names';
import type { AuthorRoleId } from './suggestion-ids';

// Patterns are written on folded text (lower case, no accents, Turkish ı read as i), so
// "MİLLETVEKİLİ", "Député" and "депутат" need no case or accent variants. The first
// matching row wins: an MP who is also a professor signs as an MP.
const ROLE_PATTERNS: readonly [RegExp, AuthorRoleId][] = [
  [
    /milli (?:majlis|meclis|məclis)|member of (?:the )?parliament|membre du parlement|\bmp\b|\bmep\b|deputee?\b|deputat|depute|milletvekili|parlementaire|senat(?:or|eur)|депутат|член парламента|сенатор/u,
    'elected-official',
  ],
  [
    /minist(?:er|re)\b|ambassad(?:or|eur)|bakan\b|bakani|buyukelci|sefir|nazir|spokes(?:person|man|woman)|porte-parole|министр|посол|губернатор|governor|gouverneur/u,
    'government-official',
  ],
  [/\b(?:party|parti|partisi|partiyasi|партии)\b/u, 'party-official'],
  [
    /professor|professeur|profesor|\bprof\.|\bdr\.|\bdoc\.|phd|researcher|chercheur|chercheuse|analyst|politologue|political scientist|\bexpert|uzman|arastirmaci|профессор|эксперт|политолог|ekspert|dosent/u,
    'expert-academic',
  ],
  [
    /journalist|journaliste|gazeteci|jurnalist|correspond[ae]nt|muhabir|журналист|корреспондент|redacteur|editor\b/u,
    'staff-journalist',
  ],
  [/activist|activiste|aktivist|активист/u, 'activist'],
];

/** The author-role id that a role line such as "Membre du Milli Majlis" suggests. Pure. */
export function classifyRole(line: string): AuthorRoleId | undefined {
  const folded = foldWord(line);
  return ROLE_PATTERNS.find(([pattern]) => pattern.test(folded))?.[1];
}
