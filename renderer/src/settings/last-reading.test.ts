import { describe, expect, it } from 'vitest';
import { readLastReading } from './last-reading';

describe('readLastReading', () => {
  it('reads a stored place', () => {
    expect(readLastReading({ articleId: 'a1', scrollTop: 1200 })).toEqual({
      articleId: 'a1',
      scrollTop: 1200,
    });
    expect(readLastReading({ articleId: 'a1', scrollTop: -3 })).toEqual({
      articleId: 'a1',
      scrollTop: 0,
    });
  });
  it('refuses what is not a place', () => {
    expect(readLastReading(null)).toBeNull();
    expect(readLastReading({ articleId: '' })).toBeNull();
    expect(readLastReading('a1')).toBeNull();
  });
});
