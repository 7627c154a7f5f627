import {
  $getRoot,
  $isElementNode,
  createEditor,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical';
import { describe, expect, it } from 'vitest';
import { $allParagraphs, PARAGRAPHS_PER_BLOCK } from '../reader/article-blocks';
import { $isArticleBlockNode, ArticleBlockNode } from '../reader/ArticleBlockNode';
import { paragraphStartOffsets } from '../reader/paragraph-offsets';
import { $isAnnotationMarkNode, AnnotationMarkNode } from './AnnotationMarkNode';
import {
  $appendParagraphs,
  $renderArticle,
  $renderParagraphs,
  lineText,
} from './article-rendering';
import { segmentsByParagraph, segmentsOfParagraph } from './paragraph-segments';

const TEXT = 'Titre 😀\n\nLe ministre Baïramov a parlé.\nFin.';
const starts = paragraphStartOffsets(TEXT);
const at = (phrase: string) => TEXT.indexOf(phrase);
const span = (id: string, phrase: string) => ({
  id,
  start: at(phrase),
  end: at(phrase) + phrase.length,
});

function headlessEditor(): LexicalEditor {
  return createEditor({
    namespace: 'article-rendering-test',
    nodes: [ArticleBlockNode, AnnotationMarkNode],
    onError: (error) => {
      throw error;
    },
  });
}

/** Each paragraph as a list of [text, ids | null] runs. */
function runsOf(editor: LexicalEditor): [string, string[] | null][][] {
  return editor
    .getEditorState()
    .read(() =>
      $allParagraphs().map((paragraph) =>
        $isElementNode(paragraph)
          ? paragraph
              .getChildren()
              .map((child): [string, string[] | null] => [
                child.getTextContent(),
                $isAnnotationMarkNode(child) ? child.getIDs() : null,
              ])
          : [],
      ),
    );
}

function keysOf(editor: LexicalEditor): string[][] {
  const collect = (node: LexicalNode): string[] => [
    node.getKey(),
    ...($isElementNode(node) ? node.getChildren().flatMap(collect) : []),
  ];
  return editor.getEditorState().read(() => $allParagraphs().map(collect));
}

function render(editor: LexicalEditor, spans: ReturnType<typeof span>[]): void {
  editor.update(() => $renderArticle(TEXT, starts, segmentsByParagraph(spans, starts)), {
    discrete: true,
  });
}

describe('lineText', () => {
  it('answers each line without its line feed', () => {
    expect(starts.map((_, index) => lineText(TEXT, starts, index))).toEqual(TEXT.split('\n'));
  });
});

describe('$renderArticle', () => {
  it('makes one paragraph per line, blank lines included, with the exact text', () => {
    const editor = headlessEditor();
    render(editor, []);
    expect(runsOf(editor)).toEqual([
      [['Titre 😀', null]],
      [],
      [['Le ministre Baïramov a parlé.', null]],
      [['Fin.', null]],
    ]);
  });

  it('cuts marks at overlaps, carrying every covering id outer first', () => {
    const editor = headlessEditor();
    render(editor, [span('inner', 'Baïramov'), span('outer', 'ministre Baïramov a')]);
    expect(runsOf(editor)[2]).toEqual([
      ['Le ', null],
      ['ministre ', ['outer']],
      ['Baïramov', ['outer', 'inner']],
      [' a', ['outer']],
      [' parlé.', null],
    ]);
  });

  it('splits a span crossing lines into one mark per paragraph', () => {
    const editor = headlessEditor();
    render(editor, [{ id: 'long', start: at('😀'), end: at('Le') + 2 }]);
    const runs = runsOf(editor);
    expect(runs[0]).toEqual([
      ['Titre ', null],
      ['😀', ['long']],
    ]);
    expect(runs[1]).toEqual([]);
    expect(runs[2]![0]).toEqual(['Le', ['long']]);
  });

  it('replaces what was there before', () => {
    const editor = headlessEditor();
    render(editor, [span('a', 'Fin')]);
    render(editor, []);
    expect(runsOf(editor)).toHaveLength(4);
    expect(runsOf(editor)[3]).toEqual([['Fin.', null]]);
  });
});

describe('$renderParagraphs', () => {
  it('re-renders the asked paragraphs only: other paragraphs keep their node keys', () => {
    const editor = headlessEditor();
    const before = [span('title', 'Titre'), span('end', 'Fin')];
    render(editor, before);
    const keysBefore = keysOf(editor);

    const after = [...before, span('person', 'Baïramov')];
    editor.update(
      () =>
        $renderParagraphs(TEXT, starts, [2], (index) => segmentsOfParagraph(after, starts, index)),
      { discrete: true },
    );
    const keysAfter = keysOf(editor);
    expect(runsOf(editor)[2]).toEqual([
      ['Le ministre ', null],
      ['Baïramov', ['person']],
      [' a parlé.', null],
    ]);
    expect(keysAfter[0]).toEqual(keysBefore[0]);
    expect(keysAfter[1]).toEqual(keysBefore[1]);
    expect(keysAfter[3]).toEqual(keysBefore[3]);
    // The paragraph node itself stays; its children are new.
    expect(keysAfter[2]![0]).toBe(keysBefore[2]![0]);
    expect(keysAfter[2]!.slice(1)).not.toEqual(keysBefore[2]!.slice(1));
  });

  it('gives the same content as a full render of the new spans', () => {
    const partial = headlessEditor();
    const spans = [span('a', 'Titre'), span('b', 'ministre')];
    render(partial, [span('a', 'Titre')]);
    partial.update(
      () =>
        $renderParagraphs(TEXT, starts, [2], (index) => segmentsOfParagraph(spans, starts, index)),
      { discrete: true },
    );
    const full = headlessEditor();
    render(full, spans);
    expect(runsOf(partial)).toEqual(runsOf(full));
  });

  it('removes a mark when its annotation is gone', () => {
    const editor = headlessEditor();
    render(editor, [span('end', 'Fin')]);
    editor.update(() => $renderParagraphs(TEXT, starts, [3], () => []), { discrete: true });
    expect(runsOf(editor)[3]).toEqual([['Fin.', null]]);
  });

  it('skips an index past the last paragraph', () => {
    const editor = headlessEditor();
    render(editor, []);
    editor.update(() => $renderParagraphs(TEXT, starts, [9], () => []), { discrete: true });
    expect(runsOf(editor)).toHaveLength(4);
  });
});

describe('blocks', () => {
  // 130 lines, line 5 long enough to wrap over three rows.
  const LONG = Array.from({ length: 130 }, (_, index) =>
    index === 5 ? 'x'.repeat(150) : `line ${index}`,
  ).join('\n');
  const longStarts = paragraphStartOffsets(LONG);

  function blockSizes(editor: LexicalEditor): [number, number][] {
    return editor.getEditorState().read(() =>
      $getRoot()
        .getChildren()
        .map((block): [number, number] =>
          $isArticleBlockNode(block) ? [block.getChildrenSize(), block.getRows()] : [-1, -1],
        ),
    );
  }

  it(`groups lines ${PARAGRAPHS_PER_BLOCK} to a block, with their estimated rows`, () => {
    const editor = headlessEditor();
    editor.update(() => $renderArticle(LONG, longStarts, new Map()), { discrete: true });
    expect(blockSizes(editor)).toEqual([
      [50, 52],
      [50, 50],
      [30, 30],
    ]);
  });

  it('builds in chunks that fill the last block first, as one full build would', () => {
    const editor = headlessEditor();
    for (const [from, to] of [
      [0, 20],
      [20, 120],
      [120, 600],
    ] as const) {
      editor.update(() => $appendParagraphs(LONG, longStarts, from, to, new Map()), {
        discrete: true,
      });
    }
    expect(blockSizes(editor)).toEqual([
      [50, 52],
      [50, 50],
      [30, 30],
    ]);
    expect(runsOf(editor).map((runs) => runs[0]?.[0] ?? '')).toEqual(LONG.split('\n'));
  });
});

describe('$renderParagraphs in a line of many marks', () => {
  it('keeps the marks around a new tag and replaces only the run it splits', () => {
    const editor = headlessEditor();
    const words = ['Le', 'ministre', 'parlé'];
    const before = words.map((word) => span(word, word));
    render(editor, before);
    const keysBefore = keysOf(editor)[2]!;

    const after = [...before, span('person', 'Baïramov')];
    editor.update(
      () =>
        $renderParagraphs(TEXT, starts, [2], (index) => segmentsOfParagraph(after, starts, index)),
      { discrete: true },
    );
    const full = headlessEditor();
    render(full, after);
    expect(runsOf(editor)).toEqual(runsOf(full));
    const keysAfter = keysOf(editor)[2]!;
    // The paragraph, 'Le', ' ', 'ministre' (marks with their text) stay at the start;
    // 'parlé' and '.' at the end; only ' Baïramov a ' is split into new runs.
    expect(keysAfter.slice(0, 6)).toEqual(keysBefore.slice(0, 6));
    expect(keysAfter.slice(-3)).toEqual(keysBefore.slice(-3));
    expect(keysAfter).toHaveLength(keysBefore.length + 3);
  });
});
