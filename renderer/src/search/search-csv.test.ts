import { describe, expect, it } from 'vitest';
import { searchResultsCsv } from './search-csv';
import type { ResultRow } from './search-protocol';

const row: ResultRow = {
  articleId: 'a1',
  start: 10,
  end: 22,
  left: 'the composer, "he said" ',
  match: 'Kourmanghazy',
  right: ' wrote',
  itemIds: ['claim.claim', 'entity.person'],
  title: '=HYPERLINK("x")',
  publishedDate: '2025-03-02',
  outlet: 'Le Monde',
  language: 'fr',
};

describe('searchResultsCsv', () => {
  it('writes one quoted, formula-safe row per hit with offsets and labels', () => {
    const csv = searchResultsCsv([row, { ...row, start: -1, end: -1, itemIds: [] }], (id) =>
      id === 'claim.claim' ? 'Claim' : 'Person',
    );
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(
      'article_id,title,published,outlet,language,start,end,left,match,right,labels',
    );
    expect(lines[1]).toBe(
      `a1,"'=HYPERLINK(""x"")",2025-03-02,Le Monde,fr,10,22,"the composer, ""he said"" ",Kourmanghazy," wrote",Claim; Person`,
    );
    expect(lines[2]).toMatch(/^a1,.*,fr,,,/);
    expect(lines).toHaveLength(4);
  });
});
