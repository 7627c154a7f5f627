/**
 * The annotation workspace of one article: the annotated text, the side panel, the label
 * palette and the status line. Owns the selection, the focused annotation and the
 * keyboard; every change goes through the undo history as one change set.
 */
import { useCallback, useMemo, useState } from 'react';
import type { ChromeRange } from '../chrome/chrome-blocks';
import { ChromeSplitCommands } from '../chrome/ChromeSplitCommands';
import { snapSelection } from '../annotation/snap-selection';
import type { Annotation, ArticleId, SpanAnnotation } from '../annotation/types';
import {
  getItem,
  pathLabel,
  resolveKeySequence,
  type CodebookIndex,
} from '../codebook/codebook-lookup';
import type { CodebookItem } from '../codebook/codebook-types';
import type { TextRange } from '../reader/selection-offsets';
import { useWorkspace } from '../shell/workspace-context';
import { useSettings } from '../settings/settings-context';
import { saveAppSetting } from '../settings/settings-repository';
import { editLatest, type Edit } from '../store/edit';
import { AnnotationEditor, type HoveredMark } from './AnnotationEditor';
import { claimLinksOf, type ClaimLink } from './claim-links';
import { ClaimLinkArcs } from './ClaimLinkArcs';
import { relabel, setSource, tagSpan, type AnnotationContext } from './annotation-actions';
import { deleteEdit } from './annotation-edits';
import { stepAnnotation } from './annotation-navigation';
import { AnnotationPanel } from './AnnotationPanel';
import { ColleagueMarksToggle } from './ColleagueMarksToggle';
import { EditorStatus } from './EditorStatus';
import { HoverCard } from './HoverCard';
import { LabelPalette, type PaletteCommand } from './LabelPalette';
import { OccurrencesDialog } from './OccurrencesDialog';
import { OrphanList } from './OrphanList';
import { createRowLookup } from './row-lookup';
import { useAuthorNames } from './useAuthorNames';
import { useColleagueAnnotations } from './useColleagueAnnotations';
import { useEditorKeys } from './useEditorKeys';
import { useTabToDetails } from './useTabToDetails';
import { useIdleValue } from './useIdleValue';
import { nearestFirst, sourceMentions } from './link-candidates';
import { useLinkMode, type LinkSession } from './useLinkMode';
import { rootIdOf } from '../codebook/codebook-invariants';
import { KEY_TABLE } from '../help/key-table';
import { useMyAnnotations } from './useMyAnnotations';
import { createReadingOrder } from './reading-order';
import { createSpanOf, spansLayer, type SpanLayer } from './span-layers';
import { useOptimisticAnnotations } from './useOptimisticAnnotations';

interface AnnotationWorkspaceProps {
  articleId: ArticleId;
  title: string;
  text: string;
  /** Page chrome in `text`: collapsed in the reader, correctable by the analyst. */
  chromeRanges: readonly ChromeRange[];
  annotations: readonly Annotation[];
  /**
   * Every span annotation starting before this offset is in `annotations`; `Infinity` once
   * the article's annotations are read whole (a long article's come a page at a time).
   */
  spansBefore: number;
  codebook: CodebookIndex;
}

const STILL_READING = 'Still reading this article’s annotations: try again in a moment.';

const noStrokes: string[] = [];

function scrollToAnnotation(id: string): void {
  document
    .querySelector(`.article-text [data-ids~="${CSS.escape(id)}"]`)
    ?.scrollIntoView({ block: 'center', behavior: 'instant' });
}

function shortQuote(annotation: SpanAnnotation): string {
  const exact = annotation.quote.exact.trim();
  return exact.length > 40 ? `${exact.slice(0, 39)}…` : exact;
}

/**
 * The status line while linking: which candidate, its label, where it is, and the keys,
 * short enough for the status line of a 1024 px window.
 */
function linkStatus(session: LinkSession, codebook: CodebookIndex): string {
  const candidate = session.candidates[session.index]!;
  const side = candidate.span.start < session.claim.span.start ? 'before' : 'after';
  const label = getItem(codebook, candidate.itemId)?.label ?? candidate.itemId;
  return (
    `Source ${session.index + 1} of ${session.candidates.length}: ` +
    `“${shortQuote(candidate)}” (${label}), ${side} · ↓ ↑ Enter Esc`
  );
}

function hasLinks(annotation: Annotation | null | undefined): boolean {
  return annotation?.kind === 'span' && annotation.links !== undefined;
}

