/**
 * "Tag all results": one change set tagging every search hit with one label, made the way
 * "annotate all occurrences" makes its change (`tagSpans`, then one `history.apply`, so
 * one undoable step). The hits are prepared a page of articles at a time, yielding between
 * pages so the screen stays live, with progress and cancel; each hit is checked against
 * the stored text first, and every hit not tagged is counted with its reason.
 */
import type { Annotation, ArticleId, TextSpan } from '../annotation/types';
import type { CodebookItem } from '../codebook/codebook-types';
import { tagSpans, type AnnotationContext } from '../editor/annotation-actions';
import type { ChangeSet } from '../store/change-set';
import type { TagHit } from './search-protocol';

/** Articles prepared between two yields to the page. */
export const ARTICLES_PER_PAGE = 50;

/** What preparing the tags found: the change, and every hit left out, by reason. */
export interface TagResultsPlan {
  change: ChangeSet;
  tagged: number;
  articles: number;
  /** Hits in a title or byline only: no span of the text to tag. */
  outsideText: number;
  /** Hits already tagged with this label by this analyst (or listed twice). */
  alreadyTagged: number;
  /** Hits whose text changed since the search (or whose article is gone). */
  changed: number;
}

/** What preparing needs from the database (the repositories in the app, fakes in tests). */
export interface TagResultsReads {
  texts(ids: readonly ArticleId[]): Promise<(string | undefined)[]>;
  /** This analyst's spans with the label, by article. */
  taggedSpans(): Promise<Map<ArticleId, TextSpan[]>>;
}

export interface TagResultsOptions {
  signal?: AbortSignal;
  onProgress?(done: number, total: number): void;
  /** Waits between pages (a macrotask in the app, so input and paint come in between). */
  pause?(): Promise<void>;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const spanKey = (span: TextSpan) => `${span.start}:${span.end}`;

/**
 * Prepares the change set tagging `rows` with `item` for `context.author` (see the module
 * comment). Rejects with an `AbortError` when `signal` aborts; writes nothing.
 */
export async function planTagResults(
  rows: readonly TagHit[],
  item: CodebookItem,
  context: Omit<AnnotationContext, 'articleId' | 'text'>,
  reads: TagResultsReads,
  options: TagResultsOptions = {},
): Promise<TagResultsPlan | string> {
  const { signal, onProgress, pause = nextTask } = options;
  const byArticle = new Map<ArticleId, TagHit[]>();
  let outsideText = 0;
  for (const row of rows) {
    if (row.start < 0 || row.end <= row.start) {
      outsideText++;
      continue;
    }
    const id = row.articleId as ArticleId;
    const list = byArticle.get(id);
    if (list) list.push(row);
    else byArticle.set(id, [row]);
  }
  const taken = await reads.taggedSpans();
  const ids = [...byArticle.keys()];
  const created: Annotation[] = [];
  let alreadyTagged = 0;
  let changed = 0;
  let articles = 0;
  for (let at = 0; at < ids.length; at += ARTICLES_PER_PAGE) {
    signal?.throwIfAborted();
    const page = ids.slice(at, at + ARTICLES_PER_PAGE);
    const texts = await reads.texts(page);
    page.forEach((articleId, i) => {
      const text = texts[i];
      const hits = byArticle.get(articleId)!;
      if (text === undefined) {
        changed += hits.length;
        return;
      }
      const seen = new Set((taken.get(articleId) ?? []).map(spanKey));
      const spans: TextSpan[] = [];
      for (const hit of hits) {
        const span = { start: hit.start, end: hit.end };
        // The concordance shows a hit on one line (`oneLine` in the engine): compare so.
        if (text.slice(span.start, span.end).replace(/\s+/g, ' ') !== hit.match) changed++;
        else if (seen.has(spanKey(span))) alreadyTagged++;
        else {
          seen.add(spanKey(span));
          spans.push(span);
        }
      }
      if (spans.length === 0) return;
      const result = tagSpans({ ...context, articleId, text }, item, spans);
      if (!result.ok) throw new Error(result.message);
      articles++;
      for (const row of result.change.annotations) if (row.after) created.push(row.after);
    });
    onProgress?.(Math.min(at + page.length, ids.length), ids.length);
    await pause();
  }
  signal?.throwIfAborted();
  const noun = created.length === 1 ? 'search result' : 'search results';
  return {
    change: {
      label: `Tag ${created.length.toLocaleString('en')} ${noun} “${item.label}”`,
      annotations: created.map((after) => ({ before: null, after })),
      entities: [],
    },
    tagged: created.length,
    articles,
    outsideText,
    alreadyTagged,
    changed,
  };
}

/** The sentence that says what a plan tagged and what it left out. */
export function describeTagPlan(plan: TagResultsPlan): string {
  const parts = [
    `Tagged ${plan.tagged.toLocaleString('en')} ${plan.tagged === 1 ? 'result' : 'results'} in ${plan.articles.toLocaleString('en')} ${plan.articles === 1 ? 'article' : 'articles'}`,
  ];
  if (plan.alreadyTagged > 0)
    parts.push(`${plan.alreadyTagged.toLocaleString('en')} already had this label`);
  if (plan.outsideText > 0)
    parts.push(`${plan.outsideText.toLocaleString('en')} in a title or byline only, not tagged`);
  if (plan.changed > 0)
    parts.push(
      `${plan.changed.toLocaleString('en')} whose text changed since the search, not tagged`,
    );
  return `${parts.join(' · ')}.`;
}
