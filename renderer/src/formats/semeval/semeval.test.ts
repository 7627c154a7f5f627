import { describe, expect, it } from 'vitest';
import type { ArticleId, CodebookItemId } from '../../annotation/types';
import { normaliseText } from '../../text/normal-form';
import type { ExportInput, ExportLabel } from '../shared/export-input';
import { importedDrafts } from '../shared/import-result';
import { sampleInput, span, TEXT, TEXT_SHA256 } from '../shared/testing';
import { exportSemEval, SEMEVAL_SPANS_FILE } from './semeval-export';
import { importSemEval } from './semeval-import';

/** The sample's SemEval id: its file is no `article<ID>.txt`, so the first 48 bits of its hash. */
const HASH_ID = String(parseInt(TEXT_SHA256.slice(0, 12), 16));

describe('SemEval span TSV', () => {
  const { output, lossiness, written } = exportSemEval(sampleInput([span('a6', 'loaded', 'pays')]));
  const spans = output.files.find((f) => f.path === SEMEVAL_SPANS_FILE)?.content ?? '';

  it('writes techniques only, offsets into the article file, which is the text with no title added', () => {
    const article = output.files[0];
    expect(article?.path).toBe(`article${HASH_ID}.txt`);
    expect(article?.content).toBe(TEXT);
    // Code points: the emoji before the spans is one, not two.
    expect(spans).toBe(
      `${HASH_ID}\tLoaded_Language\t44\t48\n${HASH_ID}\tLoaded_Language\t49\t54\n`,
    );
    expect(written).toBe(2);
    expect(lossiness.dropped).toContainEqual({ what: 'non-technique labels', count: 4 });
    expect(output.notes[0]).toMatch(/^1 article has no article<ID>.txt file name/);
  });

  it('round-trips against the article files', () => {
    const result = importSemEval([{ path: SEMEVAL_SPANS_FILE, content: spans }], output.files);
    const drafts = importedDrafts(result);
    const text = result.articles[0]?.text ?? '';
    expect(drafts.map((d) => text.slice(d.span.start, d.span.end))).toEqual(['pays', 'libre']);
    expect(drafts[0]?.label).toBe('Loaded_Language');
  });

  it('keeps the id of an article<ID>.txt file; the same text always gets the same hash id', () => {
    const input = sampleInput();
    const second = {
      ...input.articles[0]!,
      id: 'art-2' as ArticleId,
      sourceName: 'article111111115.txt',
    };
    const third = { ...second, id: 'art-3' as ArticleId, textSha256: 'f'.repeat(64) };
    const ids = exportSemEval({ ...input, articles: [input.articles[0]!, second, third] }).output
      .ids;
    expect([...ids.values()]).toEqual([
      HASH_ID,
      '111111115',
      // A second file of that name cannot have its id: numbered from its hash.
      String(parseInt('f'.repeat(12), 16)),
    ]);
    // Exported alone, or after others, an article keeps its number.
    const alone = exportSemEval({ ...input, articles: [third, input.articles[0]!] }).output.ids;
    expect(alone.get(input.articles[0]!.id)).toBe(HASH_ID);
  });

  it('maps PTC labels and keeps the original string', () => {
    const files = [{ path: 'train/article111.txt', content: 'Title\n\nEither us or chaos. Stop.' }];
    const tsv = '111\tBlack-and-White_Fallacy\t7\t26\n111\tThought-terminating_Cliches\t27\t32\n';
    const drafts = importedDrafts(importSemEval([{ path: 'spans.tsv', content: tsv }], files));
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
    const result = importSemEval([{ path: 'spans.tsv', content: tsv }], files);
    expect(importedDrafts(result)).toHaveLength(1);
    expect(result.items.filter((i) => i.kind === 'error')).toHaveLength(6);
  });
});

describe('SemEval span files read one by one', () => {
  const files = [
    { path: 'ptc/articles/article7.txt', content: '\uFEFFTitle\n\nEither us or chaos.' },
  ];

  it('names the real file and line of each error', () => {
    const result = importSemEval(
      [
        { path: 'labels-technique/article7.task2-TC.labels', content: '7\tSlogans\t1\t6\n' },
        { path: 'labels-technique/article8.task2-TC.labels', content: '7\tSlogans\t1\t6\njunk\n' },
      ],
      files,
    );
    expect(result.items.filter((i) => i.kind === 'error').map((i) => i.location)).toEqual([
      'labels-technique/article8.task2-TC.labels:2',
    ]);
  });

  it('reads a span file that starts with a byte order mark', () => {
    const spans = [{ path: 'spans.txt', content: '\uFEFF7\tSlogans\t1\t6\n' }];
    expect(importedDrafts(importSemEval(spans, files)).map((d) => d.span)).toEqual([
      { start: 1, end: 6 },
    ]);
  });

  it('imports an unlabelled task1-SI span once: with its technique when a TC line has it', () => {
    const result = importSemEval(
      [
        // SI first in the list: technique files are read first whatever the order.
        { path: 'labels-span/article7.task1-SI.labels', content: '7\t1\t6\n7\t8\t14\n' },
        { path: 'labels-technique/article7.task2-TC.labels', content: '7\tSlogans\t1\t6\n' },
      ],
      files,
    );
    const drafts = importedDrafts(result);
    expect(drafts.map((d) => [d.label, d.span.start, d.attributes])).toEqual([
      ['Slogans', 1, {}],
      ['technique', 8, { ptc2020Unlabelled: true }],
    ]);
    expect(result.notes).toEqual([
      expect.stringMatching(/^1 unlabelled span \(task1-SI\) is also/),
    ]);
  });
});

