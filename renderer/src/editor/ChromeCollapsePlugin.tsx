/**
 * Collapses page chrome in the reader: each block of chrome lines shows as one marker
 * ("Page chrome · 34 lines") that expands on click or Enter. Only DOM attributes on the
 * paragraphs change; the text and its offsets stay whole, so selections and annotations
 * inside chrome still work once expanded.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ParagraphNode } from 'lexical';
import { useEffect, useMemo, useState } from 'react';
import { chromeBlocks, type ChromeRange } from '../chrome/chrome-blocks';
import { $allParagraphs } from '../reader/article-blocks';
import type { ParagraphStarts } from '../reader/paragraph-offsets';

/** What one paragraph shows: chrome state, and for the first of a block its marker. */
interface ChromeAttributes {
  chrome: 'shown' | 'hidden';
  marker?: string;
  block?: string;
}

function setOrRemove(element: HTMLElement, name: string, value: string | undefined): void {
  if (value === undefined) {
    if (element.hasAttribute(name)) element.removeAttribute(name);
  } else if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}

function applyAttributes(element: HTMLElement, wanted: ChromeAttributes | undefined): void {
  setOrRemove(element, 'data-chrome', wanted?.chrome);
  setOrRemove(element, 'data-chrome-marker', wanted?.marker);
  setOrRemove(element, 'data-chrome-block', wanted?.block);
  setOrRemove(element, 'tabindex', wanted?.marker === undefined ? undefined : '0');
  // A collapsed marker is read as the control it is ("Page chrome · 34 lines · show,
  // button, collapsed"), not as the first hidden line it sits on (the menu's "MENU").
  const isCollapsedMarker = wanted?.marker !== undefined && wanted.chrome === 'hidden';
  setOrRemove(element, 'role', isCollapsedMarker ? 'button' : undefined);
  setOrRemove(element, 'aria-label', isCollapsedMarker ? wanted.marker : undefined);
  setOrRemove(element, 'aria-expanded', isCollapsedMarker ? 'false' : undefined);
}

interface ChromeCollapsePluginProps {
  text: string;
  starts: ParagraphStarts;
  ranges: readonly ChromeRange[];
}

/** Marks the paragraphs of chrome blocks, and toggles a block on a click on its marker. */
export function ChromeCollapsePlugin({ text, starts, ranges }: ChromeCollapsePluginProps) {
  const [editor] = useLexicalComposerContext();
  const blocks = useMemo(() => chromeBlocks(text, starts, ranges), [text, starts, ranges]);
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(new Set());

  useEffect(() => {
    const apply = () => {
      const elements = editor
        .getEditorState()
        .read(() => $allParagraphs().map((child) => editor.getElementByKey(child.getKey())));
      const wanted = new Map<HTMLElement, ChromeAttributes>();
      blocks.forEach((block, blockIndex) => {
        const isOpen = expanded.has(blockIndex);
        for (let index = block.firstParagraph; index <= block.lastParagraph; index++) {
          const element = elements[index];
          if (element) wanted.set(element, { chrome: isOpen ? 'shown' : 'hidden' });
        }
        const marker = elements[block.firstParagraph];
        if (!marker) return;
        const lines = `${block.lineCount} ${block.lineCount === 1 ? 'line' : 'lines'}`;
        wanted.set(marker, {
          chrome: isOpen ? 'shown' : 'hidden',
          marker: isOpen ? `Hide page chrome (${lines})` : `Page chrome · ${lines} · show`,
          block: String(blockIndex),
        });
      });
      // Only attributes that differ are touched: removing `tabindex` from the focused marker
      // and setting it again would drop the keyboard focus on every update.
      for (const element of elements) {
        if (element) applyAttributes(element, wanted.get(element));
      }
    };
    apply();
    // Again when paragraphs are made (the article built in chunks, a full render), not on
    // every update: an annotation edit re-renders a paragraph's children and keeps its
    // element with its attributes, and a pass over 5,000 paragraphs costs a key press ~10 ms.
    return editor.registerMutationListener(
      ParagraphNode,
      (mutations) => {
        for (const mutation of mutations.values()) if (mutation === 'created') return apply();
      },
      { skipInitialization: true },
    );
  }, [editor, blocks, expanded]);

  useEffect(() => {
    const root = editor.getRootElement();
    if (!root) return;
    const toggle = (event: Event) => {
      const marker = (event.target as Element).closest<HTMLElement>('[data-chrome-marker]');
      if (!marker || (event instanceof KeyboardEvent && event.key !== 'Enter')) return;
      // Only a click on the marker pill itself toggles: text in an expanded block stays selectable.
      if (event instanceof MouseEvent && event.offsetY > 24 && marker.dataset.chrome === 'shown')
        return;
      event.preventDefault();
      event.stopPropagation();
      const index = Number(marker.dataset.chromeBlock);
      setExpanded((current) => {
        const next = new Set(current);
        if (next.has(index)) next.delete(index);
        else next.add(index);
        return next;
      });
    };
    root.addEventListener('click', toggle);
    root.addEventListener('keydown', toggle);
    return () => {
      root.removeEventListener('click', toggle);
      root.removeEventListener('keydown', toggle);
    };
  }, [editor]);

  return null;
}
