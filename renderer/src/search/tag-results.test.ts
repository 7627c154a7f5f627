import { describe, expect, it } from 'vitest';
import type { ArticleId, TextSpan } from '../annotation/types';
import { context, item, TEXT } from '../testing/annotation-context';
import type { ResultRow } from './search-protocol';
import {
  ARTICLES_PER_PAGE,
  describeTagPlan,
  planTagResults,
  type TagResultsReads,
} from './tag-results';

const at = (text: string, phrase: string, from = 0) => {
  const start = text.indexOf(phrase, from);
  return { start, end: start + phrase.length };
};

function hit(articleId: string, text: string, phrase: string, from = 0): ResultRow {
  const { start, end } = at(text, phrase, from);
  return {
    articleId,
    start,
    end,
    left: '',
    match: phrase,
    right: '',
    itemIds: [],
    title: articleId,
    publishedDate: '',
    outlet: '',
    language: 'fr',
  };
}

function reads(
  texts: Record<string, string>,
  tagged = new Map<ArticleId, TextSpan[]>(),
): TagResultsReads {
  return {
    texts: async (ids) => ids.map((id) => texts[id]),
    taggedSpans: async () => tagged,
  };
}

const { author, codebook } = context;
const country = item('entity.gpe');
const noPause = { pause: async () => {} };

describe('planTagResults', () => {
  it('tags every hit in one change set and counts each hit it leaves out, with its reason', async () => {
    const other = 'Bakou et le Kazakhstan signent. Le Kazakhstan confirme.';
    const rows = [
      hit('a', TEXT, 'Kazakhstan'),
      hit('b', other, 'Kazakhstan'),
      hit('b', other, 'Kazakhstan', 20),
      hit('b', other, 'Kazakhstan'), // listed twice
      { ...hit('c', TEXT, 'Kazakhstan'), start: -1, end: -1 }, // a title hit
      { ...hit('d', TEXT, 'Kazakhstan'), match: 'Kasachstan' }, // the text changed since
    ];
    const tagged = new Map([['a' as ArticleId, [at(TEXT, 'Kazakhstan')]]]);
    const plan = await planTagResults(
      rows,
      country,
      { author, codebook },
      reads({ a: TEXT, b: other, d: TEXT }, tagged),
      noPause,
    );
    if (typeof plan === 'string') throw new Error(plan);
    expect(plan.tagged).toBe(2);
    expect(plan.articles).toBe(1);
    expect(plan.alreadyTagged).toBe(2);
    expect(plan.outsideText).toBe(1);
    expect(plan.changed).toBe(1);
    expect(plan.change.annotations.map((row) => row.after)).toMatchObject([
      { articleId: 'b', itemId: country.id, author, span: at(other, 'Kazakhstan') },
      { articleId: 'b', span: at(other, 'Kazakhstan', 20) },
    ]);
    expect(plan.change.annotations.every((row) => row.before === null)).toBe(true);
    expect(plan.change.label).toBe(`Tag 2 search results “${country.label}”`);
    expect(describeTagPlan(plan)).toBe(
      'Tagged 2 results in 1 article · 2 already had this label · 1 in a title or byline only, not tagged · 1 whose text changed since the search, not tagged.',
    );
  });

  it('reads the texts a page of articles at a time, reports progress, and stops when cancelled', async () => {
    const texts: Record<string, string> = {};
    const rows: ResultRow[] = [];
    for (let i = 0; i < ARTICLES_PER_PAGE * 3; i++) {
      texts[`n${i}`] = TEXT;
      rows.push(hit(`n${i}`, TEXT, 'Kazakhstan'));
    }
    const progress: number[] = [];
    const controller = new AbortController();
    const plan = planTagResults(rows, country, { author, codebook }, reads(texts), {
      signal: controller.signal,
      onProgress: (done) => {
        progress.push(done);
        if (progress.length === 2) controller.abort();
      },
      pause: async () => {},
    });
    await expect(plan).rejects.toThrow(/abort/i);
    expect(progress).toEqual([ARTICLES_PER_PAGE, ARTICLES_PER_PAGE * 2]);
  });
});
