import { describe, expect, it } from 'vitest';
import { decidedSide, isItemRejected, rejectedBy, rejectionBody } from './review-decisions';

const mine = { id: 'm1' };
const theirs = { id: 't1' };
const comment = (annotationId: string, author: string, body: string) => ({
  annotationId,
  author,
  body,
});

describe('decidedSide', () => {
  it('decides on the compared side, or the base side when the compared one offers nothing', () => {
    expect(decidedSide({ base: mine, other: theirs })).toBe('other');
    expect(decidedSide({ base: mine, other: null })).toBe('base');
    const field = { key: 'genre', base: 'opinion', other: undefined };
    expect(decidedSide({ base: mine, other: theirs, field })).toBe('base');
    expect(decidedSide({ base: null, other: theirs, field: { ...field, other: 'satire' } })).toBe(
      'other',
    );
  });
});

describe('rejections', () => {
  it('marks an item rejected by a Rejected comment on the decided annotation', () => {
    const item = { base: mine, other: theirs };
    expect(isItemRejected(item, [comment('m1', 'me', 'Rejected')])).toBe(false);
    expect(isItemRejected(item, [comment('t1', 'me', 'A person, not an org')])).toBe(false);
    expect(isItemRejected(item, [comment('t1', 'me', 'Rejected')])).toBe(true);
    // An only-base item is decided on the base annotation.
    expect(isItemRejected({ base: mine, other: null }, [comment('m1', 'me', 'Rejected')])).toBe(
      true,
    );
  });

  it('rejects one field alone, or every field with the whole annotation', () => {
    const genre = { base: mine, other: theirs, field: { key: 'genre', base: 'a', other: 'b' } };
    const outlet = { ...genre, field: { key: 'outletType', base: 'a', other: 'b' } };
    const byField = [comment('t1', 'me', rejectionBody('genre'))];
    expect(rejectionBody('genre')).toBe('Rejected: genre');
    expect([isItemRejected(genre, byField), isItemRejected(outlet, byField)]).toEqual([
      true,
      false,
    ]);
    const whole = [comment('t1', 'gold-reviewer', 'Rejected'), comment('t1', 'me', 'Rejected')];
    expect([isItemRejected(genre, whole), isItemRejected(outlet, whole)]).toEqual([true, true]);
    expect(rejectedBy(genre, 'other', [...whole, ...byField])).toEqual(['gold-reviewer', 'me']);
  });
});
