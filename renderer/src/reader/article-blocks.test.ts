import {
  $createParagraphNode,
  $createRangeSelection,
  $createTextNode,
  $getRoot,
  $isElementNode,
  createEditor,
  type LexicalEditor,
} from 'lexical';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  $allParagraphs,
  $paragraphAt,
  $paragraphCount,
  $paragraphIndexOf,
  PARAGRAPHS_PER_BLOCK,
} from './article-blocks';
import { $createArticleBlockNode, $isArticleBlockNode, ArticleBlockNode } from './ArticleBlockNode';
import { $setArticleParagraphs } from './article-paragraphs';
import { paragraphStartOffsets } from './paragraph-offsets';
import { $textRangeOfSelection } from './selection-offsets';

// Two full blocks and a partial one; line `i` reads `line i`.
const LINES = Array.from({ length: PARAGRAPHS_PER_BLOCK * 2 + 7 }, (_, index) => `line ${index}`);
const TEXT = LINES.join('\n');
const starts = paragraphStartOffsets(TEXT);

let editor: LexicalEditor;
beforeEach(() => {
  editor = createEditor({
    editable: false,
    nodes: [ArticleBlockNode],
    onError: (error) => {
      throw error;
    },
  });
});

function buildBlocks(): void {
  editor.update(
    () => {
      const root = $getRoot();
      root.clear();
      for (let from = 0; from < LINES.length; from += PARAGRAPHS_PER_BLOCK) {
        const block = $createArticleBlockNode();
        block.append(
          ...LINES.slice(from, from + PARAGRAPHS_PER_BLOCK).map((line) =>
            $createParagraphNode().append($createTextNode(line)),
          ),
        );
        root.append(block);
      }
    },
    { discrete: true },
  );
}

describe('paragraphs in blocks', () => {
  beforeEach(buildBlocks);

  it('finds paragraph i at line i, across blocks, and nothing past the end', () => {
    editor.read(() => {
      expect($getRoot().getChildrenSize()).toBe(3);
      for (const index of [0, 49, 50, 99, 100, 106]) {
        const paragraph = $paragraphAt(index);
        expect(paragraph?.getTextContent()).toBe(`line ${index}`);
        expect($paragraphIndexOf(paragraph!)).toBe(index);
      }
      expect($paragraphAt(107)).toBeNull();
      expect($paragraphCount()).toBe(LINES.length);
      expect($allParagraphs().map((node) => node.getTextContent())).toEqual(LINES);
    });
  });

  it('maps a selection inside a block of the middle to stored offsets', () => {
    editor.read(() => {
      const selection = $createRangeSelection();
      const first = $paragraphAt(60);
      const last = $paragraphAt(101);
      if (!$isElementNode(first) || !$isElementNode(last)) throw new Error('no paragraph');
      selection.anchor.set(first.getFirstChildOrThrow().getKey(), 2, 'text');
      selection.focus.set(last.getFirstChildOrThrow().getKey(), 4, 'text');
      expect($textRangeOfSelection(selection, starts)).toEqual({
        start: starts[60]! + 2,
        end: starts[101]! + 4,
      });
    });
  });

  it('maps points on a block or on the root to paragraph boundaries', () => {
    editor.read(() => {
      const second = $getRoot().getChildAtIndex(1);
      const last = $getRoot().getLastChild();
      if (!$isArticleBlockNode(second) || !$isArticleBlockNode(last)) throw new Error('no block');
      const selection = $createRangeSelection();
      // Before line 53 (child 3 of the second block) to the end of the last block.
      selection.anchor.set(second.getKey(), 3, 'element');
      selection.focus.set(last.getKey(), last.getChildrenSize(), 'element');
      expect($textRangeOfSelection(selection, starts)).toEqual({
        start: starts[53],
        end: TEXT.length,
      });
      // On the root: before block 1 (line 50) to past the last block.
      selection.anchor.set($getRoot().getKey(), 1, 'element');
      selection.focus.set($getRoot().getKey(), 3, 'element');
      expect($textRangeOfSelection(selection, starts)).toEqual({
        start: starts[50],
        end: TEXT.length,
      });
    });
  });
});

describe('paragraphs under the root (the plain reader)', () => {
  it('are read by the same functions', () => {
    editor.update(() => $setArticleParagraphs(TEXT), { discrete: true });
    editor.read(() => {
      expect($paragraphAt(77)?.getTextContent()).toBe('line 77');
      expect($paragraphIndexOf($paragraphAt(77)!)).toBe(77);
      expect($paragraphCount()).toBe(LINES.length);
      expect($allParagraphs()).toHaveLength(LINES.length);
    });
  });
});
