/**
 * The outlet that published an article, from the clues a page dump leaves: the agency in
 * its dateline, copyright lines ("BRUXELLES KORNER BLOG COPYRIGHT 2015-2025", "© 2025
 * Site Adı", "Tous droits réservés"), domain names ("azertac.az"), and the name of the
 * folder the analyst filed it in. Clues naming the same outlet add up.
 */
import type { Dateline } from './extract-dateline';
import { findAgencyByDomain, findAgencyByName, type KnownAgency } from './known-agencies';
import { foldWord } from './month-names';
import type { TextSpan } from './text-span';

/** One clue to the outlet. */
export interface OutletEvidence {
  kind: 'dateline' | 'copyright' | 'domain' | 'folder';
  /** The clue as written: the line, the domain or the folder name. */
  text: string;
  span?: TextSpan;
}

/** An outlet named by one or more clues. */
export interface OutletGuess {
  name: string;
  evidence: OutletEvidence[];
  confidence: 'high' | 'medium' | 'low';
  knownAgency?: KnownAgency;
}

/** What `extractOutlet` reads. */
export interface OutletInput {
  text: string;
  /** Name of the folder holding the file, often the outlet's name. */
  folderName?: string;
  dateline?: Dateline;
}

const MAX_CHARS_SEARCHED = 1024 * 1024;
const MAX_LINE_CHARS = 200;
const MAX_EVIDENCE = 8;
const WEIGHTS = { dateline: 3, copyright: 2, domain: 1, folder: 1 } as const;
const RIGHTS =
  '©|\\(c\\)|copyright|all rights reserved|tous droits r[ée]serv[ée]s|' +
  't[üu]m haklar[ıi] sakl[ıi]d[ıi]r|все права защищены';
const COPYRIGHT = new RegExp(RIGHTS, 'iu');
const YEARS = '\\b\\d{4}(?:[ \\t]{0,2}[-–][ \\t]{0,2}\\d{4})?\\b';
const COPYRIGHT_NOISE = new RegExp(`${RIGHTS}|${YEARS}`, 'giu');
// Companies behind an outlet ("S-B-E Ltd") are weaker clues than the outlet's own name.
const COMPANY = /\b(?:ltd|llc|inc|sarl|sas|gmbh|mmc|a\.ş\.|ооо)\.?$/iu;
const DOMAIN =
  /(?<![\p{L}\p{N}@.-])((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){1,3}(?:az|be|com|fr|tr|ru|net|org|info|news|eu|uk|de|ge|am|kz|tv))(?![\p{L}\p{N}-])/giu;
const IGNORED_DOMAINS =
  /(?:^|\.)(?:facebook|twitter|x|instagram|youtube|linkedin|google|whatsapp|tiktok|t)\.[a-z]+$/u;
const GENERIC_FOLDERS = new Set([
  'samples',
  'sample',
  'data',
  'articles',
  'downloads',
  'txt',
  'html',
  'tmp',
  'corpus',
  'input',
  'files',
  'docs',
  'documents',
]);

interface Candidate extends OutletGuess {
  key: string;
  score: number;
  nameWeight: number;
}

function keyOf(name: string): string {
  const bare = name
    .toLowerCase()
    .replace(/^www\./u, '')
    .replace(/\.[a-z.]+$/u, '');
  return foldWord(bare).replace(/[^\p{L}\p{N}]/gu, '');
}

function sameOutlet(a: string, b: string): boolean {
  if (a.length < 4 || b.length < 4) return a === b;
  return a.startsWith(b) || b.startsWith(a);
}

function add(
  candidates: Candidate[],
  name: string,
  evidence: OutletEvidence,
  agency?: KnownAgency,
) {
  const key = keyOf(agency?.name ?? name);
  if (key === '') return;
  const weight = WEIGHTS[evidence.kind] - (COMPANY.test(name) ? 1 : 0);
  const existing = candidates.find((c) => sameOutlet(c.key, key));
  if (!existing) {
    const candidate: Candidate = {
      ...{ name, key, score: weight, nameWeight: weight },
      ...{ evidence: [evidence], confidence: 'low' },
    };
    if (agency) candidate.knownAgency = agency;
    candidates.push(candidate);
    return;
  }
  // Repeats of one banner count, but less than independent clues.
  const isRepeat = existing.evidence.some(
    (e) => e.kind === evidence.kind && e.text === evidence.text,
  );
  existing.score += isRepeat ? 0.5 : weight;
  if (existing.evidence.length < MAX_EVIDENCE && !isRepeat) existing.evidence.push(evidence);
  if (agency && !existing.knownAgency) existing.knownAgency = agency;
  // The name as the strongest clue writes it: a banner's over a domain's or a folder's.
  if (weight > existing.nameWeight) Object.assign(existing, { name, nameWeight: weight });
}

function copyrightName(line: string): string {
  const segment = line.split('|').find((part) => COPYRIGHT.test(part)) ?? line;
  return segment
    .replace(COPYRIGHT_NOISE, ' ')
    .replace(/[\s.,;:–—-]+$|^[\s.,;:–—-]+/gu, '')
    .replace(/\s+/gu, ' ');
}

function readLines(text: string, candidates: Candidate[]) {
  let start = 0;
  for (const line of text.slice(0, MAX_CHARS_SEARCHED).split('\n')) {
    const span = { start, end: start + line.length };
    start += line.length + 1;
    if (line.length > MAX_LINE_CHARS) continue;
    if (COPYRIGHT.test(line)) {
      const name = copyrightName(line);
      if (/\p{L}{2}/u.test(name) && name.length <= 60)
        add(candidates, name, { kind: 'copyright', text: line.trim(), span });
    }
    for (const m of line.matchAll(DOMAIN)) {
      const domain = (m[1] ?? '').toLowerCase();
      if (IGNORED_DOMAINS.test(domain)) continue;
      const agency = findAgencyByDomain(domain);
      const at = span.start + (m.index ?? 0);
      add(
        candidates,
        agency?.name ?? domain,
        { kind: 'domain', text: domain, span: { start: at, end: at + domain.length } },
        agency,
      );
    }
  }
}

/**
 * Every outlet the clues name, best first. A known agency in the dateline weighs most,
 * then copyright lines, then domains and the folder name; clues naming the same outlet
 * ("BRUXELLES KORNER BLOG", "bruxelleskorner.be", folder "bruxelles-korner") are merged.
 * Generic folder names ("samples", "data") are ignored. Pure.
 */
export function listOutlets({ text, folderName, dateline }: OutletInput): OutletGuess[] {
  const candidates: Candidate[] = [];
  if (dateline) {
    const agency = dateline.knownAgency ?? findAgencyByName(dateline.agency);
    const evidence: OutletEvidence = {
      kind: 'dateline',
      text: text.slice(dateline.span.start, dateline.span.end),
      span: dateline.span,
    };
    add(candidates, agency?.name ?? dateline.agency, evidence, agency);
  }
  readLines(text, candidates);
  const folder = folderName?.trim();
  if (folder && !GENERIC_FOLDERS.has(folder.toLowerCase()))
    add(candidates, folder, { kind: 'folder', text: folder });
  return candidates
    .sort((a, b) => b.score - a.score)
    .map(({ key: _key, nameWeight: _nameWeight, score, ...guess }) => ({
      ...guess,
      confidence: score >= 3.5 ? 'high' : score >= 2 ? 'medium' : 'low',
    }));
}

/** The most likely outlet of `input.text`, or `undefined` when nothing names one. Pure. */
export function extractOutlet(input: OutletInput): OutletGuess | undefined {
  return listOutlets(input)[0];
}
