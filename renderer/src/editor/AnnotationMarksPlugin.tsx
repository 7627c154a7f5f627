/**
 * Keeps the reader's marks in step with the annotations (the Dexie records are the truth).
 * Opening an article builds the first screen in one small update and the rest in chunks,
 * so a long article is readable at once; afterwards each change re-renders only the
 * paragraphs whose segments or colours changed. Also shows which annotation has the focus.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot } from 'lexical';
import { useEffect, useRef } from 'react';
import type { IdSpan } from '../annotation/segments';
import type { ParagraphStarts } from '../reader/paragraph-offsets';
import { $appendParagraphs, $renderArticle, $renderParagraphs } from './article-rendering';
import { FALLBACK_MARK_COLOUR, type UpdatableMarkDecorator } from './mark-style';
import {
  paragraphsTouched,
  segmentsByParagraph,
  segmentsOfParagraph,
  type SegmentsByParagraph,
} from './paragraph-segments';

interface AnnotationMarksPluginProps {
  text: string;
  starts: ParagraphStarts;
  spans: readonly IdSpan<string>[];
  /** Shared with the mark nodes through the editor theme; updated before each render. */
  decorator: UpdatableMarkDecorator;
  colours: ReadonlyMap<string, string>;
  focusedId: string | null;
}

/** Paragraphs in the first update: more than a screen, little enough to paint at once. */
const FIRST_CHUNK = 120;
/** Paragraphs per later chunk: each chunk is one short task. */
const CHUNK = 600;
/** Above this many touched paragraphs a full render is cheaper than many small ones. */
const FULL_RENDER_THRESHOLD = 400;

interface Shown {
  /** What each span looked like when last rendered (`start:end:colour`). */
  spans: Map<string, string>;
  /** How many paragraphs exist so far (all of them once building is done). */
  built: number;
  /** Segments the next chunk is built from, and the spans they were computed for. */
  grouped: SegmentsByParagraph;
  groupedFor: readonly IdSpan<string>[];
}

function spanKeys(spans: readonly IdSpan<string>[], colourOf: (id: string) => string) {
  return new Map(spans.map((span) => [span.id, `${span.start}:${span.end}:${colourOf(span.id)}`]));
}

function parseKey(value: string): { start: number; end: number } {
  const [start, end] = value.split(':').map(Number);
  return { start: start ?? 0, end: end ?? 0 };
}

/** The spans added, removed, moved or recoloured between two renders. */
function changedSpans(before: Map<string, string>, after: Map<string, string>) {
  const changed: { start: number; end: number }[] = [];
  for (const [id, value] of after) {
    const previous = before.get(id);
    if (previous === value) continue;
    changed.push(parseKey(value));
    if (previous) changed.push(parseKey(previous));
  }
  for (const [id, previous] of before) if (!after.has(id)) changed.push(parseKey(previous));
  return changed;
}

export function AnnotationMarksPlugin({
  text,
  starts,
  spans,
  decorator,
  colours,
  focusedId,
}: AnnotationMarksPluginProps) {
  const [editor] = useLexicalComposerContext();
  const shown = useRef<Shown | null>(null);
  const latestSpans = useRef(spans);

  useEffect(() => {
    latestSpans.current = spans;
    decorator.setColours(colours);
    const next = spanKeys(spans, (id) => colours.get(id) ?? FALLBACK_MARK_COLOUR);
    const state = shown.current;

    if (state === null) {
      const grouped = segmentsByParagraph(spans, starts);
      editor.update(
        () => {
          $getRoot().clear();
          $appendParagraphs(text, starts, 0, FIRST_CHUNK, grouped);
        },
        { discrete: true },
      );
      shown.current = {
        spans: next,
        built: Math.min(FIRST_CHUNK, starts.length),
        grouped,
        groupedFor: spans,
      };
      return;
    }
    const changed = changedSpans(state.spans, next);
    state.spans = next;
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
  }, [editor, text, starts, spans, colours, decorator]);

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

  useEffect(() => {
    const root = editor.getRootElement();
    if (!root || !focusedId) return;
    const marks = root.querySelectorAll<HTMLElement>(`[data-ids~="${CSS.escape(focusedId)}"]`);
    marks.forEach((mark) => mark.classList.add('is-focused'));
    return () => marks.forEach((mark) => mark.classList.remove('is-focused'));
  }, [editor, focusedId, spans]);

  return null;
}
