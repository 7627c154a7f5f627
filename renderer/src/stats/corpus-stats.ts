/**
 * Statistics over a selection of the corpus: what the statistics view charts. Pure, so the
 * same tally runs in a unit test, in the page and (for a large corpus) in a worker.
 *
 * Every figure counts annotations (or articles, where it says so) of the selection as given:
 * nothing is sampled or capped here; the view decides how many rows a chart shows and says
 * how many it left out.
 */
import type { Annotation } from '../annotation/types';
import type { ArticleStatus } from '../db/records';
import { pairKey, pairOf, PROFILE_ITEM_ID, talliesOf, type ArticleTally } from './article-tally';

export { PROFILE_ITEM_ID, VERDICT_KEY } from './article-tally';

/** What the tally needs of one article. */
export interface StatsArticle {
  id: string;
  title: string;
  /** As shown (the analyst's correction wins); `''` when unknown. */
  outlet: string;
  /** `YYYY-MM` of the publication date; `''` when unknown. */
  month: string;
}

/** What the tally needs of the codebook: a label and a top-level category per item. */
export interface StatsLabels {
  labelOf(itemId: string): string;
  /** The top-level category's id (the item itself when it is top-level). */
  categoryOf(itemId: string): string;
}

/** One bar: a key the view can search for, its readable name and its count. */
export interface CountRow {
  key: string;
  name: string;
  count: number;
}

/** Counts per label, split by a second dimension (outlet, author role, analyst, month). */
export interface CrossTable {
  /** The columns, most frequent first (months in calendar order). */
  columns: string[];
  /** One row per label, most frequent first; `counts[i]` is for `columns[i]`. */
  rows: { key: string; name: string; counts: number[] }[];
}

/** Two labels found together. */
export interface PairRow {
  a: string;
  b: string;
  aName: string;
  bName: string;
  count: number;
}

/** Where each analyst stands on the selection's articles. */
export interface ProgressRow {
  analyst: string;
  name: string;
  counts: Record<ArticleStatus, number>;
}

/** Everything the statistics view shows. */
export interface CorpusStats {
  articleCount: number;
  annotationCount: number;
  perLabel: CountRow[];
  perCategory: CountRow[];
  byOutlet: CrossTable;
  byAuthorRole: CrossTable;
  byAnalyst: CrossTable;
  byMonth: CrossTable;
  /** Label pairs held by the same article, counted in articles. */
  sameArticle: PairRow[];
  /** Label pairs whose spans overlap, counted in overlapping pairs of annotations. */
  overlapping: PairRow[];
  claimsByVerdict: CountRow[];
  topArticles: CountRow[];
  progress: ProgressRow[];
}

/** What `tallyCorpus` reads: the selection's articles and every annotation. */
export interface StatsInput {
  articles: readonly StatsArticle[];
  annotations: readonly Annotation[];
  labels: StatsLabels;
  /** The analysts' statuses; an article without a row is "new" for that analyst. */
  statuses: readonly { articleId: string; analyst: string; status: ArticleStatus }[];
  /** The analysts whose progress is shown (ids); each gets a row even with no status. */
  analysts: readonly string[];
  /** Readable analyst names by id. */
  analystName(id: string): string;
}

/** What `tallySteps` reads: the annotations as each article's stored totals. */
export type TotalsInput = Omit<StatsInput, 'annotations'> & {
  /** Articles without a tally have no annotations; tallies of other articles are ignored. */
  tallies: ReadonlyMap<string, ArticleTally>;
};

/** Placeholder column for a missing outlet, role or month. */
export const UNKNOWN = 'Unknown';

/** Article tallies merged per step of `tallySteps`: a few ms a step on this 2-core machine. */
export const TALLY_SLICE = 500;

