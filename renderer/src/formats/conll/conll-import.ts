/**
 * CoNLL IOB import: Sourcemark's own export (`token<TAB>tag`, `-DOCSTART-` before each
 * article) and CoNLL-2003's variants (space-separated columns, `-DOCSTART- -X- -X- O`, IOB1).
 * The file holds no text, so each document is matched to a library article by its words
 * (`conll-align.ts`) or becomes a new article; its entities (`iob-spans.ts`) are drafts
 * labelled with their CoNLL type, each checked against the text it lands on. Pure.
 */
import type { ImportItem, ImportResult } from '../shared/import-result';
import { indexLibrary, type AlignedDocument, type LibraryText } from './conll-align';
import { parseConllLines } from './conll-lines';
import { iobScheme, iobSpans, type IobScheme } from './iob-spans';

/** Repaired entities listed by location in the report's note; the rest are counted. */
const LISTED_REPAIRS = 20;

/** A read CoNLL file; `notes` say what the items cannot (the scheme, repairs, new articles). */
export interface ConllImport extends ImportResult {
  notes: string[];
  scheme: IobScheme;
  /** The entity types the file uses, in order of appearance. */
  types: string[];
}

/** Reads `content` (named `fileName`) against the library's `articles`. */
export function importConll(
  content: string,
  fileName: string,
  articles: readonly LibraryText[],
): ConllImport {
  const { documents, problems } = parseConllLines(content);
  const scheme = iobScheme(documents.flatMap((d) => d.sentences));
  const library = indexLibrary(articles);
  const result: ConllImport = { articles: [], items: [], notes: [], scheme, types: [] };
  const repairs: string[] = [];
  const types = new Set<string>();
  for (const problem of problems) {
    result.items.push({
      kind: 'error',
      location: `${fileName}:${problem.line}`,
      reason: problem.reason,
    });
  }
  const tally = { same: 0, excerpt: 0, created: 0 };
  const keys = new Set<string>();
  documents.forEach((document, d) => {
    const aligned = library.align(document.sentences.map((s) => s.map((t) => t.text)));
    tally[aligned.kind] += 1;
    const key = aligned.articleId ?? `${fileName}#${d + 1}`;
    if (!keys.has(key)) {
      keys.add(key);
      result.articles.push({
        key,
        text: aligned.text,
        title: aligned.title ?? titleOf(aligned),
        ...(aligned.kind === 'created' ? { fileName: `${fileName} #${d + 1}` } : {}),
      });
    }
    let offset = 0;
    for (const sentence of document.sentences) {
      for (const span of iobSpans(sentence, scheme)) {
        const first = sentence[span.first]!;
        const location = `${fileName}:${first.line}`;
        const tokens = sentence.slice(span.first, span.last + 1).map((t) => t.text);
        result.items.push(
          draftOf(
            key,
            aligned,
            offset + span.first,
            offset + span.last,
            span.type,
            tokens,
            location,
          ),
        );
        types.add(span.type);
        if (span.repaired) repairs.push(`${location} ${span.repaired}`);
      }
      offset += sentence.length;
    }
  });
  result.types = [...types];
  if (scheme === 'IOB1') {
    result.notes.push(
      'Read as IOB1, as CoNLL-2003 is distributed: I- opens an entity, B- only separates two entities of one type.',
    );
  }
  if (repairs.length > 0) {
    const more = repairs.length - LISTED_REPAIRS;
    result.notes.push(
      `${repairs.length} entities open with I- where IOB2 needs B-; each was read as opening an entity (as conlleval does): ${repairs.slice(0, LISTED_REPAIRS).join('; ')}${more > 0 ? `; and ${more} more` : ''}.`,
    );
  }
  if (tally.created > 0) {
    result.notes.push(
      `${tally.created} of ${documents.length} documents match no library article by their words: each was added as a new article, its tokens joined by spaces, one sentence a line.`,
    );
  }
  if (tally.excerpt > 0) {
    result.notes.push(`${tally.excerpt} documents were found as excerpts of library articles.`);
  }
  return result;
}

/** The draft of an entity over tokens `first`…`last` of the document, checked on the text. */
function draftOf(
  key: string,
  aligned: AlignedDocument,
  first: number,
  last: number,
  type: string,
  tokens: readonly string[],
  location: string,
): ImportItem {
  const span = { start: aligned.ranges[first]!.start, end: aligned.ranges[last]!.end };
  // Counted as placed only when the text there holds the entity's tokens.
  const covered = aligned.text.slice(span.start, span.end).replace(/\s+/g, '');
  if (covered !== tokens.join('').replace(/\s+/g, '')) {
    return { kind: 'error', location, reason: 'its tokens are not the text where they were found' };
  }
  return {
    kind: 'imported',
    location,
    draft: { articleKey: key, span, label: type, attributes: {}, note: '', quoteMatches: true },
  };
}

/** A created article's title: its first sentence, cut to 80 characters. */
function titleOf(aligned: AlignedDocument): string {
  const line = aligned.text.split('\n', 1)[0] ?? '';
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
}
