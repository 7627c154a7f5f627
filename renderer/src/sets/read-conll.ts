/**
 * A CoNLL file read into an `IncomingSet`: matched against the library's texts
 * (`formats/conll/conll-import.ts`), its entity types matched to codebook items like every
 * importer's labels (through their `conll` external labels), its entities a named
 * colleague's annotations like the other text formats' drafts. What the items cannot say
 * (the scheme read, repaired tags, new articles, types several items share) are the
 * report's notes.
 */
import type { AuthorId } from '../annotation/types';
import { importConll } from '../formats/conll/conll-import';
import { sharedTypeNotes } from '../formats/conll/conll-types';
import { contentId, incomingFromDrafts } from './draft-annotations';
import type { ReadOutcome } from './incoming-set';
import type { ReadContext } from './read-set-file';

/** Reads `content`, a CoNLL file named `fileName`. */
export async function readConll(
  fileName: string,
  content: string,
  context: ReadContext,
): Promise<ReadOutcome> {
  const library = await context.libraryArticles();
  const read = importConll(
    content,
    fileName,
    library.map((a) => ({ id: a.id, title: a.title, text: a.text ?? '' })),
  );
  if (read.articles.length === 0) {
    const first = read.items[0];
    const why = first?.kind === 'error' ? `: ${first.location}: ${first.reason}` : '';
    return { ok: false, reason: `No CoNLL token could be read${why}.` };
  }
  const author = {
    id: (await contentId('colleague', context.colleagueName)) as AuthorId,
    name: context.colleagueName,
  };
  const notes = [
    ...read.notes,
    ...sharedTypeNotes(read.types, context.codebookItems ?? [], context.itemIdForLabel),
  ];
  return {
    ok: true,
    incoming: await incomingFromDrafts({ ...read, notes }, `CoNLL (${read.scheme})`, {
      ...context,
      author,
    }),
  };
}
