// @vitest-environment jsdom
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $isElementNode,
  createEditor,
} from 'lexical';
import { describe, expect, it } from 'vitest';
import {
  $skipRootTextComparison,
  compactNodeMaps,
  flattenTextCaches,
  nurserySize,
} from './lexical-upkeep';

function editorWithLines() {
  const editor = createEditor({
    namespace: 'upkeep-test',
    onError: (error) => {
      throw error;
    },
  });
  editor.setRootElement(document.createElement('div'));
  const lines = (from: number, count: number) =>
    Array.from({ length: count }, (_, i) => {
      const paragraph = $createParagraphNode();
      paragraph.append($createTextNode(`line ${from + i}`));
      return paragraph;
    });
  // Enough nodes for Lexical's copy-on-write maps, then more written in a later update.
  editor.update(() => $getRoot().append(...lines(0, 1_500)), { discrete: true });
  editor.update(() => $getRoot().append(...lines(1_500, 400)), { discrete: true });
  return { editor, lines };
}

const textOf = (editor: ReturnType<typeof createEditor>) =>
  editor.getEditorState().read(() => $getRoot().getTextContent());

describe('Lexical upkeep', () => {
  it('compacting empties what the next update would copy, and keeps every node', () => {
    const { editor, lines } = editorWithLines();
    expect(nurserySize(editor)).toBeGreaterThan(0);
    const before = textOf(editor);

    compactNodeMaps(editor);
    expect(nurserySize(editor)).toBe(0);
    expect(textOf(editor)).toBe(before);
    editor.update(() => $getRoot().append(...lines(1_900, 1)), { discrete: true });
    expect(editor.getEditorState().read(() => $getRoot().getChildrenSize())).toBe(1_901);
    expect(nurserySize(editor)).toBeLessThan(10);
  });

  it('flattening the cached texts changes neither the text nor the page', () => {
    const { editor, lines } = editorWithLines();
    const root = editor.getRootElement()!;
    const before = { text: textOf(editor), html: root.innerHTML };
    flattenTextCaches(editor);
    expect(textOf(editor)).toBe(before.text);
    expect(root.innerHTML).toBe(before.html);
    editor.update(() => $getRoot().append(...lines(1_900, 1)), { discrete: true });
    expect(textOf(editor)).toBe(`${before.text}\n\nline 1900`);
  });

  it('a marks-only update stores the root text without comparing the whole text', () => {
    const { editor } = editorWithLines();
    const before = textOf(editor);
    const restyleLine = (index: number) => {
      let cached: string | null = null;
      editor.update(
        () => {
          $skipRootTextComparison(editor);
          // What the reconciliation will compare the new text with: nothing to walk.
          cached = ($getRoot() as unknown as { __cachedText: string | null }).__cachedText;
          const line = $getRoot().getChildAtIndex(index);
          if (!$isElementNode(line)) throw new Error('no line');
          // Same text, new nodes: what re-rendering a line's marks does.
          line.clear().append($createTextNode(`line ${index}`));
        },
        { discrete: true },
      );
      return cached;
    };

    expect(restyleLine(8)).toBe('');
    expect(textOf(editor)).toBe(before);
    expect(editor.getRootElement()!.children[8]!.textContent).toBe('line 8');
    expect(restyleLine(9)).toBe('');
    expect(textOf(editor)).toBe(before);
  });

  it('an update that changes nothing keeps the root text', () => {
    const { editor } = editorWithLines();
    const before = textOf(editor);
    editor.update(() => $skipRootTextComparison(editor), { discrete: true });
    expect(textOf(editor)).toBe(before);
  });
});
