/**
 * The article text with its annotations: a read-only Lexical editor whose marks are
 * derived from the annotation records. Reports selections as stored-text offsets, clicks
 * on marks as focus requests, and hovers for the label card.
 */
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { PlainTextPlugin } from '@lexical/react/LexicalPlainTextPlugin';
import { useMemo, useState, type MouseEvent, type ReactNode } from 'react';
import type { ChromeRange } from '../chrome/chrome-blocks';
import { ArticleBlockNode } from '../reader/ArticleBlockNode';
import { paragraphStartOffsets } from '../reader/paragraph-offsets';
import { SelectionOffsetsPlugin } from '../reader/SelectionOffsetsPlugin';
import type { TextRange } from '../reader/selection-offsets';
import { readingRowHeight } from '../settings/useAppSettings';
import { AnnotationMarkNode, MARK_DECORATOR_THEME_KEY } from './AnnotationMarkNode';
import { AnnotationMarksPlugin, firstBuildOf } from './AnnotationMarksPlugin';
import { firstScreenCharacters } from './article-build';
import { ChromeCollapsePlugin } from './ChromeCollapsePlugin';
import { createMarkDecorator } from './mark-style';
import type { SpanLayer } from './span-layers';

/** A mark under the pointer: the annotations it carries and where it is on screen. */
export interface HoveredMark {
  ids: string[];
  rect: DOMRect;
}

interface AnnotationEditorProps {
  text: string;
  /** The spans drawn, each with its label's colour, a list per layer (`span-layers.ts`). */
  layers: readonly SpanLayer[];
  /**
   * Every span starting before this offset is in `layers` (default `Infinity`: every span
   * is); the text after it is built once the rest of the annotations are read.
   */
  spansBefore?: number;
  focusedId: string | null;
  onSelectionChange: (range: TextRange | null) => void;
  /** A click on a mark (no text selected): the ids under the pointer, outer first. */
  onMarkClick: (ids: string[]) => void;
  onHover: (mark: HoveredMark | null) => void;
  /** Page chrome to collapse (from ingestion and the analyst's corrections). */
  chromeRanges?: readonly ChromeRange[];
  /** Drawn over the text inside its scrolling surface (a claim's link arcs). */
  overlay?: ReactNode;
}

const NO_CHROME: readonly ChromeRange[] = [];

function onLexicalError(error: Error): void {
  console.error('[editor]', error);
}

function marksUnder(target: EventTarget): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>('.sm-mark') : null;
}

/** The annotated text; `text` is fixed for the component's life (the parent keys it). */
export function AnnotationEditor({
  text,
  layers,
  spansBefore = Infinity,
  focusedId,
  onSelectionChange,
  onMarkClick,
  onHover,
  chromeRanges = NO_CHROME,
  overlay,
}: AnnotationEditorProps) {
  const starts = useMemo(() => paragraphStartOffsets(text), [text]);
  // One decorator for the editor's life; the marks plugin sets its colour lookup.
  const [decorator] = useState(createMarkDecorator);
  // The lines that fill the window, from the annotations of the first render (the plugin
  // follows their changes). The window's height, not the text surface's: measuring the
  // surface would lay the page out before the first lines are in it.
  const [first] = useState(() =>
    firstBuildOf({
      text,
      starts,
      layers,
      spansBefore,
      decorator,
      characters: firstScreenCharacters(window.innerHeight, readingRowHeight()),
    }),
  );
  const initialConfig = useMemo(
    () => ({
      namespace: 'sourcemark-editor',
      editable: false,
      // The first lines (a function: run in an update before the editor has a DOM root).
      editorState: first.$build,
      nodes: [ArticleBlockNode, AnnotationMarkNode],
      theme: { paragraph: 'article-paragraph', [MARK_DECORATOR_THEME_KEY]: decorator },
      onError: onLexicalError,
    }),
    [decorator, first],
  );

  const onClick = (event: MouseEvent) => {
    const selection = window.getSelection();
    if (selection && !selection.isCollapsed) return;
    const mark = marksUnder(event.target);
    if (mark?.dataset.ids) onMarkClick(mark.dataset.ids.split(' '));
  };
  const onMouseOver = (event: MouseEvent) => {
    const mark = marksUnder(event.target);
    onHover(
      mark?.dataset.ids
        ? { ids: mark.dataset.ids.split(' '), rect: mark.getBoundingClientRect() }
        : null,
    );
  };

  return (
    <LexicalComposer initialConfig={initialConfig}>
      <div
        className="editor-surface"
        onClick={onClick}
        onMouseOver={onMouseOver}
        onMouseLeave={() => onHover(null)}
      >
        <PlainTextPlugin
          contentEditable={
            <ContentEditable
              className="article-text"
              aria-label="Article text"
              aria-readonly
              aria-multiline
              role="textbox"
              tabIndex={0}
            />
          }
          ErrorBoundary={LexicalErrorBoundary}
        />
        {overlay}
      </div>
      <SelectionOffsetsPlugin starts={starts} onChange={onSelectionChange} />
      <ChromeCollapsePlugin text={text} starts={starts} ranges={chromeRanges} />
      <AnnotationMarksPlugin
        text={text}
        starts={starts}
        layers={layers}
        spansBefore={spansBefore}
        focusedId={focusedId}
        first={first}
      />
    </LexicalComposer>
  );
}
