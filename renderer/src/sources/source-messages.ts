/**
 * What the analyst reads when a watched file changed, vanished or came back. Pure: each
 * function names the article and says what happened to its annotations.
 */
import type { ReanchorCounts } from '../library/text-change-plan';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/**
 * “Title” changed on disk and was read again. Annotations: 1 of 2 re-anchored (1 moved),
 * 1 orphaned…  Counts every author's annotations; `version` is the kept old text's number.
 */
export function textChangedMessage(title: string, counts: ReanchorCounts, version: number): string {
  const found = counts.exact + counts.moved + counts.fuzzy;
  const total = found + counts.orphaned;
  const head = `“${title}” changed on disk and was read again`;
  if (total === 0) return `${head}; it has no annotations to re-anchor.`;
  const details = [
    counts.moved > 0 ? `${counts.moved} moved` : '',
    counts.fuzzy > 0 ? `${counts.fuzzy} matched approximately` : '',
  ].filter(Boolean);
  const reanchored = `${found} of ${plural(total, 'annotation', 'annotations')} re-anchored${
    details.length > 0 ? ` (${details.join(', ')})` : ''
  }`;
  if (counts.orphaned === 0) return `${head}. ${reanchored}.`;
  return (
    `${head}. ${reanchored}, ${counts.orphaned} orphaned: ` +
    `${counts.orphaned === 1 ? 'it stays' : 'they stay'} with text version ${version}, ` +
    `listed under “Not found in the changed text” to be placed by hand.`
  );
}

/** The file is gone (or a folder took its place). */
export function sourceMissingMessage(title: string, path: string): string {
  return `“${title}”: its source file is missing (${path}). The article and its annotations stay.`;
}

/** The file is back with the text the article has. */
export function sourceRestoredMessage(title: string): string {
  return `“${title}”: its source file is back.`;
}

/** The file changed but could not be read again. */
export function sourceUnreadableMessage(title: string, reason: string): string {
  return `“${title}”: its file changed but could not be read again, so the article keeps its earlier text. ${reason}`;
}
