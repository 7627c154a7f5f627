import { describe, expect, it } from 'vitest';
import type { Annotation, ArticleId, AuthorId } from '../annotation/types';
import { indexCodebook } from '../codebook/codebook-lookup';
import { loadDefaultCodebook } from '../codebook/default-codebook';
import { compareArticleRows } from '../store/article-rows';
import { documentAnnotationOf, spanAnnotationOf } from '../testing/annotation-records';
import { createMyAnnotationsDerivation } from './my-annotations';

const codebook = indexCodebook(loadDefaultCodebook());
const TEXT = 'x'.repeat(400);
const article = 'a1' as ArticleId;
const me = 'analyst-1' as AuthorId;
const sorted = (rows: Annotation[]) => [...rows].sort(compareArticleRows);

/** A span annotation; every fifth by a colleague, every seventh an orphan. */
function row(n: number, start = (n * 37) % 300, length = 1 + (n % 9)): Annotation {
  return spanAnnotationOf(`r${n}`, article, TEXT, start, start + length, {
    ...(n % 5 === 0 ? { author: 'analyst-2' as AuthorId } : {}),
    ...(n % 7 === 0 ? { orphanedFrom: 1 } : {}),
  });
}

describe('createMyAnnotationsDerivation', () => {
  it('patches a few changed rows to what deriving afresh gives, keeping the other spans', () => {
    const derive = createMyAnnotationsDerivation();
    let rows = sorted([
      ...Array.from({ length: 60 }, (_, n) => row(n)),
      documentAnnotationOf('d', article),
    ]);
    let shown = derive(rows, me, codebook);
    for (let step = 0; step < 30; step++) {
      const next = rows.slice();
      next.splice((step * 13) % next.length, 1);
      next.push(row(100 + step));
      if (step % 3 === 0) next[step % next.length] = { ...next[step % next.length]! };
      rows = sorted(next);
      const patched = derive(rows, me, codebook);
      const fresh = createMyAnnotationsDerivation()(rows, me, codebook);
      expect(patched).toEqual(fresh);
      const kept = patched.marks.filter((span) => shown.marks.includes(span));
      expect(kept.length).toBeGreaterThan(patched.marks.length - 4);
      shown = patched;
    }
  });

  it('answers the same result for the same list', () => {
    const derive = createMyAnnotationsDerivation();
    const rows = sorted([row(1), row(2)]);
    expect(derive(rows, me, codebook)).toBe(derive(rows, me, codebook));
  });
});
