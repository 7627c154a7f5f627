import { describe, expect, it } from 'vitest';
import { parseQuery } from './parse-query';

function parsed(input: string) {
  const result = parseQuery(input);
  if (!result.ok) throw new Error(result.error);
  return result;
}

describe('parseQuery', () => {
  it('reads words, phrases and prefixes, folded', () => {
    expect(parsed('Kourmanghazy').text).toEqual({
      kind: 'term',
      field: 'body',
      terms: ['kourmanghazy'],
      isPrefix: false,
      raw: 'Kourmanghazy',
    });
    expect(parsed('"Banque Centrale"').text).toMatchObject({ terms: ['banque', 'centrale'] });
    expect(parsed('İnfla*').text).toMatchObject({ terms: ['infla'], isPrefix: true });
  });

  it('binds AND tighter than OR, and reads NOT and -', () => {
    expect(parsed('a b OR c -d').text).toEqual({
      kind: 'or',
      children: [
        {
          kind: 'and',
          children: [
            expect.objectContaining({ terms: ['a'] }),
            expect.objectContaining({ terms: ['b'] }),
          ],
        },
        {
          kind: 'and',
          children: [
            expect.objectContaining({ terms: ['c'] }),
            { kind: 'not', child: expect.objectContaining({ terms: ['d'] }) },
          ],
        },
      ],
    });
    expect(parsed('(a OR b) AND NOT c').text).toMatchObject({
      kind: 'and',
      children: [{ kind: 'or' }, { kind: 'not' }],
    });
  });

  it('reads title: and byline: as text fields', () => {
    expect(parsed('title:İstanbul byline:"Ayşe Yıldız"').text).toMatchObject({
      kind: 'and',
      children: [
        { field: 'title', terms: ['istanbul'] },
        { field: 'byline', terms: ['ayse', 'yildiz'] },
      ],
    });
  });

  it('reads the issue’s example: claims, verdict false, opinion, elected officials, French, 2025', () => {
    const query = parsed(
      'label:claim verdict=false genre=opinion role="elected official" lang:fr date:2025',
    );
    expect(query.text).toBeNull();
    expect(query.annotation.labels).toEqual(['claim']);
    expect(query.annotation.attributes).toEqual([{ key: 'verdict', value: 'false' }]);
    expect(query.filters.profile).toEqual({ genre: ['opinion'], authorRole: ['electedofficial'] });
    expect(query.filters.languages).toEqual(['fr']);
    expect(query.filters.dates).toEqual([{ from: '2025', to: '2025' }]);
  });

  it('reads quoted attribute keys, date ranges, statuses, analysts, notes and entities', () => {
    const query = parsed(
      '"claim type"=numerical date:2024-01..2024-06 status:"in progress" analyst:Ana note:source entity:NATO outlet:"Le Monde"',
    );
    expect(query.annotation).toEqual({
      labels: [],
      attributes: [{ key: 'claimtype', value: 'numerical' }],
      analysts: ['ana'],
      notes: ['source'],
      entities: ['nato'],
    });
    expect(query.filters.statuses).toEqual(['in-progress']);
    expect(query.filters.dates).toEqual([{ from: '2024-01', to: '2024-06' }]);
    expect(query.filters.outlets).toEqual(['le monde']);
  });

  it('refuses field conditions under OR or NOT, unknown fields, bad dates and open quotes', () => {
    expect(parseQuery('a OR label:claim')).toMatchObject({ ok: false });
    expect(parseQuery('label:claim OR a')).toMatchObject({ ok: false });
    expect(parseQuery('-lang:fr')).toMatchObject({ ok: false });
    expect(parseQuery('colour:red')).toMatchObject({
      ok: false,
      error: expect.stringContaining('colour'),
    });
    expect(parseQuery('date:last-year')).toMatchObject({ ok: false });
    expect(parseQuery('"open phrase')).toMatchObject({ ok: false });
    expect(parseQuery('(a')).toMatchObject({ ok: false });
  });
});
