/**
 * Building a long article into the reader: the first lines in the render that mounts the
 * editor, the rest a chunk per task, each chunk once the annotations over its lines are
 * read (they come a page at a time in text order), so the first screen paints at once and
 * a chunk never waits for the whole article's annotations. Also Lexical's upkeep when the
 * browser is idle (`lexical-upkeep.ts`), so later updates cost what they change.
 */
import type { LexicalEditor } from 'lexical';
import { PARAGRAPHS_PER_BLOCK } from '../reader/article-blocks';
import type { ParagraphStarts } from '../reader/paragraph-offsets';
import { $appendParagraphs } from './article-rendering';
import { compactNodeMaps, flattenTextCaches, nurserySize } from './lexical-upkeep';
import { segmentsOfParagraphs } from './paragraph-segments';
import type { ColouredSpan } from './span-changes';
import type { SpanIndex } from './span-index';

/** Paragraphs in the first update at most: a block. */
const FIRST_CHUNK = PARAGRAPHS_PER_BLOCK;
/**
 * Characters a row of text holds at most: the text column is 72ch wide (`app.css`), and a
 * `ch` is wider than most letters.
 */
const MAX_CHARACTERS_PER_ROW = 100;
/** Rows the first update fills beyond the window's height: the window may grow. */
const SPARE_ROWS = 8;
/** Paragraphs per later chunk: each chunk is one short task. */
const CHUNK = 600;
/** Entries Lexical may copy per update before its maps are compacted (`lexical-upkeep.ts`). */
const MAX_NURSERY = 4_096;

/** What is built of the article so far, and what is scheduled. Mutable, one per editor. */
export interface BuildState {
  /** The spans shown, in text order: chunks are segmented from it. */
  index: SpanIndex<ColouredSpan>;
  /** How many paragraphs exist so far (all of them once building is done). */
  built: number;
  /** How many paragraphs can be built with the spans read so far. */
  covered: number;
  /** The next chunk's build, once scheduled. */
  pending: Pending | null;
  /** Lexical's upkeep when the browser is next idle, once scheduled. */
  upkeep: number | null;
  /** Lines re-rendered since the last upkeep; `null`: every line (the article was built). */
  touched: Set<number> | null;
}

/** What the plugin builds into, fixed for its life (the parent keys the editor by text). */
export interface Target {
  editor: LexicalEditor;
  text: string;
  starts: ParagraphStarts;
}

/** A chunk build waiting for its frame or its task. */
interface Pending {
  frame?: number;
  timer?: ReturnType<typeof setTimeout>;
}

/**
 * Characters enough to fill a window `height` px high with rows `rowHeight` px high: what
 * the first update builds. It built three screens of text (6,000 characters) before the
 * first paint: a third of the work between the text's arrival and the first paint (62 of
 * ~180 ms in a CPU profile of the editor benchmark's open). The rest follows a chunk per
 * task, a frame later.
 */
export function firstScreenCharacters(height: number, rowHeight: number): number {
  const rows = Math.ceil(height / Math.max(1, rowHeight)) + SPARE_ROWS;
  return rows * MAX_CHARACTERS_PER_ROW;
}

/**
 * The paragraphs of the first update: enough lines to fill the screen (`characters`, see
 * `firstScreenCharacters`), few enough to paint at once (the rest follows a chunk per task).
 */
export function firstChunkOf(starts: ParagraphStarts, characters: number): number {
  let count = 1;
  while (count < Math.min(FIRST_CHUNK, starts.length) && (starts[count] ?? 0) < characters) count++;
  return Math.min(count, starts.length);
}

/** Builds the next chunk, as far as the spans read so far allow, and schedules the one after. */
function buildNext(target: Target, state: BuildState): void {
  state.pending = null;
  const { editor, text, starts } = target;
  const from = state.built;
  const to = Math.min(state.covered, from + CHUNK);
  if (to <= from) return;
  const segments = segmentsOfParagraphs(state.index, starts, from, to);
  editor.update(() => $appendParagraphs(text, starts, from, to, segments), { discrete: true });
  state.built = to;
  if (to === starts.length) {
    state.touched = null;
    scheduleUpkeep(target, state);
  }
  scheduleBuild(target, state, false);
}

/**
 * When the browser is idle, keeps the next updates' cost to what they change: compacts
 * Lexical's maps once they have grown, and flattens the cached texts updates made ropes.
 */
export function scheduleUpkeep(target: Target, state: BuildState): void {
  if (state.upkeep !== null) return;
  state.upkeep = requestIdleCallback(
    () => {
      state.upkeep = null;
      if (nurserySize(target.editor) > MAX_NURSERY) compactNodeMaps(target.editor);
      flattenTextCaches(target.editor, state.touched ?? undefined);
      state.touched = new Set();
    },
    { timeout: 2_000 },
  );
}

/**
 * Builds the rest of the article a chunk per task once `state.covered` allows more; the
 * first time after a frame, so the first chunk paints before the thread is busy again.
 */
export function scheduleBuild(target: Target, state: BuildState, isFirst: boolean): void {
  if (state.pending !== null || state.built >= state.covered) return;
  const run = () => buildNext(target, state);
  state.pending = isFirst
    ? { frame: requestAnimationFrame(() => (state.pending = { timer: setTimeout(run, 0) })) }
    : { timer: setTimeout(run, 0) };
}

/** Cancels what is scheduled (the editor is going away). */
export function cancelBuild(state: BuildState): void {
  if (state.pending?.frame !== undefined) cancelAnimationFrame(state.pending.frame);
  if (state.pending?.timer !== undefined) clearTimeout(state.pending.timer);
  state.pending = null;
  if (state.upkeep !== null) cancelIdleCallback(state.upkeep);
  state.upkeep = null;
}
