/**
 * Keeps the reader's marks in step with the annotations (the Dexie records are the truth):
 * a full render when the article opens, then, on each change, only the paragraphs whose
 * segments or colours changed. Also shows which annotation has the focus.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useRef } from 'react';
import type { IdSpan } from '../annotation/segments';
import type { ParagraphStarts } from '../reader/paragraph-offsets';
import { $renderArticle, $renderParagraphs } from './article-rendering';
import { FALLBACK_MARK_COLOUR, type UpdatableMarkDecorator } from './mark-style';
import { paragraphsTouched, segmentsByParagraph, segmentsOfParagraph } from './paragraph-segments';

interface AnnotationMarksPluginProps {
  text: string;
  starts: ParagraphStarts;
  spans: readonly IdSpan<string>[];
  /** Shared with the mark nodes through the editor theme; updated before each render. */
  decorator: UpdatableMarkDecorator;
  colours: Map<string, string>;
  focusedId: string | null;
  /** Called once the first render with marks is in the DOM. */
  onRendered?: () => void;
}

/** Above this many touched paragraphs a full render is cheaper than many small ones. */
const FULL_RENDER_THRESHOLD = 400;

export function AnnotationMarksPlugin({
  text,
  starts,
  spans,
  decorator,
  colours,
  focusedId,
  onRendered,
}: AnnotationMarksPluginProps) {
  const [editor] = useLexicalComposerContext();
  const shown = useRef<{ spans: Map<string, string>; colours: Map<string, string> } | null>(null);

  useEffect(() => {
    const previous = shown.current;
    decorator.setColours(colours);
    const colourOf = (id: string) => colours.get(id) ?? FALLBACK_MARK_COLOUR;
    const key = (span: IdSpan<string>) => `${span.start}:${span.end}:${colourOf(span.id)}`;
    const next = new Map(spans.map((span) => [span.id, key(span)]));

    if (previous === null) {
      editor.update(() => $renderArticle(text, starts, segmentsByParagraph(spans, starts)), {
        discrete: true,
      });
      shown.current = { spans: next, colours };
      onRendered?.();
      return;
    }
    // Spans added, removed, moved or recoloured since the last render.
    const changed: { start: number; end: number }[] = [];
    const parse = (value: string) => {
      const [start, end] = value.split(':').map(Number);
      return { start: start ?? 0, end: end ?? 0 };
    };
    for (const [id, value] of next) {
      const before = previous.spans.get(id);
      if (before !== value) {
        changed.push(parse(value));
        if (before) changed.push(parse(before));
      }
    }
    for (const [id, before] of previous.spans) if (!next.has(id)) changed.push(parse(before));
    shown.current = { spans: next, colours };
    if (changed.length === 0) return;

    const touched = paragraphsTouched(changed, starts);
    if (touched.size > FULL_RENDER_THRESHOLD) {
      editor.update(() => $renderArticle(text, starts, segmentsByParagraph(spans, starts)), {
        discrete: true,
      });
      return;
    }
    // Recompute only the touched paragraphs: one added annotation rebuilds one paragraph.
    const fresh = new Map(
      [...touched].map((index) => [index, segmentsOfParagraph(spans, starts, index)]),
    );
    editor.update(
      () => $renderParagraphs(text, starts, fresh.keys(), (index) => fresh.get(index) ?? []),
      { discrete: true },
    );
  }, [editor, text, starts, spans, colours, decorator, onRendered]);

  useEffect(() => {
    const root = editor.getRootElement();
    if (!root || !focusedId) return;
    const marks = root.querySelectorAll<HTMLElement>(`[data-ids~="${CSS.escape(focusedId)}"]`);
    marks.forEach((mark) => mark.classList.add('is-focused'));
    return () => marks.forEach((mark) => mark.classList.remove('is-focused'));
  }, [editor, focusedId, spans]);

  return null;
}
