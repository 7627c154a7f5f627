import { describe, expect, it } from 'vitest';
import { textChangedMessage } from './source-messages';

describe('textChangedMessage', () => {
  it('names the article and counts re-anchored, moved and orphaned annotations', () => {
    expect(
      textChangedMessage('Le corridor', { exact: 0, moved: 1, fuzzy: 0, orphaned: 1 }, 1),
    ).toBe(
      '“Le corridor” changed on disk and was read again. 1 of 2 annotations re-anchored (1 moved), ' +
        '1 orphaned: it stays with text version 1, listed under “Not found in the changed text” to be placed by hand.',
    );
    expect(textChangedMessage('T', { exact: 2, moved: 0, fuzzy: 1, orphaned: 0 }, 3)).toBe(
      '“T” changed on disk and was read again. 3 of 3 annotations re-anchored (1 matched approximately).',
    );
    expect(textChangedMessage('T', { exact: 0, moved: 0, fuzzy: 0, orphaned: 0 }, 1)).toMatch(
      /no annotations/,
    );
  });
});
