/**
 * Placed beside the reader when an article is opened from a search result: waits for the
 * hit's line to be built, then highlights it and scrolls to it (`reveal-hit.ts`). Renders
 * nothing; the highlight goes when the article closes.
 */
import { useEffect } from 'react';
import { getArticleText } from '../library/article-repository';
import { clearHit, revealHit } from './reveal-hit';

/** Where an article opened from the results should show. */
export interface HitLocation {
  articleId: string;
  start: number;
  end: number;
}

const TRY_EVERY_MS = 100;
const GIVE_UP_AFTER_MS = 15_000;

export function SearchHitReveal({ hit }: { hit: HitLocation }) {
  useEffect(() => {
    if (hit.start < 0) return;
    let timer = 0;
    let isOver = false;
    let observer: MutationObserver | undefined;
    const started = performance.now();
    void getArticleText(hit.articleId as never).then((stored) => {
      if (!stored || isOver) return;
      const attempt = () => {
        if (isOver) return;
        const root = document.querySelector('.reader .article-text');
        if (root && revealHit(root, stored.text, hit.start, hit.end)) {
          // The marks of annotations read after the first screen re-render the line, and
          // its text nodes with it: the highlight is placed again on the new nodes.
          observer = new MutationObserver(() =>
            revealHit(root, stored.text, hit.start, hit.end, false),
          );
          observer.observe(root, { childList: true, subtree: true, characterData: true });
          return;
        }
        if (performance.now() - started < GIVE_UP_AFTER_MS) {
          timer = window.setTimeout(attempt, TRY_EVERY_MS);
        }
      };
      attempt();
    });
    return () => {
      isOver = true;
      clearTimeout(timer);
      observer?.disconnect();
      clearHit();
    };
  }, [hit]);
  return null;
}
