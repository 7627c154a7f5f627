import { describe, expect, it } from 'vitest';
import { importedDrafts } from '../shared/import-result';
import { sampleInput, span } from '../shared/testing';
import { exportSemEval, SEMEVAL_SPANS_FILE } from './semeval-export';
import { importSemEval } from './semeval-import';

describe('SemEval span TSV', () => {
  const { output, lossiness } = exportSemEval(sampleInput([span('a6', 'loaded', 'pays')]));
  const spans = output.files.find((f) => f.path === SEMEVAL_SPANS_FILE)?.content ?? '';

  it('writes techniques only, offsets into the article file with its title lines', () => {
    const article = output.files[0];
    expect(article?.path).toBe('article1.txt');
    expect(article?.content.startsWith('Titre\n\nLe 😀')).toBe(true);
    // 'Titre\n\n' adds 7 code points before the text's own offsets 44 and 49.
    expect(spans).toBe('1\tLoaded_Language\t51\t55\n1\tLoaded_Language\t56\t61\n');
    expect(lossiness.dropped).toContainEqual({ what: 'non-technique labels', count: 4 });
  });

  it('round-trips against the article files', () => {
    const result = importSemEval(spans, output.files);
    const drafts = importedDrafts(result);
    const text = result.articles[0]?.text ?? '';
    expect(drafts.map((d) => text.slice(d.span.start, d.span.end))).toEqual(['pays', 'libre']);
    expect(drafts[0]?.label).toBe('Loaded_Language');
  });

  it('maps PTC labels and keeps the original string', () => {
    const files = [{ path: 'train/article111.txt', content: 'Title\n\nEither us or chaos. Stop.' }];
    const tsv = '111\tBlack-and-White_Fallacy\t7\t26\n111\tThought-terminating_Cliches\t27\t32\n';
    const drafts = importedDrafts(importSemEval(tsv, files));
    expect(drafts.map((d) => [d.label, d.attributes])).toEqual([
      ['False_Dilemma-No_Choice', { ptc2020Label: 'Black-and-White_Fallacy' }],
      ['Conversation_Killer', { ptc2020Label: 'Thought-terminating_Cliches' }],
    ]);
  });

  it('refuses hostile lines one by one', () => {
    const files = [{ path: 'article1.txt', content: 'abc' }];
    const tsv = [
      '1\tX\t0\t2',
      '1\tX\t2\t1',
      '1\tX\t0\t4',
      '1\tX\t0\t1e9',
      '2\tX\t0\t1',
      'junk',
      '1\tX\t0\t99999999999999999999',
    ].join('\n');
    const result = importSemEval(tsv, files);
    expect(importedDrafts(result)).toHaveLength(1);
    expect(result.items.filter((i) => i.kind === 'error')).toHaveLength(6);
  });
});