describe('SemEval export in the PTC 2020 scheme', () => {
  const GIVEN = '\uFEFFTitle\r\n\r\nLe re\u0301gime a de\u0301cide\u0301 : chaos.\r\nFin.';
  const LABELS: Record<string, ExportLabel> = {
    dilemma: {
      label: 'False dilemma',
      externalLabels: {
        semeval2023: 'False_Dilemma-No_Choice',
        ptc2020: 'Black-and-White_Fallacy',
      },
    },
    loaded: {
      label: 'Loaded language',
      externalLabels: { semeval2023: 'Loaded_Language', ptc2020: 'Loaded_Language' },
    },
    distraction: {
      label: 'Distraction',
      externalLabels: { ptc2020: 'Whataboutism,Straw_Men,Red_Herring' },
    },
  };

  /** An article stored as an importer stores a corpus file: normal text, original kept. */
  function ptcInput(): ExportInput {
    const text = normaliseText(GIVEN);
    const at = (exact: string, id: string, item: string, attributes = {}) => ({
      ...span(id, item, 'pays'),
      articleId: 'ptc-1' as ArticleId,
      itemId: item as CodebookItemId,
      attributes,
      span: { start: text.indexOf(exact), end: text.indexOf(exact) + exact.length },
    });
    return {
      ...sampleInput(),
      articles: [
        {
          id: 'ptc-1' as ArticleId,
          title: 'Title',
          text,
          original: GIVEN,
          sourceName: 'article765.txt',
          textSha256: '0'.repeat(64),
        },
        {
          id: 'ptc-2' as ArticleId,
          title: 'Empty',
          text: 'Empty',
          sourceName: 'article766.txt',
          textSha256: '1'.repeat(64),
        },
      ],
      annotations: [
        at('Title', 'p1', 'loaded'),
        at('régime a décidé', 'p2', 'dilemma', { ptc2020Label: 'Black-and-White_Fallacy' }),
        at('chaos', 'p3', 'distraction'),
        // Relabelled since the import: the kept string no longer applies.
        at('Fin', 'p4', 'loaded', { ptc2020Label: 'Black-and-White_Fallacy' }),
      ],
      labelOf: (item) => LABELS[item] ?? { label: item },
    };
  }

  it('writes the corpus layout: the original files, and a label file per article', () => {
    const { output, written, lossiness } = exportSemEval(ptcInput(), 'ptc2020');
    const byPath = new Map(output.files.map((f) => [f.path, f.content]));
    expect([...byPath.keys()]).toEqual([
      'articles/article765.txt',
      'articles/article766.txt',
      'labels-technique/article765.task2-TC.labels',
      'labels-technique/article766.task2-TC.labels',
    ]);
    // Byte order mark, CRLF and decomposed accents as the file had them.
    expect(byPath.get('articles/article765.txt')).toBe(GIVEN);
    expect(byPath.get('labels-technique/article766.task2-TC.labels')).toBe('');
    const lines = byPath.get('labels-technique/article765.task2-TC.labels')!.split('\n');
    const points = Array.from(GIVEN);
    const quoted = lines.filter(Boolean).map((line) => {
      const [id, technique, start, end] = line.split('\t');
      return [id, technique, points.slice(Number(start), Number(end)).join('')];
    });
    expect(quoted).toEqual([
      ['765', 'Loaded_Language', 'Title'],
      ['765', 'Black-and-White_Fallacy', 're\u0301gime a de\u0301cide\u0301'],
      ['765', 'Whataboutism,Straw_Men,Red_Herring', 'chaos'],
      ['765', 'Loaded_Language', 'Fin'],
    ]);
    // The BOM counts as the corpus counts it: "Title" starts at code point 1.
    expect(lines[0]).toBe('765\tLoaded_Language\t1\t6');
    expect(written).toBe(4);
    // The kept PTC string is the scheme's own label, not an attribute lost.
    expect(lossiness.dropped).toEqual([]);
    expect(output.notes).toContainEqual(
      expect.stringMatching(/^1 article is written as the original file/),
    );
  });
});
