/**
 * Keeps the reader's marks in step with the annotations (the Dexie records are the truth).
 * Opening an article builds the first screen into the editor's initial state (`firstBuildOf`)
 * and the rest in chunks as the annotations over them are read (`article-build.ts`);
 * afterwards each change re-renders only the paragraphs whose segments or colours changed, found
 * through the note of what changed in each layer of spans when there is one
 * (`span-layers.ts`), and segmented from the spans over those paragraphs only
 * (`span-index.ts`). Also shows which annotation has the focus.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { LexicalEditor } from 'lexical';
import { useEffect, useLayoutEffect, useRef } from 'react';
import { $paragraphAt } from '../reader/article-blocks';
import type { ParagraphStarts } from '../reader/paragraph-offsets';
import {
  cancelBuild,
  firstChunkOf,
  scheduleBuild,
  scheduleUpkeep,
  type BuildState,
  type Target,
} from './article-build';
import { $appendParagraphs, $renderArticle, $renderParagraphs } from './article-rendering';
import type { UpdatableMarkDecorator } from './mark-style';
import {
  paragraphRange,
  paragraphsCoveredBefore,
  paragraphsTouched,
  segmentsByParagraph,
  segmentsOfParagraphs,
} from './paragraph-segments';
import { changedRanges, type ColouredSpan } from './span-changes';
import { $skipRootTextComparison } from './lexical-upkeep';
import { addSpan, allSpans, indexSpans, removeSpan } from './span-index';
import { spansOf, takeLayerChanges, type SpanLayer } from './span-layers';

interface AnnotationMarksPluginProps {
  text: string;
  starts: ParagraphStarts;
  /** The spans drawn, a list per layer (`span-layers.ts`). */
  layers: readonly SpanLayer[];
  /**
   * Every span starting before this offset is in `layers` (`Infinity`: every span is):
   * paragraphs after it wait for the rest of the annotations before they are built.
   */
  spansBefore?: number;
  focusedId: string | null;
  /** What the editor's initial state was built with (`firstBuildOf`). */
  first: FirstBuild;
}

/** Above this many touched paragraphs a full render is cheaper than many small ones. */
const FULL_RENDER_THRESHOLD = 400;
/** Above this many changed spans the index is built again rather than patched span by span. */
const REINDEX_THRESHOLD = 256;

/** What the reader shows: the spans as last rendered, and what is built of the article. */
interface Shown extends BuildState {
  /** Each span as last rendered, by id; the decorator reads the colours from here. */
  spans: Map<string, ColouredSpan>;
  /** The layers last taken: the next ones' change notes are looked up from them. */
  layers: readonly SpanLayer[];
}

/** The first lines of an article and what the plugin knows of them once they are built. */
export interface FirstBuild {
  shown: Shown;
  /** Builds the first lines: the editor's initial state (`initialConfig.editorState`). */
  $build: () => void;
}

interface FirstBuildArgs {
  text: string;
  starts: ParagraphStarts;
  layers: readonly SpanLayer[];
  spansBefore: number;
  /** Shared with the mark nodes through the editor theme; reads the spans shown. */
  decorator: UpdatableMarkDecorator;
  /** Characters that fill the window (`firstScreenCharacters`). */
  characters: number;
}

/**
 * The first lines, built as the editor's initial state: Lexical builds it before the editor
 * has a DOM root, so it reads no DOM selection (which made the browser lay the page out
 * before its first paint) and the lines' DOM is made in the one reconcile that attaches the
 * root, not in an empty one and then an update.
 */
export function firstBuildOf({
  text,
  starts,
  layers,
  spansBefore,
  decorator,
  characters,
}: FirstBuildArgs): FirstBuild {
  const spans = spansOf(layers);
  const shownSpans = new Map(spans.map((span) => [span.id, span]));
  decorator.setColourOf(
    (id) => shownSpans.get(id)?.colour,
    (id) => shownSpans.get(id)?.isColleague === true,
  );
  const index = indexSpans(spans);
  const covered = paragraphsCoveredBefore(starts, text.length, spansBefore);
  const first = Math.min(firstChunkOf(starts, characters), covered);
  const shown: Shown = {
    spans: shownSpans,
    layers,
    index,
    built: first,
    covered,
    pending: null,
    upkeep: null,
    touched: new Set(),
  };
  return {
    shown,
    $build: () =>
      $appendParagraphs(text, starts, 0, first, segmentsOfParagraphs(index, starts, 0, first)),
  };
}

