/**
 * Turning the drafts of the text formats (brat, doccano, Label Studio, SemEval) into
 * annotations of a named colleague, on their articles' normal text (`place-drafts.ts`).
 * Those files carry no ids and no author, so ids are derived from the content (author,
 * normal text, span, label): importing the same file again, or a copy saved with CRLF or a
 * byte order mark, gives the same ids and is reported as duplicates rather than doubled.
 */
import type {
  Annotation,
  AnnotationId,
  AuthorId,
  CodebookItemId,
  CodebookRef,
  EntityId,
  RegistryEntity,
  SpanAnnotation,
} from '../annotation/types';
import type { AnnotationDraft, ImportResult } from '../formats/shared/import-result';
import type { IncomingAnnotation, IncomingArticle, IncomingSet } from './incoming-set';
import { sha256 } from '@noble/hashes/sha2.js';
import { placeDrafts, type PlacedDraft } from './place-drafts';
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
  return uuidShaped(await sha256Hex(parts.join('\u0000')));
}

function uuidShaped(h: string): string {
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** A second part at least this long (an article's text) is hashed once and its state reused. */
const SHARED_PREFIX_CHARS = 256;

/**
 * `contentId` of each list of parts, in order, the same ids. The parts of a text format's
 * annotation are (author, the article's whole text, span, label): hashing the text again
 * for each annotation hashed 600 MB for 100,000 annotations on 1,000 articles of 6,000
 * characters, 20 to 40 seconds of a doccano, Label Studio or brat read. Here the SHA-256
 * state after `author \0 text \0` is computed once per article and copied for each of its
 * annotations (@noble/hashes: Web Crypto has no incremental hashing); the id is the same,
 * since the same bytes are hashed.
 */
export async function contentIds(partsList: readonly string[][]): Promise<string[]> {
  const encoder = new TextEncoder();
  const prefixStates = new Map<string, Map<string, ReturnType<typeof sha256.create>>>();
  const stateAfter = (author: string, text: string) => {
    let byText = prefixStates.get(author);
    if (!byText) prefixStates.set(author, (byText = new Map()));
    let state = byText.get(text);
    if (!state) {
      state = sha256.create().update(encoder.encode(`${author}\u0000${text}\u0000`));
      byText.set(text, state);
    }
    return state;
  };
  return partsList.map((parts) => {
    const [author, text] = parts;
    const digest =
      parts.length > 2 && text !== undefined && text.length >= SHARED_PREFIX_CHARS
        ? stateAfter(author!, text)
            .clone()
            .update(encoder.encode(parts.slice(2).join('\u0000')))
            .digest()
        : sha256(encoder.encode(parts.join('\u0000')));
    return uuidShaped(hexOf(digest));
  });
}

const HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

function hexOf(bytes: Uint8Array): string {
  let hex = '';
  for (const byte of bytes) hex += HEX[byte]!;
  return hex;
}

/** The drafts of `result` as an incoming set (errors become read problems). */
export async function incomingFromDrafts(
  result: ImportResult,
  formatLabel: string,
  context: DraftContext,
): Promise<IncomingSet> {
  const placed = placeDrafts(result);
  const texts = new Map(placed.articles.map((a) => [a.key, a.text]));
  const articles: IncomingArticle[] = placed.articles.map((a) => ({
    key: a.key,
    title: a.title || firstLine(a.text) || a.key,
    sourceName: a.fileName ?? a.key,
    text: a.text,
    ...(a.original !== undefined ? { original: a.original } : {}),
  }));
  const problems: IncomingSet['problems'] = [];
  const annotations: IncomingAnnotation[] = [];
  const byLocalId = new Map<string, SpanAnnotation>();
  const pendingLinks: [SpanAnnotation, { source?: string; cue?: string }][] = [];
  type Accepted = Extract<PlacedDraft, { kind: 'placed' }> & { text: string; itemId: string };
  const accepted: Accepted[] = [];
  for (const item of placed.items) {
    if (item.kind === 'refused') {
      problems.push({ location: item.location, reason: item.reason });
      continue;
    }
    const text = texts.get(item.draft.articleKey) ?? '';
    const itemId = context.itemIdForLabel(item.draft.label) ?? item.draft.label;
    accepted.push({ ...item, text, itemId });
  }
  const ids = await contentIds(
    numberRepeats(
      accepted.map(({ draft, text, itemId }) => [
        context.author.id,
        text,
        String(draft.span.start),
        String(draft.span.end),
        itemId,
      ]),
    ),
  );
  const entities = await entitiesOfQids(accepted, context.now);
  accepted.forEach(({ draft, location, quote, placedAs, itemId }, n) => {
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
      quote,
      ...(draft.wikidataQid ? { entityId: entities.idOf.get(draft.wikidataQid)! } : {}),
    };
    if (draft.localId) byLocalId.set(`${draft.articleKey}\u0000${draft.localId}`, annotation);
    if (draft.links) pendingLinks.push([annotation, draft.links]);
    annotations.push({ annotation, location, ...(placedAs ? { placedAs } : {}) });
  });
  for (const [annotation, links] of pendingLinks) {
    const find = (local?: string) =>
      local ? byLocalId.get(`${annotation.articleId}\u0000${local}`)?.id : undefined;
    const sourceId = find(links.source);
    const cueId = find(links.cue);
    if (sourceId || cueId)
      annotation.links = { ...(sourceId ? { sourceId } : {}), ...(cueId ? { cueId } : {}) };
  }
  return {
    formatLabel,
    authors: [context.author],
    articles,
    annotations,
    entities: entities.list,
    problems,
    ...(result.notes?.length ? { notes: result.notes } : {}),
  };
}

/**
 * The parts of each id, a repeat of the same parts numbered from its second occurrence: a
 * file may hold one span twice with one label (two analysts' notes on it, a brat T line
 * copied), and both must be stored, not the second reported as a duplicate of the first.
 * The first keeps its parts unchanged, so ids of files imported before stay the same.
 * Repeats are found by a key in which each long part (an article's text) is a number, one
 * per distinct text: keying by the whole text built a 6,000-character key per annotation.
 */
export function numberRepeats(partsList: string[][]): string[][] {
  const seen = new Map<string, number>();
  const longParts = new Map<string, number>();
  const keyPart = (part: string): string => {
    if (part.length < SHARED_PREFIX_CHARS) return `s${part}`;
    let n = longParts.get(part);
    if (n === undefined) longParts.set(part, (n = longParts.size));
    return `t${n}`;
  };
  return partsList.map((parts) => {
    const key = parts.map(keyPart).join('\u0000');
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return n === 0 ? parts : [...parts, String(n)];
  });
}

/**
 * A registry entity for each Wikidata QID the drafts link to (brat normalisation lines),
 * named by the first mention's text; one id per QID, so the same file gives the same ids,
 * and the import maps it onto the registry's entity with that QID when there is one.
 */
async function entitiesOfQids(
  accepted: readonly { draft: AnnotationDraft; quote: SpanAnnotation['quote']; itemId: string }[],
  now: string,
): Promise<{ list: RegistryEntity[]; idOf: Map<string, EntityId> }> {
  const idOf = new Map<string, EntityId>();
  const list: RegistryEntity[] = [];
  for (const { draft, quote, itemId } of accepted) {
    const qid = draft.wikidataQid;
    if (!qid || idOf.has(qid)) continue;
    const id = (await contentId('wikidata', qid)) as EntityId;
    idOf.set(qid, id);
    list.push({
      id,
      name: quote.exact,
      aliases: [],
      typeItemId: itemId as CodebookItemId,
      wikidataQid: qid,
      createdAt: now,
      modifiedAt: now,
    });
  }
  return { list, idOf };
}

function firstLine(text: string): string | undefined {
  return text.split('\n', 1)[0]?.trim() || undefined;
}
