import { describe, expect, it } from 'vitest';
import { decideReveal, type RevealFacts } from './reveal-file';

const facts = (over: Partial<RevealFacts> = {}): RevealFacts => ({
  path: '/home/analyst/corpus/article.txt',
  isGranted: true,
  onDisk: 'file',
  canShowInFolder: true,
  ...over,
});

describe('revealing an article’s file', () => {
  it('shows a file the user opened in the desktop app’s file manager', () => {
    expect(decideReveal(facts())).toEqual({
      kind: 'show',
      answer: { path: '/home/analyst/corpus/article.txt', isShown: true },
    });
  });

  it('answers the path in browser mode, which has no file manager to open', () => {
    expect(decideReveal(facts({ canShowInFolder: false }))).toEqual({
      kind: 'answer',
      answer: { path: '/home/analyst/corpus/article.txt', isShown: false },
    });
  });

  it('refuses a path the user never opened, a file gone and a file turned folder', () => {
    expect(decideReveal(facts({ path: '/etc/shadow', isGranted: false }))).toEqual({
      kind: 'refuse',
      reason: '“/etc/shadow” is not a file opened in Sourcemark.',
    });
    expect(decideReveal(facts({ onDisk: 'missing' }))).toMatchObject({
      kind: 'refuse',
      reason: expect.stringMatching(/no longer on disk/),
    });
    expect(decideReveal(facts({ onDisk: 'folder' }))).toMatchObject({
      kind: 'refuse',
      reason: expect.stringMatching(/is a folder now/),
    });
  });
});