/** The DOM elements of the marks of `id` (in the paragraphs its span covers only). */
function marksOf(editor: LexicalEditor, starts: ParagraphStarts, span: ColouredSpan, id: string) {
  const [first, last] = paragraphRange(span, starts);
  const keys = editor.getEditorState().read(() => {
    const found: string[] = [];
    for (let index = first; index <= last; index++) {
      const paragraph = $paragraphAt(index);
      if (paragraph === null) break;
      found.push(paragraph.getKey());
    }
    return found;
  });
  const selector = `[data-ids~="${CSS.escape(id)}"]`;
  return keys.flatMap((key) => [
    ...(editor.getElementByKey(key)?.querySelectorAll<HTMLElement>(selector) ?? []),
  ]);
}

export function AnnotationMarksPlugin({
  text,
  starts,
  layers,
  spansBefore = Infinity,
  focusedId,
  first,
}: AnnotationMarksPluginProps) {
  const [editor] = useLexicalComposerContext();
  const shown = useRef<Shown>(first.shown);
  const hasStarted = useRef(false);

  // A layout effect: each change's marks are in the DOM before the browser paints this
  // render, not a frame later.
  useLayoutEffect(() => {
    const target: Target = { editor, text, starts };
    const covered = paragraphsCoveredBefore(starts, text.length, spansBefore);
    const state = shown.current;

    if (!hasStarted.current) {
      // The first lines are the editor's initial state: the rest follows after a frame.
      hasStarted.current = true;
      scheduleBuild(target, state, true);
      return;
    }
    state.covered = covered;
    const changes = takeLayerChanges(state.spans, state.layers, layers);
    state.layers = layers;
    const count = changes.added.length + changes.removed.length;
    if (count > REINDEX_THRESHOLD) {
      state.index = indexSpans([...state.spans.values()]);
    } else {
      for (const span of changes.removed) removeSpan(state.index, span);
      for (const span of changes.added) addSpan(state.index, span);
    }
    scheduleBuild(target, state, false);
    if (count === 0) return;
    const touched = paragraphsTouched(changedRanges(changes), starts);
    if (touched.size > FULL_RENDER_THRESHOLD && state.built === starts.length) {
      const all = segmentsByParagraph(allSpans(state.index), starts);
      editor.update(
        () => {
          $skipRootTextComparison(editor);
          $renderArticle(text, starts, all);
        },
        { discrete: true },
      );
      state.touched = null;
      scheduleUpkeep(target, state);
      return;
    }
    // Paragraphs not built yet will be built from the index as it is then.
    const fresh = new Map(
      [...touched]
        .filter((index) => index < state.built)
        .map((index) => [index, segmentsOfParagraphs(state.index, starts, index, index + 1)]),
    );
    if (fresh.size === 0) return;
    editor.update(
      () => {
        // Marks change, the text does not: no comparison of the whole text (1 MB) with itself.
        $skipRootTextComparison(editor);
        $renderParagraphs(
          text,
          starts,
          fresh.keys(),
          (index) => fresh.get(index)?.get(index) ?? [],
        );
      },
      { discrete: true },
    );
    if (state.built === starts.length) {
      for (const index of fresh.keys()) state.touched?.add(index);
      scheduleUpkeep(target, state);
    }
  }, [editor, text, starts, layers, spansBefore]);

  useEffect(
    () => () => {
      cancelBuild(shown.current);
    },
    [],
  );

  // Looked up in the focused span's paragraphs only: the query runs after every change.
  useEffect(() => {
    const span = focusedId ? shown.current.spans.get(focusedId) : undefined;
    if (!focusedId || !span) return;
    const marks = marksOf(editor, starts, span, focusedId);
    marks.forEach((mark) => mark.classList.add('is-focused'));
    return () => marks.forEach((mark) => mark.classList.remove('is-focused'));
  }, [editor, starts, focusedId, layers]);

  return null;
}
