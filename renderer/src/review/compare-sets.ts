/**
 * Compares annotation sets on one article for review: a base set (usually the analyst's own)
 * against each other set, sorting every span into agreement, label disagreement (same span,
 * other label), boundary disagreement (overlapping spans, same label), only in the base set,
 * or only in the other. Attribute disagreements of paired spans are derived from these
 * pairs (`compare-attributes.ts`). Pure: no DOM, React or Dexie, so it runs in unit tests.
 */
import { maxOverlapMatching } from '../agreement/overlap-matching';
import type { AttributeValue } from '../annotation/types';

/** What the comparison needs of an annotation (a `SpanAnnotation` fits). */
export interface ComparedSpan {
  readonly id: string;
  readonly author: string;
  readonly itemId: string;
  readonly span: { readonly start: number; readonly end: number };
  /** Attribute values (verdict, claim type…), compared on paired spans; none when absent. */
  readonly attributes?: Readonly<Record<string, AttributeValue>>;
}

/**
 * How two sets relate at one place of the text. `attribute`: a pair of spans with the same
 * label (agreeing or differing in boundaries) whose values of one attribute differ.
 */
export type ComparisonKind =
  'agreement' | 'label' | 'boundary' | 'attribute' | 'only-base' | 'only-other';

/** One attribute whose values differ between the two sides (`undefined`: no value). */
export interface FieldDifference {
  readonly key: string;
  readonly base: AttributeValue | undefined;
  readonly other: AttributeValue | undefined;
}

/** One comparison result: a pair, or a span only one of the two sets has. */
export interface ComparisonItem<S extends ComparedSpan = ComparedSpan> {
  /** Stable while the sets do not change: built from the annotation ids. */
  readonly key: string;
  readonly kind: ComparisonKind;
  /** The set the base was compared with (also for `only-base` items). */
  readonly otherAuthor: string;
  readonly base: S | null;
  readonly other: S | null;
  /** The union of the two spans, for ordering and scrolling. */
  readonly start: number;
  readonly end: number;
  /** For `attribute` items: the attribute in question and both sides' values. */
  readonly field?: FieldDifference;
}

/**
 * Compares `base` with every set in `others` (one author each, as `otherAuthors` orders them)
 * and returns every item sorted by position, then by author order. Pairing is one-to-one and
 * goes from strict to loose, so an annotation is never counted twice within one comparison:
 * 1. same span and label (agreement); 2. same span, other label; 3. overlapping spans with the
 * same label, paired by a maximum overlap matching (`maxOverlapMatching`), so the count of
 * boundary disagreements does not depend on input order. What is left is only-base or
 * only-other: spans that overlap but differ in both label and boundaries are not paired, as
 * neither kind describes them.
 */
export function compareSets<S extends ComparedSpan>(
  base: readonly S[],
  others: readonly S[],
  otherAuthors: readonly string[],
): ComparisonItem<S>[] {
  const items: ComparisonItem<S>[] = [];
  otherAuthors.forEach((author) => {
    items.push(
      ...comparePair(
        base,
        others.filter((span) => span.author === author),
        author,
      ),
    );
  });
  const order = new Map(otherAuthors.map((author, index) => [author, index]));
  return items.sort(
    (x, y) =>
      x.start - y.start ||
      x.end - y.end ||
      (order.get(x.otherAuthor) ?? 0) - (order.get(y.otherAuthor) ?? 0) ||
      x.key.localeCompare(y.key),
  );
}

/** Whether `kind` is a disagreement (everything but agreement). */
export function isDisagreement(kind: ComparisonKind): boolean {
  return kind !== 'agreement';
}

function comparePair<S extends ComparedSpan>(
  base: readonly S[],
  other: readonly S[],
  otherAuthor: string,
): ComparisonItem<S>[] {
  const items: ComparisonItem<S>[] = [];
  const baseLeft = new Set(base);
  const otherLeft = new Set(other);
  const pair = (kind: ComparisonKind, b: S, o: S) => {
    baseLeft.delete(b);
    otherLeft.delete(o);
    items.push(itemOf(kind, otherAuthor, b, o));
  };

  const spanKey = (s: S) => `${s.span.start}:${s.span.end}`;
  pairByKey(
    baseLeft,
    otherLeft,
    (s) => `${spanKey(s)}:${s.itemId}`,
    (b, o) => pair('agreement', b, o),
  );
  pairByKey(baseLeft, otherLeft, spanKey, (b, o) => pair('label', b, o));

  const labels = new Set([...baseLeft].map((s) => s.itemId));
  for (const label of labels) {
    const reference = [...baseLeft].filter((s) => s.itemId === label);
    const prediction = [...otherLeft].filter((s) => s.itemId === label);
    const matching = maxOverlapMatching(
      reference.map((s) => s.span),
      prediction.map((s) => s.span),
    );
    for (const { reference: r, prediction: p } of matching) {
      pair('boundary', reference[r] as S, prediction[p] as S);
    }
  }

  for (const b of baseLeft) items.push(itemOf('only-base', otherAuthor, b, null));
  for (const o of otherLeft) items.push(itemOf('only-other', otherAuthor, null, o));
  return items;
}

/** Pairs spans with equal keys one to one, in input order. */
function pairByKey<S>(
  base: Set<S>,
  other: Set<S>,
  key: (span: S) => string,
  onPair: (b: S, o: S) => void,
): void {
  const waiting = new Map<string, S[]>();
  for (const o of other) {
    const k = key(o);
    waiting.set(k, [...(waiting.get(k) ?? []), o]);
  }
  for (const b of [...base]) {
    const match = waiting.get(key(b))?.shift();
    if (match !== undefined) onPair(b, match);
  }
}

function itemOf<S extends ComparedSpan>(
  kind: ComparisonKind,
  otherAuthor: string,
  base: S | null,
  other: S | null,
): ComparisonItem<S> {
  const spans = [base, other].flatMap((s) => (s ? [s.span] : []));
  return {
    key: `${otherAuthor}:${base?.id ?? '-'}:${other?.id ?? '-'}`,
    kind,
    otherAuthor,
    base,
    other,
    start: Math.min(...spans.map((s) => s.start)),
    end: Math.max(...spans.map((s) => s.end)),
  };
}
