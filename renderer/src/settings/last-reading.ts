/**
 * Where the analyst left off: the open article and how far down its text was scrolled, in
 * CSS pixels of the text's scroll box. Pure.
 */
import type { ArticleId } from '../db/records';

export interface LastReading {
  articleId: ArticleId;
  /** The text's `scrollTop` when it was last scrolled. */
  scrollTop: number;
}

/** A stored value read back, or null when it is not a reading place. */
export function readLastReading(value: unknown): LastReading | null {
  if (typeof value !== 'object' || value === null) return null;
  const { articleId, scrollTop } = value as Record<string, unknown>;
  if (typeof articleId !== 'string' || articleId === '') return null;
  const top = typeof scrollTop === 'number' && Number.isFinite(scrollTop) ? scrollTop : 0;
  return { articleId: articleId as ArticleId, scrollTop: Math.max(0, top) };
}