/** Counts the selection. Annotations of articles outside `articles` are ignored. */
export function tallyCorpus(input: StatsInput): CorpusStats {
  const { annotations, ...rest } = input;
  const steps = tallySteps({ ...rest, tallies: talliesOf(annotations) });
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The statistics from each article's stored totals, `slice` articles at a time: yields how
 * many articles it has merged after each slice, so a caller can give the event loop a turn
 * between steps.
 */
export function* tallySteps(
  input: TotalsInput,
  slice = TALLY_SLICE,
): Generator<number, CorpusStats, void> {
  const { articles, labels, tallies } = input;
  // Names and categories once per label and analyst, not once per article.
  const categoryOf = memoised(labels.categoryOf);
  const analystName = memoised(input.analystName);

  const perLabel = new Counter();
  const perCategory = new Counter();
  const perArticle = new Counter();
  const verdicts = new Counter();
  const outlet = new Cross();
  const analyst = new Cross();
  const month = new Cross();
  const role = new Cross();
  const sameArticle = new Counter();
  const overlapping = new Counter();
  let counted = 0;
  for (let at = 0; at < articles.length; at += slice) {
    const end = Math.min(at + slice, articles.length);
    for (let index = at; index < end; index += 1) {
      const article = articles[index]!;
      const tally = tallies.get(article.id);
      if (!tally) continue;
      // Every label counts, span or document-level, except the profile (its fields are columns).
      const own = new Map<string, number>();
      for (const [author, items] of Object.entries(tally.byAuthor)) {
        const name = analystName(author);
        for (const [item, times] of Object.entries(items)) {
          if (item === PROFILE_ITEM_ID) continue;
          own.set(item, (own.get(item) ?? 0) + times);
          analyst.add(item, name, times);
        }
      }
      if (own.size === 0) continue;
      const roles = Object.keys(tally.roles);
      for (const [item, times] of own) {
        counted += times;
        perLabel.add(item, times);
        perCategory.add(categoryOf(item), times);
        perArticle.add(article.id, times);
        outlet.add(item, article.outlet || UNKNOWN, times);
        month.add(item, article.month || UNKNOWN, times);
        for (const each of roles.length > 0 ? roles : [UNKNOWN]) role.add(item, each, times);
      }
      for (const [value, times] of Object.entries(tally.verdicts)) verdicts.add(value, times);
      addSameArticlePairs(sameArticle, [...own.keys()]);
      for (const [pair, times] of Object.entries(tally.overlaps)) overlapping.add(pair, times);
    }
    yield end;
  }

  const named = (key: string) => labels.labelOf(key);
  const titles = new Map(articles.map((article) => [article.id, article.title]));
  return {
    articleCount: articles.length,
    annotationCount: counted,
    perLabel: perLabel.rows(named),
    perCategory: perCategory.rows(named),
    byOutlet: outlet.table(named),
    byAuthorRole: role.table(named),
    byAnalyst: analyst.table(named),
    byMonth: month.table(named, true),
    sameArticle: pairRows(sameArticle, named),
    overlapping: pairRows(overlapping, named),
    claimsByVerdict: verdicts.rows((value) => value),
    topArticles: perArticle.rows((id) => titles.get(id) ?? id).slice(0, 20),
    progress: progressOf(input, articles),
  };
}

function memoised(of: (key: string) => string): (key: string) => string {
  const known = new Map<string, string>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined) {
      value = of(key);
      known.set(key, value);
    }
    return value;
  };
}

/** Pairs of distinct labels in one article, each pair counted once per article. */
function addSameArticlePairs(pairs: Counter, items: string[]): void {
  const sorted = items.sort();
  for (let i = 0; i < sorted.length; i += 1) {
    for (let j = i + 1; j < sorted.length; j += 1) pairs.add(pairKey(sorted[i]!, sorted[j]!));
  }
}

function pairRows(pairs: Counter, named: (key: string) => string): PairRow[] {
  return pairs
    .rows((key) => key)
    .map(({ key, count }) => {
      const [a, b] = pairOf(key);
      return { a, b, aName: named(a), bName: named(b), count };
    });
}

function progressOf(input: TotalsInput, articles: readonly StatsArticle[]): ProgressRow[] {
  const inSelection = new Set(articles.map((article) => article.id));
  const rows = new Map<string, ProgressRow>();
  for (const analyst of input.analysts) {
    const counts = { new: articles.length, 'in-progress': 0, done: 0 };
    rows.set(analyst, { analyst, name: input.analystName(analyst), counts });
  }
  for (const { articleId, analyst, status } of input.statuses) {
    const row = rows.get(analyst);
    if (!row || !inSelection.has(articleId) || status === 'new') continue;
    row.counts.new -= 1;
    row.counts[status] += 1;
  }
  return [...rows.values()];
}

/** Counts by key; rows come out most frequent first, ties in key order (stable output). */
class Counter {
  private readonly counts = new Map<string, number>();
  add(key: string, times = 1): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + times);
  }
  rows(name: (key: string) => string): CountRow[] {
    return [...this.counts]
      .map(([key, count]) => ({ key, name: name(key), count }))
      .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }
}

/** Counts by label and a second key. */
class Cross {
  private readonly cells = new Map<string, Map<string, number>>();
  private readonly columnTotals = new Counter();
  add(label: string, column: string, times = 1): void {
    const row = this.cells.get(label) ?? new Map<string, number>();
    row.set(column, (row.get(column) ?? 0) + times);
    this.cells.set(label, row);
    this.columnTotals.add(column, times);
  }
  table(name: (key: string) => string, isCalendar = false): CrossTable {
    const columns = this.columnTotals.rows((key) => key).map((row) => row.key);
    if (isCalendar) columns.sort(calendarOrder);
    const totals = new Counter();
    for (const [label, row] of this.cells) for (const [, n] of row) totals.add(label, n);
    const rows = totals.rows(name).map(({ key, name: labelName }) => ({
      key,
      name: labelName,
      counts: columns.map((column) => this.cells.get(key)?.get(column) ?? 0),
    }));
    return { columns, rows };
  }
}

/** Months in calendar order, the unknown month last. */
function calendarOrder(a: string, b: string): number {
  if (a === UNKNOWN) return 1;
  if (b === UNKNOWN) return -1;
  return a < b ? -1 : a > b ? 1 : 0;
}
