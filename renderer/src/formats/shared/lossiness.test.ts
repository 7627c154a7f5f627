import { describe, expect, it } from 'vitest';
import { kindOfOne } from './lossiness';

describe('kindOfOne', () => {
  it('says each kind the exporters report of a single item', () => {
    const cases: [string, string][] = [
      ['non-entity labels', 'non-entity label'],
      ['document-level annotations', 'document-level annotation'],
      ['overlapping spans', 'overlapping span'],
      ['review comments', 'review comment'],
      ['spans without a token', 'span without a token'],
      [
        'links to annotations missing from the article',
        'link to annotations missing from the article',
      ],
      [
        'attribute names or values with spaces (written with _)',
        'attribute name or value with spaces (written with _)',
      ],
      ['line breaks in notes (written as spaces)', 'line break in notes (written as spaces)'],
      ["registry entities named as a claim's source", "registry entity named as a claim's source"],
      [
        'characters XML 1.0 forbids (removed from names and notes)',
        'character XML 1.0 forbids (removed from names and notes)',
      ],
      [
        'orphaned annotations (not found again in the changed text)',
        'orphaned annotation (not found again in the changed text)',
      ],
      [
        "attribution links (a claim's source and cue)",
        "attribution link (a claim's source and cue)",
      ],
      // No plural before the explanation: nothing to change.
      [
        'authorship (annotations of several analysts merged)',
        'authorship (annotations of several analysts merged)',
      ],
    ];
    for (const [many, one] of cases) expect(kindOfOne(many)).toBe(one);
  });
});
