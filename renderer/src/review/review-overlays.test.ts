import { expect, it } from 'vitest';
import { compareSets, type ComparedSpan } from './compare-sets';
import { overlayParagraphs } from './review-overlays';

const span = (id: string, author: string, itemId: string, start: number, end: number) =>
  ({ id, author, itemId, span: { start, end } }) satisfies ComparedSpan;

it('cuts the text into runs per paragraph, coloured by the most severe covering kind', () => {
  const text = 'Alpha beta\ngamma delta';
  const items = compareSets(
    [span('m1', 'me', 'x', 0, 5), span('m2', 'me', 'x', 11, 16)],
    [span('a1', 'ann', 'x', 0, 5), span('a2', 'ann', 'y', 0, 10)],
    ['ann'],
  );
  const paragraphs = overlayParagraphs(text, items);
  expect(paragraphs).toHaveLength(2);
  const first = paragraphs[0]!.runs.map((r) => [text.slice(r.start, r.end), r.kind]);
  expect(first).toEqual([
    ['Alpha', 'only-other'],
    [' beta', 'only-other'],
  ]);
  expect(paragraphs[0]!.runs[0]!.keys).toEqual(['ann:-:a2', 'ann:m1:a1']);
  const second = paragraphs[1]!.runs.map((r) => [text.slice(r.start, r.end), r.kind]);
  expect(second).toEqual([
    ['gamma', 'only-base'],
    [' delta', null],
  ]);
});

it('keeps empty lines and plain text without items', () => {
  const paragraphs = overlayParagraphs('a\n\nb', []);
  expect(paragraphs.map((p) => p.runs.length)).toEqual([1, 0, 1]);
});
