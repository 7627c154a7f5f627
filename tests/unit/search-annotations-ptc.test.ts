// Annotation conditions checked on real, professional annotations: the PTC sample's 662
// spans. `matchingAnnotations` reads only the rows that can match, and the allowed articles'
// own rows only as each is asked for; what it picks must be what checking every annotation
// in full picks, in the store's order.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../renderer/src/annotation/types';
import { labelsMatch, otherConditionsMatch } from '../../renderer/src/search/annotation-match';
import { AnnotationStore } from '../../renderer/src/search/annotation-store';
import { matchingAnnotations } from '../../renderer/src/search/matching-annotations';
import {
  conditions,
  idsByArticle,
  names,
  span,
  vocabulary,
} from '../../renderer/src/testing/annotation-conditions';

describe('annotation conditions over the PTC sample', () => {
  it('picks what checking every annotation picks, on the PTC sample’s 662 spans', () => {
    // The sample's technique spans as the codebook's items (`Name_Calling,Labeling` →
    // `technique.name-calling`; those the codebook lacks stay unknown items), every fourth a
    // claim with a verdict, two authors, a note on some.
    const folder = join(import.meta.dirname, '..', 'fixtures', 'ptc-sample-40', 'labels-technique');
    const rows: Annotation[] = [];
    for (const file of readdirSync(folder).sort()) {
      for (const line of readFileSync(join(folder, file), 'utf8').split('\n').filter(Boolean)) {
        const [articleId, technique, start, end] = line.split('\t') as [
          string,
          string,
          string,
          string,
        ];
        const n = rows.length;
        const isClaim = n % 4 === 0;
        const itemId = isClaim
          ? 'claim.claim'
          : `technique.${technique.split(',')[0]!.toLowerCase().replaceAll('_', '-')}`;
        const verdict = ['false', 'supported', 'disputed'][n % 3]!;
        rows.push({
          ...span(`p${n}`, articleId, itemId, isClaim ? { verdict } : {}),
          span: { start: Number(start), end: Number(end) },
          author: n % 2 === 0 ? 'ana' : 'bob',
          note: n % 5 === 0 ? 'Checked against the source' : '',
        } as Annotation);
      }
    }
    expect(rows).toHaveLength(662);
    const store = new AnnotationStore();
    store.reset(rows);
    const articles = [...new Set(rows.map((row) => row.articleId))];
    const everyCheck = (ids: readonly string[], query: string) => {
      const wanted = conditions(query);
      const out: Record<string, string[]> = {};
      for (const articleId of ids) {
        const picked = [...store.ofArticle(articleId)].filter(
          (a) =>
            a.kind === 'span' &&
            labelsMatch(a.itemId, wanted.labels, vocabulary) &&
            otherConditionsMatch(a, wanted, vocabulary, names),
        );
        if (picked.length > 0) out[articleId] = picked.map((a) => a.id);
      }
      return out;
    };
    const queries = [
      'label:technique',
      'label:doubt',
      'label:loaded-language',
      'label:claim verdict=false',
      'verdict=supported',
      'label:technique analyst:ana',
      'label:claim note:checked',
      'label:repetition',
    ];
    // All the articles (the label's rows are fewer), a few (their own rows are) and half.
    const allowedSets = [articles, articles.slice(0, 3), articles.filter((_, i) => i % 2 === 0)];
    let compared = 0;
    for (const allowed of allowedSets) {
      for (const query of queries) {
        const expected = everyCheck(allowed, query);
        const matched = matchingAnnotations(store, allowed, conditions(query), vocabulary, names);
        expect(idsByArticle(matched), `${query} over ${allowed.length} articles`).toEqual(expected);
        compared += Object.keys(expected).length;
      }
    }
    expect(compared).toBeGreaterThan(100);
  });
});
