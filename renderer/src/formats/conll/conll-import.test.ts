import { describe, expect, it } from 'vitest';
import { loadDefaultCodebook } from '../../codebook/default-codebook';
import { normaliseText } from '../../text/normal-form';
import type { ImportItem } from '../shared/import-result';
import { sampleInput, TEXT } from '../shared/testing';
import { exportConll } from './conll-export';
import { importConll } from './conll-import';
import { sharedTypeNotes } from './conll-types';

/** The library's copy of the sample article: stored texts are in normal form. */
const LIBRARY = [{ id: 'art-1', title: 'Titre', text: normaliseText(TEXT) }];

/** Each imported draft as `label: quoted text`, in file order. */
function quoted(items: readonly ImportItem[], texts: Map<string, string>): string[] {
  return items.flatMap((item) =>
    item.kind === 'imported'
      ? [
          `${item.draft.label}: ${texts.get(item.draft.articleKey)!.slice(item.draft.span.start, item.draft.span.end)}`,
        ]
      : [],
  );
}

const textsOf = (read: ReturnType<typeof importConll>) =>
  new Map(read.articles.map((a) => [a.key, a.text]));

// The first document of CoNLL-2003's English training file, as distributed: four
// space-separated columns, a -DOCSTART- line, IOB1 (entities open with I-).
const CONLL_2003 = [
  '-DOCSTART- -X- -X- O',
  '',
  'EU NNP B-NP I-ORG',
  'rejects VBZ B-VP O',
  'German JJ B-NP I-MISC',
  'call NN I-NP O',
  'to TO B-VP O',
  'boycott VB I-VP O',
  'British JJ B-NP I-MISC',
  'lamb NN I-NP O',
  '. . O O',
  '',
  'Peter NNP B-NP I-PER',
  'Blackburn NNP I-NP I-PER',
  '',
].join('\n');

describe('importConll', () => {
  it("gives Sourcemark's own export back: the same entities on the library's article", () => {
    const { output } = exportConll(sampleInput());
    const read = importConll(output, 'set.conll', LIBRARY);
    expect(read.articles.map((a) => a.key)).toEqual(['art-1']);
    expect(read.articles[0]!.text).toBe(LIBRARY[0]!.text);
    // The person and the place the export wrote, on the stored (NFC) text.
    expect(quoted(read.items, textsOf(read))).toEqual(['PER: ministré', 'LOC: Kazakhstan']);
    expect(read.scheme).toBe('IOB2');
    expect(read.notes).toEqual([]);
  });

  it('reads CoNLL-2003 as distributed (IOB1) and builds an article from its tokens', () => {
    const read = importConll(CONLL_2003, 'eng.train', LIBRARY);
    expect(read.scheme).toBe('IOB1');
    expect(read.articles).toEqual([
      {
        key: 'eng.train#1',
        text: 'EU rejects German call to boycott British lamb .\nPeter Blackburn',
        title: 'EU rejects German call to boycott British lamb .',
        fileName: 'eng.train #1',
      },
    ]);
    expect(quoted(read.items, textsOf(read))).toEqual([
      'ORG: EU',
      'MISC: German',
      'MISC: British',
      'PER: Peter Blackburn',
    ]);
    // I- opening an entity is IOB1's rule, not a repair; the new article is said.
    expect(read.notes).toHaveLength(2);
    expect(read.notes[0]).toMatch(/^Read as IOB1/);
    expect(read.notes[1]).toMatch(/^1 of 1 documents match no library article/);
    expect(read.items.map((i) => i.location)).toEqual([
      'eng.train:3',
      'eng.train:5',
      'eng.train:9',
      'eng.train:13',
    ]);
  });

  it('repairs an IOB2 entity that opens with I-, and says where', () => {
    const file = [
      '-DOCSTART-\tO',
      '',
      'Le\tO',
      'ministre\tB-PER',
      'a\tO',
      'dit\tO',
      'Kazakhstan\tI-LOC',
      '',
    ].join('\n');
    const read = importConll(file, 'x.conll', []);
    expect(read.scheme).toBe('IOB2');
    expect(quoted(read.items, textsOf(read))).toEqual(['PER: ministre', 'LOC: Kazakhstan']);
    expect(read.notes[0]).toContain('1 entities open with I- where IOB2 needs B-');
    expect(read.notes[0]).toContain('x.conll:7 I-LOC after O read as B-LOC');
  });

  it('finds a document inside a library article once, and never guesses between two', () => {
    const excerpt = ['le\tO', 'Kazakhstan\tB-LOC', 'est\tO', 'un\tO', 'pays\tO', ''].join('\n');
    const found = importConll(excerpt, 'x.conll', LIBRARY);
    expect(found.articles.map((a) => a.key)).toEqual(['art-1']);
    expect(quoted(found.items, textsOf(found))).toEqual(['LOC: Kazakhstan']);
    const twice = [...LIBRARY, { id: 'art-2', title: 'Copie', text: `Avant. ${LIBRARY[0]!.text}` }];
    const ambiguous = importConll(excerpt, 'x.conll', twice);
    expect(ambiguous.articles.map((a) => a.key)).toEqual(['x.conll#1']);
    expect(ambiguous.articles[0]!.text).toBe('le Kazakhstan est un pays');
  });

  it('keeps reading past a line whose tag is not IOB, and reports it', () => {
    const file = ['Bakou\tB-LOC', 'dit\tB_PER', 'Aliyev\tB-PER', ''].join('\n');
    const read = importConll(file, 'x.conll', []);
    expect(read.items.filter((i) => i.kind === 'error')).toEqual([
      {
        kind: 'error',
        location: 'x.conll:2',
        reason: 'tag “B_PER” is not O, B-TYPE or I-TYPE; its token is read as outside any entity',
      },
    ]);
    expect(quoted(read.items, textsOf(read))).toEqual(['LOC: Bakou', 'PER: Aliyev']);
    expect(read.articles[0]!.text).toBe('Bakou dit Aliyev');
  });
});

describe('sharedTypeNotes', () => {
  it('says which item a CoNLL type several items share was given, and the others', () => {
    const { items } = loadDefaultCodebook();
    // As the importers' matcher does: the first item whose label or external label it is.
    const first = (label: string) => items.find((i) => i.externalLabels.conll === label)?.id;
    const notes = sharedTypeNotes(['PER', 'LOC'], items, first);
    expect(notes).toEqual([
      'LOC entities were given “Country, city or state”; CoNLL cannot tell it from “Location”, “Facility”: change them where they mean another.',
    ]);
  });
});
