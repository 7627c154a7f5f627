import {
  $createRangeSelection,
  $getRoot,
  $isElementNode,
  $isTextNode,
  createEditor,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical';
import { beforeEach, describe, expect, it } from 'vitest';
import { $setArticleParagraphs } from './article-paragraphs';
import { paragraphStartOffsets } from './paragraph-offsets';
import { $textRangeOfSelection, type TextRange } from './selection-offsets';

// Blank lines, an emoji outside the BMP and a combining mark: offsets are UTF-16 units.
const TEXT = 'Titre 🇦🇿\n\nBakou, 11 mars 😀\nCafe\u0301 et the\u0301\n';
const starts = paragraphStartOffsets(TEXT);

let editor: LexicalEditor;
beforeEach(() => {
  editor = createEditor({
    editable: false,
    onError: (error) => {
      throw error;
    },
  });
  editor.update(() => $setArticleParagraphs(TEXT), { discrete: true });
});

type PointSpec = [paragraph: number, offset: number, type?: 'text' | 'element'];

/** Reads the stored-text range of a selection given as (paragraph, offset) points. */
function rangeOf(anchor: PointSpec, focus: PointSpec): TextRange | null {
  let range: TextRange | null = null;
  editor.read(() => {
    const selection = $createRangeSelection();
    const place = (point: typeof selection.anchor, [index, offset, type = 'text']: PointSpec) => {
      const paragraph = $getRoot().getChildAtIndex(index);
      const node: LexicalNode | null =
        type === 'text' && $isElementNode(paragraph) ? paragraph.getFirstChild() : paragraph;
      if (node === null) throw new Error(`no node in paragraph ${index}`);
      point.set(node.getKey(), offset, type === 'text' && $isTextNode(node) ? 'text' : 'element');
    };
    place(selection.anchor, anchor);
    place(selection.focus, focus);
    range = $textRangeOfSelection(selection, starts);
  });
  return range;
}

describe('$setArticleParagraphs', () => {
  it('makes one paragraph per line, empty lines as empty paragraphs', () => {
    editor.read(() => {
      const paragraphs = $getRoot().getChildren();
      expect(paragraphs.map((node) => node.getTextContent())).toEqual(TEXT.split('\n'));
      expect($isElementNode(paragraphs[1]) && paragraphs[1].getChildrenSize()).toBe(0);
    });
  });
});

describe('$textRangeOfSelection', () => {
  it('maps a selection inside one paragraph', () => {
    const from = 'Bakou, '.length;
    const range = rangeOf([2, from], [2, from + '11 mars'.length]);
    expect(range).not.toBeNull();
    expect(TEXT.slice(range!.start, range!.end)).toBe('11 mars');
  });

  it('counts emoji as two units and combining marks as one', () => {
    const paragraph = 'Bakou, 11 mars 😀';
    const range = rangeOf([2, paragraph.indexOf('😀')], [2, paragraph.length]);
    expect(TEXT.slice(range!.start, range!.end)).toBe('😀');
    expect(range!.end - range!.start).toBe(2);

    const line = 'Cafe\u0301 et the\u0301';
    const accent = rangeOf([3, 0], [3, line.indexOf(' et')]);
    expect(TEXT.slice(accent!.start, accent!.end)).toBe('Cafe\u0301');
    expect(accent!.end - accent!.start).toBe(5);
  });

  it('orders a backward selection spanning paragraphs, blank lines included', () => {
    const range = rangeOf([2, 5], [0, 2]);
    expect(TEXT.slice(range!.start, range!.end)).toBe('tre 🇦🇿\n\nBakou');
  });

  it('maps element points, such as a caret in an empty paragraph', () => {
    expect(rangeOf([1, 0, 'element'], [1, 0, 'element'])).toEqual({
      start: starts[1],
      end: starts[1],
    });
    const wholeLine = rangeOf([3, 0, 'element'], [3, 1, 'element']);
    expect(TEXT.slice(wholeLine!.start, wholeLine!.end)).toBe('Cafe\u0301 et the\u0301');
  });

  it('answers null when there is no range selection', () => {
    editor.read(() => expect($textRangeOfSelection(null, starts)).toBeNull());
  });
});
