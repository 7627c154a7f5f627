/**
 * Turning the drafts of the text formats (brat, doccano, Label Studio, SemEval) into
 * annotations of a named colleague. Those files carry no ids and no author, so ids are
 * derived from the content (author, text, span, label): importing the same file again
 * gives the same ids and is reported as duplicates rather than doubled.
 */
import type {
  Annotation,
  AnnotationId,
  AuthorId,
  CodebookItemId,
  CodebookRef,
  SpanAnnotation,
} from '../annotation/types';
import { quoteOf } from '../anchoring/quote-of';
import type { AnnotationDraft, ImportResult } from '../formats/shared/import-result';
import type { IncomingAnnotation, IncomingArticle, IncomingSet } from './incoming-set';
import { sha256Hex } from './sha256';

/** Who the drafts belong to and how labels map to the codebook. */
export interface DraftContext {
  author: { id: AuthorId; name: string };
  codebook: CodebookRef;
  /** The codebook item of a label, or `undefined` to keep the label itself as the item id. */
  itemIdForLabel: (label: string) => string | undefined;
  /** ISO 8601 UTC, stamped as created and modified. */
  now: string;
}

/** A UUID-shaped id from a hash of `parts` (version nibble 5-like, variant 8). */
export async function contentId(...parts: string[]): Promise<string> {
  const h = await sha256Hex(parts.join('\u0000'));
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** Digests in flight at once (see `contentIds`). */
const HASH_BATCH = 256;

/**
 * `contentId` of each list of parts, in order. A batch of digests runs at once: awaiting them
 * one by one took three times as long for 100,000 annotations, and starting them all at once
 * would hold every encoded article text in memory together.
 */
export async function contentIds(partsList: readonly string[][]): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < partsList.length; i += HASH_BATCH) {
    const batch = partsList.slice(i, i + HASH_BATCH);
    ids.push(...(await Promise.all(batch.map((parts) => contentId(...parts)))));
  }
  return ids;
}

/** The drafts of `result` as an incoming set (errors become read problems). */
export async function incomingFromDrafts(
  result: ImportResult,
  formatLabel: string,
  context: DraftContext,
): Promise<IncomingSet> {
  const texts = new Map(result.articles.map((a) => [a.key, a.text]));
  const articles: IncomingArticle[] = result.articles.map((a) => ({
    key: a.key,
    title: a.title ?? firstLine(a.text) ?? a.key,
    sourceName: a.key,
    text: a.text,
  }));
  const problems: IncomingSet['problems'] = [];
  const annotations: IncomingAnnotation[] = [];
  const byLocalId = new Map<string, SpanAnnotation>();
  const pendingLinks: [SpanAnnotation, { source?: string; cue?: string }][] = [];
  const accepted: { draft: AnnotationDraft; location: string; text: string; itemId: string }[] = [];
  for (const item of result.items) {
    if (item.kind === 'error') {
      problems.push({ location: item.location, reason: item.reason });
      continue;
    }
    const { draft } = item;
    const text = texts.get(draft.articleKey) ?? '';
    if (draft.quoteMatches === false) {
      problems.push({
        location: item.location,
        reason: 'the text the file states does not match the text at its offsets',
      });
      continue;
    }
    const itemId = context.itemIdForLabel(draft.label) ?? draft.label;
    accepted.push({ draft, location: item.location, text, itemId });
  }
  const ids = await contentIds(
    accepted.map(({ draft, text, itemId }) => [
      context.author.id,
      text,
      String(draft.span.start),
      String(draft.span.end),
      itemId,
    ]),
  );
  accepted.forEach(({ draft, location, text, itemId }, n) => {
    const annotation: SpanAnnotation = {
      id: ids[n] as AnnotationId,
      articleId: draft.articleKey as Annotation['articleId'],
      kind: 'span',
      itemId: itemId as CodebookItemId,
      codebook: context.codebook,
      attributes: draft.attributes,
      note: draft.note,
      author: context.author.id,
      createdAt: context.now,
      modifiedAt: context.now,
      span: draft.span,
      quote: quoteOf(text, draft.span),
    };
    if (draft.localId) byLocalId.set(`${draft.articleKey}\u0000${draft.localId}`, annotation);
    if (draft.links) pendingLinks.push([annotation, draft.links]);
    annotations.push({ annotation, location });
  });
  for (const [annotation, links] of pendingLinks) {
    const find = (local?: string) =>
      local ? byLocalId.get(`${annotation.articleId}\u0000${local}`)?.id : undefined;
    const sourceId = find(links.source);
    const cueId = find(links.cue);
    if (sourceId || cueId)
      annotation.links = { ...(sourceId ? { sourceId } : {}), ...(cueId ? { cueId } : {}) };
  }
  return { formatLabel, authors: [context.author], articles, annotations, entities: [], problems };
}

function firstLine(text: string): string | undefined {
  return text.split('\n', 1)[0]?.trim() || undefined;
}
