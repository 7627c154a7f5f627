import { describe, expect, it } from 'vitest';
import { movedCounts } from './article-counts';

describe('movedCounts', () => {
  it('deletes the old key and puts the new one, and writes nothing for a total that stayed', () => {
    expect(
      movedCounts([
        { articleId: 'a1', before: 40, after: 41 },
        { articleId: 'a2', before: undefined, after: 1 },
        { articleId: 'a3', before: 3, after: 0 },
        { articleId: 'a4', before: 7, after: 7 },
      ]),
    ).toEqual({
      deleted: [
        ['a1', 40],
        ['a3', 3],
      ],
      put: [
        { articleId: 'a1', total: 41 },
        { articleId: 'a2', total: 1 },
      ],
    });
  });
});
