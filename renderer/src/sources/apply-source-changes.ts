/**
 * Applies what the host found among the watched files to the library: a changed text
 * replaces its article's (old text kept, annotations re-anchored, in one transaction per
 * article: `updateArticleText`), a missing file marks its articles, a returning one clears
 * the mark. Nothing is deleted. Answers the messages the analyst must read.
 */
import type { SourceChanges } from '../../../preload/api';
import { setSourceMissing, updateArticleText } from '../library/article-text-update';
import { articlesFromSource } from '../library/source-articles';
import {
  sourceMissingMessage,
  sourceRestoredMessage,
  sourceUnreadableMessage,
  textChangedMessage,
} from './source-messages';
import { followingArticle } from './watch-list';

/** Applies `changes`, one article at a time; answers one message per article touched. */
export async function applySourceChanges(changes: SourceChanges): Promise<string[]> {
  const messages: string[] = [];
  for (const article of changes.changed) {
    const fromFile = await articlesFromSource(article.sourcePath);
    const target = followingArticle(fromFile);
    if (!target) continue; // deleted from the library meanwhile: nothing to follow
    const outcome = await updateArticleText(target.id, article);
    if (outcome.kind === 'updated')
      messages.push(textChangedMessage(target.title, outcome.counts, outcome.version));
    else if (outcome.kind === 'refused') messages.push(outcome.message);
    // The file is there again for the older articles read from it too.
    for (const older of fromFile)
      if (older.id !== target.id && older.sourceMissing) await setSourceMissing(older.id, false);
  }
  for (const failure of changes.failed) {
    const target = followingArticle(await articlesFromSource(failure.path));
    if (target) messages.push(sourceUnreadableMessage(target.title, failure.message));
  }
  for (const path of changes.missing) {
    for (const article of await articlesFromSource(path)) {
      if (article.sourceMissing) continue;
      await setSourceMissing(article.id, true);
      messages.push(sourceMissingMessage(article.title, path));
    }
  }
  for (const path of changes.restored) {
    for (const article of await articlesFromSource(path)) {
      if (!article.sourceMissing) continue;
      await setSourceMissing(article.id, false);
      messages.push(sourceRestoredMessage(article.title));
    }
  }
  return messages;
}
