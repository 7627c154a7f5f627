/**
 * How the corpus check scores one ingested page against its truth: exact titles, bylines
 * as sets of names, publication days, outlets by name, body words against Readability's
 * article, and dump bodies by character against the dump lines that are article.
 */
import type { IngestedArticle } from '../../preload/api';
import { htmlToText } from '../../main/ingest/html-to-text';
import type { PageTruth } from './corpus-pages';

const collapse = (text: string): string => text.normalize('NFC').replace(/\s+/g, ' ').trim();
const fold = (text: string): string =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '');
const asList = (value: string | string[]): string[] => (Array.isArray(value) ? value : [value]);

/** The title exactly, spaces aside. */
export const isTitleRight = (article: IngestedArticle, truth: PageTruth): boolean =>
  collapse(article.title) === collapse(truth.title);

/** The credited names, as a set (case and spacing aside), equal to the truth's. */
export function isBylineRight(article: IngestedArticle, truth: PageTruth): boolean {
  const names = new Set(
    article.metadata.bylines.map((credit) => collapse(credit.name).toLowerCase()),
  );
  const wanted = new Set((truth.byline ?? []).map((name) => collapse(name).toLowerCase()));
  return names.size === wanted.size && [...wanted].every((name) => names.has(name));
}

/** The publication day is one the truth accepts. */
export const isDateRight = (article: IngestedArticle, truth: PageTruth): boolean =>
  truth.date !== undefined &&
  asList(truth.date).includes((article.metadata.publishedDate ?? '').slice(0, 10));

/** The outlet names one the truth accepts ("The New York Times Company" names "The New York Times"). */
export function isOutletRight(article: IngestedArticle, truth: PageTruth): boolean {
  const name = fold(article.metadata.outlet?.name ?? '');
  if (name === '' || truth.outlet === undefined) return false;
  return asList(truth.outlet).some((wanted) => {
    const w = fold(wanted);
    return name === w || name.includes(w) || w.includes(name);
  });
}

function bag(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

/** Precision, recall and F1 of `got`'s words against `expected`'s (bags of words). */
export function wordScores(got: string, expected: string) {
  const a = bag(got);
  const b = bag(expected);
  let shared = 0;
  let total = 0;
  let wanted = 0;
  for (const count of a.values()) total += count;
  for (const count of b.values()) wanted += count;
  for (const [word, count] of a) shared += Math.min(count, b.get(word) ?? 0);
  const precision = total === 0 ? 0 : shared / total;
  const recall = wanted === 0 ? 0 : shared / wanted;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** An article's body without the headline ingestion put above it (Readability's has none). */
export function bodyWithoutHeadline(article: IngestedArticle): string {
  const first = article.text.split('\n', 1)[0] ?? '';
  return collapse(first) === collapse(article.title)
    ? article.text.slice(first.length)
    : article.text;
}

/** Readability's article for a page as text. */
export const expectedText = (expectedHtml: string): string =>
  htmlToText(`<html><body>${expectedHtml}</body></html>`).text;

/** Characters of a dump's body: detected, true, and both. */
export interface DumpBodyCount {
  detected: number;
  truth: number;
  both: number;
}

/**
 * Counts a dump's body by character, line by line (ink only): a line is article when it
 * is a line of Readability's article, or a longer stretch of it; the headline and byline
 * lines (which Readability sets apart from its article) count for neither side.
 */
export function countDumpBody(
  article: IngestedArticle,
  expected: string,
  truth: PageTruth,
): DumpBodyCount {
  const lines = new Set(expected.split('\n').map(collapse));
  const whole = collapse(expected);
  const credits = [truth.title, ...(truth.byline ?? [])].map(collapse);
  const isInBody = (start: number, end: number) =>
    article.bodyRanges.some((range) => range.start <= start && end <= range.end);
  const count: DumpBodyCount = { detected: 0, truth: 0, both: 0 };
  let start = 0;
  for (const raw of article.text.split('\n')) {
    const end = start + raw.length;
    const line = collapse(raw);
    const ink = line.replace(/\s/g, '').length;
    const isNeutral = credits.some(
      (credit) => line === credit || (line.length <= 120 && credit !== '' && line.includes(credit)),
    );
    if (ink > 0 && !isNeutral) {
      const isArticle = lines.has(line) || (line.length >= 40 && whole.includes(line));
      const detected = isInBody(start, end);
      if (detected) count.detected += ink;
      if (isArticle) count.truth += ink;
      if (detected && isArticle) count.both += ink;
    }
    start = end + 1;
  }
  return count;
}
