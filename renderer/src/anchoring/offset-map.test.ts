import { describe, expect, it } from 'vitest';
import { buildOffsetMap, mapOffset, mapSpan } from './offset-map';
import { matchTokens } from './token-diff';

describe('matchTokens', () => {
  it('finds the longest common subsequence', () => {
    const a = Int32Array.from([1, 2, 3, 4, 5, 6]);
    const b = Int32Array.from([1, 3, 4, 9, 5, 6, 7]);
    const matches = matchTokens(a, b);
    expect(matches.isComplete).toBe(true);
    expect(matches.oldIndex).toEqual([0, 2, 3, 4, 5]);
    expect(matches.newIndex).toEqual([0, 1, 2, 4, 5]);
  });

  it('gives up beyond maxEdits but keeps the common ends', () => {
    const a = Int32Array.from([1, 2, 3, 4, 9]);
    const b = Int32Array.from([1, 5, 6, 7, 9]);
    const matches = matchTokens(a, b, 2);
    expect(matches.isComplete).toBe(false);
    expect(matches.oldIndex).toEqual([0, 4]);
  });
});

describe('offset map', () => {
  it('maps unchanged words exactly across an insertion and a deletion', () => {
    const oldText = 'The minister said on Monday that taxes will rise.';
    const newText = 'On Monday the minister said that taxes will rise sharply.';
    const map = buildOffsetMap(oldText, newText);
    const old = oldText.indexOf('taxes will');
    expect(mapSpan(map, { start: old, end: old + 10 })).toEqual({
      start: newText.indexOf('taxes will'),
      end: newText.indexOf('taxes will') + 10,
    });
    expect(mapOffset(map, oldText.indexOf('minister'), 'start')).toEqual({
      offset: newText.indexOf('minister'),
      isExact: true,
    });
  });

  it('maps through whitespace changes word by word', () => {
    const map = buildOffsetMap('a  b\r\nc', 'a b\nc');
    expect(mapOffset(map, 3, 'start')).toEqual({ offset: 2, isExact: true });
    expect(mapOffset(map, 6, 'start')).toEqual({ offset: 4, isExact: true });
    expect(mapOffset(map, 4, 'end')).toEqual({ offset: 3, isExact: true });
    // Inside changed whitespace: a hint, clamped before the next word.
    expect(mapOffset(map, 2, 'start')).toEqual({ offset: 2, isExact: false });
  });
});