/** The article's annotation workspace. */
export function AnnotationWorkspace({
  articleId,
  title,
  text,
  chromeRanges,
  annotations: stored,
  spansBefore,
  codebook,
}: AnnotationWorkspaceProps) {
  const { analyst, history } = useWorkspace();
  const annotations = useOptimisticAnnotations(stored, history, articleId);
  const [selection, setSelection] = useState<TextRange | null>(null);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const [strokes, setStrokes] = useState<string[]>(noStrokes);
  const [palette, setPalette] = useState<'tag' | 'relabel' | null>(null);
  const [occurrencesOf, setOccurrencesOf] = useState<SpanAnnotation | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [hovered, setHovered] = useState<HoveredMark | null>(null);
  // Snapping is a preference (Settings, or the status line's toggle), stored for next time.
  // The toggle shows at once; the stored value takes over once it comes back.
  const storedSnap = useSettings().snapToWords;
  const [snapChosen, setSnapChosen] = useState<boolean | null>(null);
  if (snapChosen !== null && snapChosen === storedSnap) setSnapChosen(null);
  const snapToWords = snapChosen ?? storedSnap;
  const setSnapToWords = (value: boolean) => {
    setSnapChosen(value);
    void saveAppSetting('snapToWords', value);
  };
  const [showColleagues, setShowColleagues] = useState(false);

  // The editor shows this analyst's set; colleagues' sets are review overlays.
  const { mine, placed, orphans } = useMyAnnotations(annotations, analyst.id);
  // Ordered when a step or the occurrences dialog asks, not at every key press.
  const [readingOrder] = useState(createReadingOrder);
  // Colleagues' tags are counted always and drawn only on request, read-only and apart.
  const colleagues = useColleagueAnnotations(annotations, analyst.id, codebook);
  const authorName = useAuthorNames();
  // The reader draws the analyst's rows themselves, each made a span once (`span-layers.ts`).
  const spanOf = useMemo(() => createSpanOf(codebook), [codebook]);
  const drawn = useMemo(() => {
    const own: SpanLayer<SpanAnnotation> = { key: 'mine', rows: placed, spanOf };
    return showColleagues && colleagues.marks.length > 0
      ? [own, spansLayer('colleagues', colleagues.marks)]
      : [own];
  }, [placed, spanOf, showColleagues, colleagues.marks]);
  // The list and its counts follow when the browser is idle: a key press paints its mark
  // and stores its row first, and regrouping 10,000 rows never delays either.
  const listed = useIdleValue(placed);
  // Followed through the list's change notes: a key press does not search 50,000 rows.
  const [findRow] = useState(createRowLookup<Annotation>);
  const focused = useMemo(() => findRow(mine, focusedId), [findRow, mine, focusedId]);
  // The claim whose links are drawn: the focused one, else the one under the pointer.
  const linkedClaimId = hasLinks(focused)
    ? focused!.id
    : (hovered?.ids.find((id) => hasLinks(findRow(mine, id))) ?? null);
  const linkMode = useLinkMode({
    onStep: (session) => {
      // Scrolled first, so the candidate is laid out when its frame is measured.
      scrollToAnnotation(session.candidates[session.index]!.id);
      setMessage(linkStatus(session, codebook));
    },
    onLink: (session) => {
      const target = session.candidates[session.index]!;
      void apply(
        editLatest(session.claim, (latest) => setSource(latest, { sourceId: target.id })),
        `Linked the claim’s source: “${shortQuote(target)}” (Ctrl+Z undoes)`,
      );
    },
    onCancel: () => setMessage('Linking cancelled: nothing changed.'),
  });
  // Focusing another annotation (a click, `]`) ends the linking of the one before.
  if (linkMode.session && linkMode.session.claim.id !== focusedId) linkMode.stop();
  const candidateId = linkMode.session
    ? linkMode.session.candidates[linkMode.session.index]!.id
    : null;
  const claimLinks = useMemo(() => {
    const links = claimLinksOf(
      findRow(mine, linkMode.session ? focusedId : linkedClaimId) ?? undefined,
      (id) => findRow(mine, id) ?? undefined,
    );
    if (!candidateId || !focusedId) return links;
    // While linking, the candidate takes the place of the source linked now.
    return [
      { kind: 'source' as const, claimId: focusedId, targetId: candidateId, isCandidate: true },
      ...links.filter((link) => link.kind !== 'source'),
    ];
  }, [findRow, mine, linkedClaimId, candidateId, focusedId, linkMode.session]);
  const targetAbove = useCallback(
    (link: ClaimLink) => {
      const [claim, target] = [findRow(mine, link.claimId), findRow(mine, link.targetId)];
      return (
        claim?.kind === 'span' && target?.kind === 'span' && target.span.start < claim.span.start
      );
    },
    [findRow, mine],
  );
  const context: AnnotationContext = {
    articleId,
    text,
    author: analyst.id,
    codebook: { codebookId: codebook.codebook.id, version: codebook.codebook.version },
  };
  const hasSelection = selection !== null && selection.start !== selection.end;
  // Actions that look at every annotation (a deletion unlinks the claims citing what it
  // deletes, occurrences skip what is tagged) wait until all of them are read.
  const isReading = spansBefore !== Infinity;

  const apply = useCallback(
    async (edit: Edit, done?: string, whenShown?: () => void) => {
      try {
        const change = await history.apply(edit, whenShown);
        setMessage(done ?? change.label);
      } catch (error) {
        setMessage(`Not saved: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
    [history],
  );

  const focus = useCallback((id: string | null, shouldScroll = false) => {
    setFocusedId(id);
    if (id && shouldScroll) requestAnimationFrame(() => scrollToAnnotation(id));
  }, []);

  const focusAndScroll = useCallback((id: string | null) => focus(id, true), [focus]);

  /** `whenShown`: more state to change in the render that draws the tag (`history.apply`). */
  const tagSelection = (item: CodebookItem, whenShown?: () => void) => {
    if (!selection) return whenShown?.();
    const span = snapSelection(text, selection, { snapToWords });
    if (!span) {
      whenShown?.();
      return setMessage('Select some text (not only spaces) to tag it.');
    }
    const result = tagSpan(context, item, span);
    if (!result.ok) {
      whenShown?.();
      return setMessage(result.message);
    }
    const created = result.change.annotations[0]?.after;
    window.getSelection()?.removeAllRanges();
    // Set as the view hears of the tag, not now: a render started by this key press would
    // run before the tag's requests are issued, and the database would wait for it.
    const shown = () => {
      setSelection(null);
      whenShown?.();
    };
    void apply(result.change, `Tagged “${pathLabel(codebook, item.id)}”`, shown).then(() => {
      if (created) focus(created.id);
    });
  };

  // A category key pressed before Enter narrows the palette to that category.
  const pendingStrokes = strokes.length > 0 ? resolveKeySequence(codebook, strokes) : null;
  const pendingCategory = pendingStrokes?.kind === 'category' ? pendingStrokes.item.id : undefined;

  const pick = (item: CodebookItem) => {
    setPalette(null);
    setStrokes(noStrokes);
    if (palette === 'relabel' && focused)
      void apply(editLatest(focused, (latest) => relabel(latest, item, context.codebook)));
    else tagSelection(item);
  };

  const isClaimFocused =
    focused?.kind === 'span' && rootIdOf(codebook.byId, focused.itemId) === 'claim';
  const startLink = () => {
    if (!isClaimFocused)
      return setMessage('Only a claim links to a source: focus a claim (] steps), then l.');
    if (isReading) return setMessage(STILL_READING);
    const candidates = nearestFirst(focused, sourceMentions(codebook, focused, mine));
    if (candidates.length === 0)
      return setMessage('No mention to link yet: tag who speaks (Entities › Person) first.');
    linkMode.start(focused, candidates);
  };
  // Offered in the palette opened on a focused claim, with the key that skips the palette.
  const paletteCommands: PaletteCommand[] =
    palette === 'relabel' && isClaimFocused
      ? [
          {
            id: KEY_TABLE.linkSource.id,
            label: 'Link the claim to its source',
            keys: KEY_TABLE.linkSource.keys.join(' '),
            run: startLink,
          },
        ]
      : [];

  useTabToDetails();
  useEditorKeys({
    isDialogOpen: palette !== null || occurrencesOf !== null,
    hasSelection,
    hasFocus: focused !== undefined,
    undo: () =>
      void history.undo().then(
        (label) => setMessage(label ? `Undone: ${label}` : 'Nothing to undo'),
        (error: unknown) =>
          setMessage(`Undo failed: ${error instanceof Error ? error.message : error}`),
      ),
    redo: () =>
      void history.redo().then(
        (label) => setMessage(label ? `Redone: ${label}` : 'Nothing to redo'),
        (error: unknown) =>
          setMessage(`Redo failed: ${error instanceof Error ? error.message : error}`),
      ),
    openPalette: () => setPalette(hasSelection ? 'tag' : 'relabel'),
    stroke: (key) => {
      const resolution = resolveKeySequence(codebook, [...strokes, key]);
      if (resolution.kind === 'category') {
        setStrokes([...strokes, key]);
        setMessage(null);
      } else if (resolution.kind === 'item') {
        tagSelection(resolution.item, () => setStrokes(noStrokes));
      } else {
        setStrokes(noStrokes);
        setMessage(`No label on ${[...strokes, key].join(' then ')}. Press Enter for the palette.`);
      }
    },
    cancelStrokes: () => {
      if (strokes.length === 0) return false;
      setStrokes(noStrokes);
      return true;
    },
    step: (direction, isSameLabel) => {
      const next = stepAnnotation(readingOrder(placed), focusedId, direction, isSameLabel);
      if (next) focus(next.id, true);
      else setMessage('No annotation in this article yet.');
    },
    deleteFocused: () => {
      if (!focused) return;
      if (isReading) return setMessage(STILL_READING);
      const next = stepAnnotation(readingOrder(placed), focused.id, 1);
      void apply(deleteEdit([focused], mine));
      focus(next && next.id !== focused.id ? next.id : null);
    },
    startLink,
    clearFocus: () => setFocusedId(null),
  });

  const onMarkClick = (clicked: string[]) => {
    // Colleagues' overlaid marks are read-only: a click focuses only the analyst's own.
    const ids = clicked.filter((id) => mine.some((annotation) => annotation.id === id));
    // Repeated clicks on a stack of overlapping marks walk from the innermost outwards.
    const at = focusedId ? ids.indexOf(focusedId) : -1;
    const next = at > 0 ? ids[at - 1] : ids.at(-1);
    if (next) focus(next);
  };

  return (
    <div className="workspace">
      <div className="workspace-text">
        <AnnotationEditor
          text={text}
          chromeRanges={chromeRanges}
          layers={drawn}
          spansBefore={spansBefore}
          focusedId={focusedId}
          onSelectionChange={(range) => {
            setSelection(range);
            // The same state when nothing was pending: React then skips the render (the
            // selection cleared by a tag is reported again once its mark is drawn).
            setStrokes(noStrokes);
          }}
          onMarkClick={onMarkClick}
          onHover={setHovered}
          overlay={<ClaimLinkArcs links={claimLinks} targetAbove={targetAbove} />}
        />
        <ChromeSplitCommands
          articleId={articleId}
          text={text}
          ranges={chromeRanges}
          selection={selection}
          onMessage={setMessage}
        />
        <EditorStatus
          selection={selection}
          strokes={strokes}
          codebook={codebook}
          message={message}
          snapToWords={snapToWords}
          onSnapToWordsChange={setSnapToWords}
        />
      </div>
      <AnnotationPanel
        articleId={articleId}
        text={text}
        annotations={mine}
        spans={listed}
        codebook={codebook}
        context={context}
        focused={focused}
        onFocus={focusAndScroll}
        onApply={apply}
        onRelabel={() => setPalette('relabel')}
        onFindOccurrences={(source) =>
          isReading ? setMessage(STILL_READING) : setOccurrencesOf(source)
        }
        isReading={isReading}
        colleagues={
          <ColleagueMarksToggle
            count={colleagues.count}
            isShown={showColleagues}
            onChange={setShowColleagues}
          />
        }
        orphans={
          <OrphanList
            orphans={orphans}
            text={text}
            selection={selection ? snapSelection(text, selection, { snapToWords }) : null}
            codebook={codebook}
            onApply={(change) => void apply(change)}
            onError={setMessage}
          />
        }
      />
      {hovered && (
        <HoverCard
          mark={hovered}
          annotations={showColleagues ? annotations : mine}
          codebook={codebook}
          authorName={(author) => (author === analyst.id ? null : authorName(author))}
        />
      )}
      {palette && (
        <LabelPalette
          codebook={codebook}
          title={palette === 'tag' ? 'Tag selection' : 'Relabel annotation'}
          scope="span"
          categoryId={pendingCategory}
          commands={paletteCommands}
          onPick={pick}
          onClose={() => setPalette(null)}
        />
      )}
      {occurrencesOf && (
        <OccurrencesDialog
          source={occurrencesOf}
          text={text}
          title={title}
          chromeRanges={chromeRanges}
          annotations={placed}
          codebook={codebook}
          context={context}
          onApply={apply}
          onClose={() => setOccurrencesOf(null)}
        />
      )}
    </div>
  );
}
