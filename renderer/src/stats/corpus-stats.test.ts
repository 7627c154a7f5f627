import { describe, expect, it } from 'vitest';
import type { Annotation, AuthorId } from '../annotation/types';
import { talliesOf } from './article-tally';
import { tallyCorpus, tallySteps } from './corpus-stats';
import { input, span } from './stats-testing';

describe('statistics by outlet, role, analyst, month, verdict and status', () => {
  const articles = [
    { id: 'a1', title: 'One', outlet: 'Le Monde', month: '2025-03' },
    { id: 'a2', title: 'Two', outlet: '', month: '2024-12' },
  ];
  const profile = {
    ...span('p1', 'a1', 'document.profile', 0, 1),
    kind: 'document',
    attributes: { authorRole: 'elected-official', genre: 'opinion' },
  } as unknown as Annotation;
  const annotations = [
    span('s1', 'a1', 'claim.claim', 0, 5, { attributes: { verdict: 'false' } }),
    span('s2', 'a1', 'claim.claim', 6, 9, {
      attributes: { verdict: 'true' },
      author: 'bo' as AuthorId,
    }),
    span('s3', 'a2', 'technique.loaded-language', 0, 4),
    span('s4', 'gone', 'claim.claim', 0, 4),
    profile,
  ];
  const stats = tallyCorpus(
    input({
      articles,
      annotations,
      analysts: ['me', 'bo'],
      statuses: [
        { articleId: 'a1', analyst: 'me', status: 'done' },
        { articleId: 'a2', analyst: 'bo', status: 'in-progress' },
        { articleId: 'outside', analyst: 'me', status: 'done' },
      ],
    }),
  );

  it('ignores annotations of articles outside the selection and the profile itself', () => {
    expect(stats.annotationCount).toBe(3);
    expect(stats.perCategory).toEqual([
      { key: 'claim', name: 'L(claim)', count: 2 },
      { key: 'technique', name: 'L(technique)', count: 1 },
    ]);
  });

  it('splits labels by outlet, author role, analyst and month, unknowns apart', () => {
    expect(stats.byOutlet.columns).toEqual(['Le Monde', 'Unknown']);
    expect(stats.byAuthorRole.columns).toEqual(['elected-official', 'Unknown']);
    expect(stats.byAnalyst.columns).toEqual(['Me', 'bo']);
    expect(stats.byMonth.columns).toEqual(['2024-12', '2025-03']);
    const claims = stats.byMonth.rows.find((row) => row.key === 'claim.claim')!;
    expect(claims.counts).toEqual([0, 2]);
  });

  it('counts claims by verdict', () => {
    expect(stats.claimsByVerdict.map((row) => [row.key, row.count])).toEqual([
      ['false', 1],
      ['true', 1],
    ]);
  });

  it('shows each analyst’s progress, an article without a status counting as new', () => {
    expect(stats.progress).toEqual([
      { analyst: 'me', name: 'Me', counts: { new: 1, 'in-progress': 0, done: 1 } },
      { analyst: 'bo', name: 'bo', counts: { new: 1, 'in-progress': 1, done: 0 } },
    ]);
  });
});

describe('statistics a slice at a time', () => {
  it('gives the page a turn after each slice and counts what one pass counts', () => {
    const articles = Array.from({ length: 40 }, (_, i) => ({
      id: `a${i}`,
      title: `Article ${i}`,
      outlet: i % 2 ? 'Le Monde' : '',
      month: `2025-0${1 + (i % 9)}`,
    }));
    const items = ['claim.claim', 'technique.doubt', 'technique.loaded-language'];
    const annotations = Array.from({ length: 1_000 }, (_, i) =>
      span(`s${i}`, `a${i % 40}`, items[i % 3]!, i % 50, (i % 50) + 7, {
        attributes: i % 3 === 0 ? { verdict: i % 2 ? 'false' : 'true' } : {},
      }),
    );
    const whole = input({ articles, annotations });
    const steps = tallySteps({ ...whole, tallies: talliesOf(annotations) }, 10);
    const seen: number[] = [];
    let step = steps.next();
    for (; !step.done; step = steps.next()) seen.push(step.value);
    expect(seen).toEqual([10, 20, 30, 40]);
    expect(step.value).toEqual(tallyCorpus(whole));
    expect(step.value.annotationCount).toBe(1_000);
    expect(step.value.overlapping.length).toBeGreaterThan(0);
  });
});
