/**
 * A `.qdpx` archive read into an `IncomingSet`: the project is parsed with the page's
 * DOMParser (`formats/refi-qda/refi-qda-import.ts`), its users become authors (Sourcemark's
 * own export carries the author id; another tool's user is named by its GUID), its codes
 * codebook items (`qde-codebook-match.ts`), its codings annotations. A code over a whole
 * text is a document label (REFI-QDA's only way to write one) unless its item labels spans
 * only. Ids come from the content, as for the other text formats, so importing the project
 * again reports duplicates.
 */
import type {
  Annotation,
  AnnotationId,
  AuthorId,
  CodebookItemId,
  SpanAnnotation,
} from '../annotation/types';
import { quoteOf } from '../anchoring/quote-of';
import type { ExportFile } from '../formats/shared/export-input';
import { codeMatcher, type CodeMatcher } from '../formats/refi-qda/qde-codebook-match';
import type { RefiCoding, RefiQdaRead } from '../formats/refi-qda/qde-read-model';
import { importRefiQda } from '../formats/refi-qda/refi-qda-import';
import { contentId, contentIds, numberRepeats } from './draft-annotations';
import type { IncomingAnnotation, IncomingSet, ReadOutcome } from './incoming-set';
import type { ReadContext } from './read-set-file';
import { normaliseText } from '../text/normal-form';

/** Reads the files of a `.qdpx` archive. */
export async function readRefiQda(
  files: readonly ExportFile[],
  context: ReadContext,
): Promise<ReadOutcome> {
  const outcome = importRefiQda(files, new DOMParser());
  if (!outcome.ok) return outcome;
  const { read } = outcome;
  if (read.articles.length === 0) {
    const found = `${read.codes.length} codes, ${read.users.length} users, no text source`;
    const notes = read.notes.length ? ` ${read.notes.join(' ')}` : '';
    return {
      ok: false,
      reason: `The project “${read.projectName}” holds nothing to annotate (${found}).${notes}`,
    };
  }
  return { ok: true, incoming: await incomingOf(read, context) };
}

async function incomingOf(read: RefiQdaRead, context: ReadContext): Promise<IncomingSet> {
  const matcher = codeMatcher(context.codebookItems ?? [], context.itemIdForLabel);
  const colleague = {
    id: (await contentId('colleague', context.colleagueName)) as AuthorId,
    name: context.colleagueName,
  };
  const users = new Map(read.users.map((u) => [u.guid, { id: authorIdOf(u), name: u.name }]));
  const texts = new Map(read.articles.map((a) => [a.key, a.text]));
  const accepted = read.items.flatMap((item) => (item.kind === 'imported' ? [item] : []));
  const drafts = accepted.map(({ coding }) => {
    const author = (coding.userGuid && users.get(coding.userGuid)) || colleague;
    return { coding, author, ...placement(coding, matcher) };
  });
  // Repeats numbered: two codings of one selection with one code are both kept.
  const ids = await contentIds(
    numberRepeats(
      drafts.map(({ coding, author, itemId, isDocument }) => [
        author.id,
        texts.get(coding.articleKey) ?? '',
        isDocument ? 'document' : String(coding.span?.start),
        isDocument ? '' : String(coding.span?.end),
        itemId,
      ]),
    ),
  );
  const annotations: IncomingAnnotation[] = drafts.map((draft, n) => ({
    annotation: annotationOf(draft, ids[n]!, texts.get(draft.coding.articleKey) ?? '', context),
    location: accepted[n]!.location,
    ...(draft.coding.placedAs ? { placedAs: draft.coding.placedAs } : {}),
  }));
  const used = new Set(annotations.map((a) => a.annotation.author as string));
  return {
    formatLabel: `REFI-QDA project${read.origin ? ` (${read.origin})` : ''}`,
    authors: [colleague, ...users.values()].filter((a) => used.has(a.id)),
    articles: read.articles.map((a) => {
      const title = normaliseText(a.title).trim() || a.key;
      return {
        key: a.key,
        title,
        sourceName: title,
        text: a.text,
        ...(a.original !== undefined ? { original: a.original } : {}),
      };
    }),
    annotations,
    entities: [],
    problems: read.items.flatMap((item) =>
      item.kind === 'error' ? [{ location: item.location, reason: item.reason }] : [],
    ),
    ...(read.notes.length ? { notes: read.notes } : {}),
  };
}

/** The item a coding gets and whether it labels the whole document. */
function placement(coding: RefiCoding, matcher: CodeMatcher) {
  if (!coding.code) {
    // A note with no code: on a whole source, the document's notes; on a span, a note item.
    const isDocument = coding.span === undefined;
    const where = isDocument ? matcher.documentNote : { itemId: matcher.spanNoteItemId };
    return { itemId: where.itemId, isDocument, noteKey: where.attributeKey };
  }
  const itemId = matcher.itemIdOf(coding.code);
  const isDocument =
    coding.span === undefined || (coding.coversWholeText && matcher.isDocumentItem(itemId));
  return { itemId, isDocument, noteKey: undefined };
}

function annotationOf(
  draft: {
    coding: RefiCoding;
    author: { id: AuthorId };
    itemId: string;
    isDocument: boolean;
    noteKey: string | undefined;
  },
  id: string,
  text: string,
  context: ReadContext,
): Annotation {
  const { coding, author, itemId, isDocument, noteKey } = draft;
  const createdAt = isoTime(coding.createdAt) ?? context.now;
  const base = {
    id: id as AnnotationId,
    articleId: coding.articleKey as Annotation['articleId'],
    itemId: itemId as CodebookItemId,
    codebook: context.codebook,
    attributes: noteKey ? { [noteKey]: coding.note } : {},
    note: noteKey ? '' : coding.note,
    author: author.id,
    createdAt,
    modifiedAt: isoTime(coding.modifiedAt) ?? createdAt,
  };
  if (isDocument || !coding.span) return { ...base, kind: 'document' };
  const quote = quoteOf(text, coding.span);
  // Placed on other text than the file's positions hold: keep what it meant, to re-anchor.
  if (coding.meantQuote !== undefined) quote.exact = coding.meantQuote;
  const span: SpanAnnotation = { ...base, kind: 'span', span: coding.span, quote };
  return span;
}

/** A Sourcemark author id (a UUID in `id`), else the user's GUID, which is a UUID too. */
function authorIdOf(user: { guid: string; id?: string }): AuthorId {
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
  return (user.id && uuid.test(user.id) ? user.id : user.guid.toLowerCase()) as AuthorId;
}

/** An `xsd:dateTime` as ISO 8601 UTC, or `undefined` when it is none. */
function isoTime(value: string | undefined): string | undefined {
  if (!value || !/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/.test(value)) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}
