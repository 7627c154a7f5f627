/**
 * Statistics over a selection of the corpus: what the statistics view charts. Pure, so the
 * same tally runs in a unit test, in the page and (for a large corpus) in a worker.
 *
 * Every figure counts annotations (or articles, where it says so) of the selection as given:
 * nothing is sampled or capped here; the view decides how many rows a chart shows and says
 * how many it left out.
 */
import type { Annotation, AttributeValue } from '../annotation/types';
import type { ArticleStatus } from '../db/records';

/** The item whose attributes are the document profile (genre, outlet type, author role). */
export const PROFILE_ITEM_ID = 'document.profile';

/** The attribute of a claim that holds its fact-check verdict. */
export const VERDICT_KEY = 'verdict';

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

/** What `tallyCorpus` reads. */
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

/** Placeholder column for a missing outlet, role or month. */
export const UNKNOWN = 'Unknown';

/** Annotations tallied per step of `tallySteps`: ~10 ms a step on this 2-core machine. */
export const TALLY_SLICE = 5_000;

/** Counts the selection. Annotations of articles outside `articles` are ignored. */
export function tallyCorpus(input: StatsInput): CorpusStats {
  const steps = tallySteps(input);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * `tallyCorpus` a slice at a time: yields how many annotations it has read after each slice
 * of `slice` (and after each slice of articles swept for overlaps), so a caller can give the
 * event loop a turn between steps: 200,000 annotations in one go held the page ~1 s.
 */
export function* tallySteps(
  input: StatsInput,
  slice = TALLY_SLICE,
): Generator<number, CorpusStats, void> {
  const { articles, labels, annotations } = input;
  const byId = new Map(articles.map((article) => [article.id, article]));
  // Names and categories once per label and analyst, not once per annotation.
  const categoryOf = memoised(labels.categoryOf);
  const analystName = memoised(input.analystName);

  const perLabel = new Counter();
  const perCategory = new Counter();
  const perArticle = new Counter();
  const verdicts = new Counter();
  const outlet = new Cross();
  const analyst = new Cross();
  const month = new Cross();
  // Per article: how many of each label (the role table and same-article pairs need the
  // article's whole profile first), its spans (for overlaps) and its author roles.
  const labelsPerArticle = new Map<string, Map<string, number>>();
  const spansPerArticle = new Map<string, SweptSpan[]>();
  const roles = new Map<string, Set<string>>();
  let counted = 0;
  for (let at = 0; at < annotations.length; at += slice) {
    const end = Math.min(at + slice, annotations.length);
    for (let index = at; index < end; index += 1) {
      const annotation = annotations[index]!;
      const article = byId.get(annotation.articleId);
      if (!article) continue;
      const item = annotation.itemId;
      // Every label counts, span or document-level, except the profile (its fields are columns).
      if (item === PROFILE_ITEM_ID) {
        if (annotation.kind === 'document') addRoles(roles, annotation);
        continue;
      }
      counted += 1;
      perLabel.add(item);
      perCategory.add(categoryOf(item));
      perArticle.add(annotation.articleId);
      outlet.add(item, article.outlet || UNKNOWN);
      analyst.add(item, analystName(annotation.author));
      month.add(item, article.month || UNKNOWN);
      const verdict = annotation.attributes[VERDICT_KEY];
      if (verdict !== undefined) for (const value of valuesOf(verdict)) verdicts.add(value);
      const own = labelsPerArticle.get(annotation.articleId) ?? new Map<string, number>();
      own.set(item, (own.get(item) ?? 0) + 1);
      labelsPerArticle.set(annotation.articleId, own);
      if (annotation.kind === 'span') {
        const spans = spansPerArticle.get(annotation.articleId) ?? [];
        spans.push({ ...annotation.span, item });
        spansPerArticle.set(annotation.articleId, spans);
      }
    }
    yield end;
  }

  const role = new Cross();
  const sameArticle = new Counter();
  const overlapping = new Counter();
  let swept = 0;
  for (const [articleId, own] of labelsPerArticle) {
    for (const each of roles.get(articleId) ?? [UNKNOWN]) {
      for (const [item, times] of own) role.add(item, each, times);
    }
    addSameArticlePairs(sameArticle, [...own.keys()]);
    addOverlappingPairs(overlapping, spansPerArticle.get(articleId) ?? []);
    swept += own.size;
    if (swept >= slice) {
      swept = 0;
      yield annotations.length;
    }
  }

  const named = (key: string) => labels.labelOf(key);
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
    topArticles: perArticle.rows((id) => byId.get(id)?.title ?? id).slice(0, 20),
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

/** The author roles an article's document profile names (several analysts may differ). */
function addRoles(roles: Map<string, Set<string>>, profile: Annotation): void {
  const value = profile.attributes.authorRole;
  if (value === undefined) return;
  const set = roles.get(profile.articleId) ?? new Set<string>();
  for (const each of valuesOf(value)) set.add(each);
  if (set.size > 0) roles.set(profile.articleId, set);
}

function valuesOf(value: AttributeValue): string[] {
  if (Array.isArray(value)) return value.filter((each) => each !== '');
  if (typeof value === 'boolean') return [value ? 'yes' : 'no'];
  return value === '' ? [] : [value];
}

/** Pairs of distinct labels in one article, each pair counted once per article. */
function addSameArticlePairs(pairs: Counter, items: string[]): void {
  const sorted = items.sort();
  for (let i = 0; i < sorted.length; i += 1) {
    for (let j = i + 1; j < sorted.length; j += 1) pairs.add(pairKey(sorted[i]!, sorted[j]!));
  }
}

interface SweptSpan {
  start: number;
  end: number;
  item: string;
}

/**
 * Pairs of distinct labels whose spans overlap in one article, counted per overlapping pair
 * of annotations. A sweep over the spans sorted by start keeps it near-linear.
 */
function addOverlappingPairs(pairs: Counter, list: SweptSpan[]): void {
  list.sort((a, b) => a.start - b.start);
  let open: SweptSpan[] = [];
  for (const span of list) {
    open = open.filter((other) => other.end > span.start);
    for (const other of open) {
      if (other.item === span.item) continue;
      const [a, b] = other.item < span.item ? [other.item, span.item] : [span.item, other.item];
      pairs.add(pairKey(a, b));
    }
    open.push(span);
  }
}

const PAIR_SEPARATOR = '\u0000';
function pairKey(a: string, b: string): string {
  return `${a}${PAIR_SEPARATOR}${b}`;
}

function pairRows(pairs: Counter, named: (key: string) => string): PairRow[] {
  return pairs
    .rows((key) => key)
    .map(({ key, count }) => {
      const [a, b] = key.split(PAIR_SEPARATOR) as [string, string];
      return { a, b, aName: named(a), bName: named(b), count };
    });
}

function progressOf(input: StatsInput, articles: readonly StatsArticle[]): ProgressRow[] {
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
