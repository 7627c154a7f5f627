import { describe, expect, it } from 'vitest';
import { importedDrafts } from '../shared/import-result';
import { sampleInput, span, TEXT } from '../shared/testing';
import { exportBrat } from './brat-export';
import { importBrat } from './brat-import';

describe('brat export', () => {
  const { output, lossiness, written } = exportBrat(sampleInput());
  const ann = output.find((f) => f.path === 'azertac_1.ann')?.content ?? '';

  it('writes code-point offsets, fragments across line breaks and every line kind', () => {
    expect(output.map((f) => f.path)).toEqual([
      'azertac_1.txt',
      'azertac_1.ann',
      'annotation.conf',
    ]);
    // 'Le 😀 ' is 6 code units but 5 code points.
    expect(ann).toContain('T1\tPERSON 5 14\tministre\u0301\n');
    expect(ann).toMatch(/T3\tClaim 23 40;41 54\tle Kazakhstan est un pays libre\n/);
    expect(ann).toContain('\tclaimType T3 factual\n');
    expect(ann).toContain('\tcheckWorthy T3\n');
    expect(ann).toContain('\tsource Arg1:T3 Arg2:T1\n');
    expect(ann).toContain('\tReference T4 Wikidata:Q232\tKazakhstan\n');
    expect(ann).toContain('#1\tAnnotatorNotes T3\t=cmd|calc second line\n');
    expect(lossiness.dropped).toContainEqual({ what: 'document-level annotations', count: 1 });
    // Five spans as T lines; the document label has no line.
    expect(written).toBe(5);
    const conf = output.at(-1)?.content ?? '';
    expect(conf).toContain('Loaded_language');
    expect(conf).toContain('verdict\tArg:<ENTITY>, Value:disputed|false');
  });

  it('round-trips spans, attributes, links, notes and QIDs', () => {
    const result = importBrat(output);
    expect(result.items.filter((i) => i.kind === 'error')).toEqual([]);
    const drafts = importedDrafts(result);
    expect(drafts.map((d) => TEXT.slice(d.span.start, d.span.end))).toEqual([
      'ministre\u0301',
      'a dit',
      'le Kazakhstan est\nun pays libre',
      'Kazakhstan',
      'libre',
    ]);
    expect(drafts.every((d) => d.quoteMatches)).toBe(true);
    const claim = drafts[2];
    expect(claim?.attributes).toEqual({
      claimType: 'factual',
      checkWorthy: true,
      verdict: ['disputed', 'false'],
    });
    expect(claim?.links).toEqual({ source: 'T1', cue: 'T2' });
    expect(claim?.note).toBe('=cmd|calc second line');
    expect(drafts[3]?.wikidataQid).toBe('Q232');
  });
});

describe('brat names', () => {
  it('writes spaced attribute names and values with _ and reports it', () => {
    const { output, lossiness } = exportBrat(
      sampleInput([span('b1', 'gpe', 'pays', { attributes: { 'claim type': 'very true' } })]),
    );
    expect(output[1]?.content).toContain('\tclaim_type T5 very_true\n');
    expect(lossiness.dropped).toContainEqual({
      what: 'attribute names or values with spaces (written with _)',
      count: 1,
    });
  });
});

describe('brat import of hostile files', () => {
  it('refuses bad lines one by one and keeps the rest', () => {
    const ann = [
      'T1\tX 0 2\tab',
      'T2\tX 5 2\tzz',
      'T3\tX 0 99999999999999999999\tzz',
      'T4\tX 0 50\tzz',
      'garbage',
      'A1\tFlag T9',
      'R1\tsource Arg1:T1 Arg2:T7',
      'E1\tEvent:T1',
      'T5\tX 1 3\tWRONG',
      '',
    ].join('\n');
    const result = importBrat([
      { path: 'a.txt', content: 'abcd' },
      { path: 'a.ann', content: ann },
      { path: 'orphan.ann', content: 'T1\tX 0 1\ta' },
    ]);
    const drafts = importedDrafts(result);
    expect(drafts.map((d) => d.localId)).toEqual(['T1', 'T5']);
    expect(drafts[1]?.quoteMatches).toBe(false);
    const errors = result.items.filter((i) => i.kind === 'error');
    expect(errors).toHaveLength(8);
    expect(errors.map((e) => e.location)).toContain('orphan.ann');
  });
});
