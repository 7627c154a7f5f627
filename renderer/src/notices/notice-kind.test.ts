import { describe, expect, it } from 'vitest';
import { noticeKindOf } from './notice-kind';

describe('noticeKindOf', () => {
  it('keeps failures', () => {
    expect(noticeKindOf('Annotations are unavailable: quota')).toBe('error');
    expect(noticeKindOf('Could not read 2 files')).toBe('error');
    expect(noticeKindOf('Not saved: the article is gone')).toBe('error');
  });
  it('lets news go', () => {
    expect(noticeKindOf('3 articles changed on disk: their new text is shown.')).toBe('news');
    expect(
      noticeKindOf('Sets are imported one at a time: a.json first, then drop the others.'),
    ).toBe('news');
  });
});
