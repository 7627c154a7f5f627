/**
 * Keeps the reader's marks in step with the annotations (the Dexie records are the truth).
 * Opening an article builds the first screen in one small update and the rest in chunks,
 * so a long article is readable at once; afterwards each change re-renders only the
 * paragraphs whose segments or colours changed. Also shows which annotation has the focus.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot, type LexicalEditor } from 'lexical';
import { useEffect, useRef } from 'react';
import type { IdSpan } from '../annotation/segments';
import { $paragraphAt } from '../reader/article-blocks';
import type { ParagraphStarts } from '../reader/paragraph-offsets';
import { $appendParagraphs, $renderArticle, $renderParagraphs } from './article-rendering';
import type { UpdatableMarkDecorator } from './mark-style';
import {
  paragraphRange,
  paragraphsTouched,
  segmentsByParagraph,
  segmentsOfParagraph,
  type SegmentsByParagraph,
} from './paragraph-segments';
import { takeSpanChanges, type ColouredSpan } from './span-changes';

interface AnnotationMarksPluginProps {
  text: string;
  starts: ParagraphStarts;
  /** In reading order; a span unchanged since the last render should be the same object. */
  spans: readonly ColouredSpan[];
  /** Shared with the mark nodes through the editor theme; reads the spans shown. */
  decorator: UpdatableMarkDecorator;
  focusedId: string | null;
}

/** Paragraphs in the first update: more than a screen, little enough to paint at once. */
const FIRST_CHUNK = 120;
/** Paragraphs per later chunk: each chunk is one short task. */
const CHUNK = 600;
/** Above this many touched paragraphs a full render is cheaper than many small ones. */
const FULL_RENDER_THRESHOLD = 400;

interface Shown {
  /** Each span as last rendered, by id; the decorator reads the colours from here. */
  spans: Map<string, ColouredSpan>;
  /** How many paragraphs exist so far (all of them once building is done). */
  built: number;
  /** Segments the next chunk is built from, and the spans they were computed for. */
  grouped: SegmentsByParagraph;
  groupedFor: readonly IdSpan<string>[];
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
  spans,
  decorator,
  focusedId,
}: AnnotationMarksPluginProps) {
  const [editor] = useLexicalComposerContext();
  const shown = useRef<Shown | null>(null);
  const latestSpans = useRef(spans);

  useEffect(() => {
    latestSpans.current = spans;
    const state = shown.current;

    if (state === null) {
      const shownSpans = new Map(spans.map((span) => [span.id, span]));
      decorator.setColourOf((id) => shownSpans.get(id)?.colour);
      const grouped = segmentsByParagraph(spans, starts);
      editor.update(
        () => {
          $getRoot().clear();
          $appendParagraphs(text, starts, 0, FIRST_CHUNK, grouped);
        },
        { discrete: true },
      );
      shown.current = {
        spans: shownSpans,
        built: Math.min(FIRST_CHUNK, starts.length),
        grouped,
        groupedFor: spans,
      };
      return;
    }
    const changed = takeSpanChanges(state.spans, spans);
    if (changed.length === 0) return;
    const touched = paragraphsTouched(changed, starts);
    if (touched.size > FULL_RENDER_THRESHOLD && state.built === starts.length) {
      editor.update(() => $renderArticle(text, starts, segmentsByParagraph(spans, starts)), {
        discrete: true,
      });
      return;
    }
    // Paragraphs not built yet will be built from fresh segments (see the chunk loop).
    const built = [...touched].filter((index) => index < state.built);
    const fresh = new Map(built.map((index) => [index, segmentsOfParagraph(spans, starts, index)]));
    editor.update(
      () => $renderParagraphs(text, starts, fresh.keys(), (index) => fresh.get(index) ?? []),
      {
        discrete: true,
      },
    );
  }, [editor, text, starts, spans, decorator]);

  // Builds the rest of the article a chunk per task, after the first screen has painted.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const buildNext = () => {
      const state = shown.current;
      if (!state || state.built >= starts.length) return;
      if (state.groupedFor !== latestSpans.current) {
        state.grouped = segmentsByParagraph(latestSpans.current, starts);
        state.groupedFor = latestSpans.current;
      }
      const from = state.built;
      const to = Math.min(starts.length, from + CHUNK);
      editor.update(() => $appendParagraphs(text, starts, from, to, state.grouped), {
        discrete: true,
      });
      state.built = to;
      timer = setTimeout(buildNext, 0);
    };
    // A frame first, so the first chunk paints before the main thread is busy again.
    const frame = requestAnimationFrame(() => (timer = setTimeout(buildNext, 0)));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [editor, text, starts]);

  // Looked up in the focused span's paragraphs only: the query runs after every change.
  useEffect(() => {
    const span = focusedId ? shown.current?.spans.get(focusedId) : undefined;
    if (!focusedId || !span) return;
    const marks = marksOf(editor, starts, span, focusedId);
    marks.forEach((mark) => mark.classList.add('is-focused'));
    return () => marks.forEach((mark) => mark.classList.remove('is-focused'));
  }, [editor, starts, focusedId, spans]);

  return null;
}
