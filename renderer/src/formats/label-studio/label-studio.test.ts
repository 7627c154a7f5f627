import { describe, expect, it } from 'vitest';
import { importedDrafts } from '../shared/import-result';
import { sampleInput, TEXT } from '../shared/testing';
import { exportLabelStudio } from './label-studio-export';
import { importLabelStudio } from './label-studio-import';

describe('Label Studio', () => {
  it('round-trips spans, notes and relations in code points', () => {
    const { output, lossiness, written } = exportLabelStudio(sampleInput());
    const [task] = JSON.parse(output);
    expect(task.annotations[0].result[0].value).toEqual({
      start: 5,
      end: 14,
      text: 'ministre\u0301',
      labels: ['PERSON'],
    });
    const result = importLabelStudio(output);
    const drafts = importedDrafts(result);
    expect(result.items.every((i) => i.kind === 'imported')).toBe(true);
    expect(drafts.map((d) => TEXT.slice(d.span.start, d.span.end))).toContain('libre');
    expect(drafts.every((d) => d.quoteMatches)).toBe(true);
    const claim = drafts.find((d) => d.label === 'Claim');
    expect(claim?.note).toBe('=cmd|calc\nsecond line');
    expect(claim?.links).toEqual({ source: 'a1', cue: 'a2' });
    expect(lossiness.dropped).toContainEqual({ what: 'attributes', count: 1 });
    // Five `labels` results; the two `relation` results are not annotations.
    expect(written).toBe(5);
  });

  it('reads old files counted in code units when asked', () => {
    const task = {
      data: { text: '😀 ab' },
      annotations: [{ result: [{ value: { start: 3, end: 5, text: 'ab', labels: ['X'] } }] }],
    };
    const [draft] = importedDrafts(importLabelStudio(JSON.stringify(task), 'code-units'));
    expect(draft?.span).toEqual({ start: 3, end: 5 });
    expect(draft?.quoteMatches).toBe(true);
  });

  it('refuses hostile input item by item', () => {
    expect(importLabelStudio('{').items).toEqual([
      { kind: 'error', location: 'file', reason: 'not valid JSON' },
    ]);
    const tasks = [
      { data: {} },
      {
        data: { text: 'abc' },
        annotations: [
          {
            result: [
              null,
              { value: { start: 0, end: 9e99, labels: ['X'] } },
              { value: { start: 0, end: 1, labels: ['X'] } },
            ],
          },
        ],
      },
    ];
    const result = importLabelStudio(JSON.stringify(tasks));
    expect(importedDrafts(result)).toHaveLength(1);
    expect(result.items.filter((i) => i.kind === 'error')).toHaveLength(3);
  });
});
