import { describe, expect, it } from 'vitest';
import type { Annotation, ArticleId, AuthorId } from '../annotation/types';
import { compareArticleRows } from '../store/article-rows';
import { listChangeBetween, noteListChange } from '../store/list-changes';
import { documentAnnotationOf, spanAnnotationOf } from '../testing/annotation-records';
import { createMyAnnotationsDerivation } from './my-annotations';

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
  it('patches a few changed rows to what deriving afresh gives, keeping the other rows', () => {
    const derive = createMyAnnotationsDerivation();
    let rows = sorted([
      ...Array.from({ length: 60 }, (_, n) => row(n)),
      documentAnnotationOf('d', article),
    ]);
    let shown = derive(rows, me);
    for (let step = 0; step < 30; step++) {
      const next = rows.slice();
      next.splice((step * 13) % next.length, 1);
      next.push(row(100 + step));
      if (step % 3 === 0) next[step % next.length] = { ...next[step % next.length]! };
      rows = sorted(next);
      const patched = derive(rows, me);
      const fresh = createMyAnnotationsDerivation()(rows, me);
      expect(patched).toEqual(fresh);
      const kept = patched.placed.filter((span) => shown.placed.includes(span));
      expect(kept.length).toBeGreaterThan(patched.placed.length - 4);
      shown = patched;
    }
  });

  it('answers the same result for the same list', () => {
    const derive = createMyAnnotationsDerivation();
    const rows = sorted([row(1), row(2)]);
    expect(derive(rows, me)).toBe(derive(rows, me));
  });

  it('follows the note of what changed, and notes its own lists for the views over them', () => {
    const derive = createMyAnnotationsDerivation();
    const rows = sorted(Array.from({ length: 40 }, (_, n) => row(n)));
    const before = derive(rows, me);
    const added = row(201, 150, 4);
    const removed = rows.find((r) => r.author === me && r.kind === 'span' && !r.orphanedFrom)!;
    const next = sorted([...rows.filter((r) => r !== removed), added]);
    noteListChange(rows, next, [removed], [added]);
    const after = derive(next, me);
    expect(after).toEqual(createMyAnnotationsDerivation()(next, me));
    expect(listChangeBetween(before.placed, after.placed)).toEqual({
      removed: [removed],
      added: [added],
    });
    // A list nothing changed in stays the same list.
    expect(after.orphans).toBe(before.orphans);
  });

  it('on one analyst’s article of placed spans, shares the article’s list instead of copying', () => {
    const derive = createMyAnnotationsDerivation();
    const mineOnly = (n: number) => spanAnnotationOf(`m${n}`, article, TEXT, n * 3, n * 3 + 2);
    const rows = sorted(Array.from({ length: 20 }, (_, n) => mineOnly(n)));
    const first = derive(rows, me);
    expect(first.mine).toBe(rows);
    expect(first.placed).toBe(rows);

    const added = mineOnly(40);
    const next = sorted([...rows, added]);
    noteListChange(rows, next, [], [added]);
    const second = derive(next, me);
    expect(second.mine).toBe(next);
    expect(second).toEqual(createMyAnnotationsDerivation()(next, me));

    // A document-level annotation: the placed spans are no longer the whole list.
    const profile = documentAnnotationOf('d', article);
    const withProfile = sorted([...next, profile]);
    noteListChange(next, withProfile, [], [profile]);
    const third = derive(withProfile, me);
    expect(third).toEqual(createMyAnnotationsDerivation()(withProfile, me));
    expect(third.placed).not.toContain(profile);
  });
});
