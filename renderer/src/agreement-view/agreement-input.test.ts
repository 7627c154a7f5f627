import { describe, expect, it } from 'vitest';
import { buildAgreementTable } from '../agreement/agreement-table';
import type { ArticleId, AuthorId } from '../annotation/types';
import { documentAnnotationOf, spanAnnotationOf } from '../testing/annotation-records';
import {
  documentAgreement,
  nominalValue,
  pairwiseSpanFigures,
  spanSelectionOf,
} from './agreement-input';

const text = 'x'.repeat(60);
const art = 'art-1' as ArticleId;
const span = (id: string, author: string, itemId: string, start: number, end: number) =>
  spanAnnotationOf(id, art, text, start, end, {
    author: author as AuthorId,
    itemId: itemId as never,
  });

describe('spanSelectionOf', () => {
  it('reproduces the alpha-U example 2 of the reference through stored annotations', () => {
    const annotations = [
      span('1', 'A', 'X', 10, 20),
      span('2', 'A', 'Y', 30, 40),
      span('3', 'B', 'X', 10, 20),
      span('4', 'B', 'Y', 32, 45),
      span('5', 'B', 'X', 50, 55),
      span('6', 'C', 'X', 0, 3), // not a chosen author
      span('7', 'A', 'X', 58, 70), // outside the text
    ];
    const { selection, skippedSpans } = spanSelectionOf(
      [{ id: art, textLength: 60 }],
      annotations,
      ['A', 'B'],
    );
    expect(skippedSpans).toBe(1);
    const table = buildAgreementTable(selection);
    const alpha = table.rows.map((row) => row.figures.alphaU?.toFixed(6));
    expect(alpha).toEqual(['0.805417', '0.791302', '0.798083']);
  });

  it('gives pairwise matrices for three annotators', () => {
    const annotations = [
      span('1', 'A', 'X', 10, 20),
      span('2', 'B', 'X', 10, 20),
      span('3', 'C', 'X', 12, 20),
    ];
    const { selection } = spanSelectionOf([{ id: art, textLength: 60 }], annotations, [
      'A',
      'B',
      'C',
    ]);
    const { alphaU, overlapF1 } = pairwiseSpanFigures(selection);
    expect(alphaU.values[0]?.[1]).toBe(1);
    expect(alphaU.values[0]?.[2]).toBeLessThan(1);
    expect(alphaU.values[2]?.[0]).toBe(alphaU.values[0]?.[2]);
    expect(overlapF1.mean).toBe(1);
    expect(alphaU.definedPairs).toBe(3);
  });
});

describe('documentAgreement', () => {
  it('pins the Cohen kappa and alpha nominal vectors on document-profile fields', () => {
    const a = ['PER', 'PER', 'ORG', 'ORG', 'LOC', 'PER', 'ORG', 'LOC', 'LOC', 'PER'];
    const b = ['PER', 'ORG', 'ORG', 'ORG', 'LOC', 'PER', 'PER', 'LOC', 'ORG', 'PER'];
    const ids = a.map((_, i) => `art-${i}`);
    const annotations = ids.flatMap((id, i) => [
      documentAnnotationOf(`a${i}`, id as ArticleId, 'document.profile', {
        author: 'A' as AuthorId,
        attributes: { genre: a[i]! },
      }),
      documentAnnotationOf(`b${i}`, id as ArticleId, 'document.profile', {
        author: 'B' as AuthorId,
        attributes: { genre: b[i]! },
      }),
    ]);
    const rows = documentAgreement(ids, annotations, ['A', 'B'], 'document.profile', [
      'genre',
      'outletType',
    ]);
    expect(rows[0]).toMatchObject({ key: 'genre', pairableUnits: 10, kappaDropped: 0 });
    expect(rows[0]?.kappa).toBeCloseTo(0.545455, 6);
    expect(rows[0]?.alphaNominal).toBeCloseTo(0.564885, 6);
    expect(rows[1]).toMatchObject({ key: 'outletType', pairableUnits: 0, alphaNominal: null });
    expect(rows[2]).toMatchObject({ key: null, pairableUnits: 10 });
    expect(rows[2]?.kappa).toBeCloseTo(0.545455, 6);
  });

  it('counts items left out of kappa when one side is blank', () => {
    const annotations = [
      documentAnnotationOf('a', art, 'document.profile', {
        author: 'A' as AuthorId,
        attributes: { genre: 'news' },
      }),
    ];
    const [row] = documentAgreement([art], annotations, ['A', 'B'], 'document.profile', ['genre']);
    expect(row).toMatchObject({ pairableUnits: 0, kappaDropped: 1, kappa: null });
  });

  it('reads multi-choice, flag and blank values as nominal values', () => {
    expect(nominalValue(['b', 'a'])).toBe('a | b');
    expect(nominalValue(true)).toBe('yes');
    expect(nominalValue('')).toBeNull();
    expect(nominalValue([])).toBeNull();
    expect(nominalValue(undefined)).toBeNull();
  });
});
