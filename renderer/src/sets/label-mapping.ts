/**
 * The import's label mapping step. A file may hold labels no codebook item is named by
 * (a colleague's own scheme, another tool's names): after the file is read and before
 * anything is written, the analyst decides for each, with its count, whether it maps to an
 * existing item, becomes a new item (one new codebook version, stored in the import's
 * transaction), or stays a raw label, flagged so review shows it. An unknown label is
 * never stored silently. Pure: no Dexie, no DOM.
 */
import type { Annotation, CodebookRef } from '../annotation/types';
import { addItem } from '../codebook/codebook-edits';
import type { Codebook, CodebookItemId, CodebookResult } from '../codebook/codebook-types';
import type { IncomingSet } from './incoming-set';
import { labelMatcher } from './label-matcher';
import { suggestItems } from './label-suggestions';

/** What an unknown label becomes. */
export type LabelDecision =
  { kind: 'item'; itemId: CodebookItemId } | { kind: 'add' } | { kind: 'raw' };

/** The analyst's decisions, by the label as the file writes it. */
export type LabelDecisions = ReadonlyMap<string, LabelDecision>;

/** A label of the file that names no item of the codebook. */
export interface UnknownLabel {
  label: string;
  /** How many annotations of the file carry it. */
  count: number;
  /** Where the first of them is in the file (`a.ann:7`, `annotations[3]`). */
  firstLocation: string;
  /** Items it may mean, best first (see `label-suggestions.ts`). */
  suggestions: CodebookItemId[];
}

/** The attribute that flags an annotation whose label the analyst kept raw. */
export const UNMAPPED_LABEL_ATTRIBUTE = 'sourcemark:unmappedLabel';

/** The category new items from imported labels go under. */
export const IMPORTED_CATEGORY_ID = 'imported' as CodebookItemId;

/** How decisions turn into a read: the codebook to read against, and its new version if any. */
export interface LabelPlan {
  /** The active codebook with the added items (the active one when nothing is added). */
  codebook: Codebook;
  /** The new version to store with the import; absent when no label is added. */
  newVersion?: Codebook;
  /** Matches a file's label: decisions first, then the codebook's own names. */
  itemIdForLabel: (label: string) => string | undefined;
  /** The codebook reference annotations of the import name. */
  ref: CodebookRef;
  decisions: LabelDecisions;
  /** The item each added label became. */
  added: ReadonlyMap<string, CodebookItemId>;
}

/**
 * The plan for `decisions` over the active `codebook`: every `add` becomes an item under
 * "Imported labels" (created when missing), all in one version one above the active one.
 * Refused, with the codebook's own message, when an added label cannot be an item.
 */
export function planLabels(
  codebook: Codebook,
  decisions: LabelDecisions,
): CodebookResult<LabelPlan> {
  const toAdd = [...decisions].filter(([, d]) => d.kind === 'add').map(([label]) => label);
  let next = codebook;
  const added = new Map<string, CodebookItemId>();
  if (toAdd.length > 0 && !codebook.items.some((item) => item.id === IMPORTED_CATEGORY_ID)) {
    const made = addItem(next, {
      id: IMPORTED_CATEGORY_ID,
      label: 'Imported labels',
      colour: '#6e7781',
      scope: 'both',
      description: 'Labels added to the codebook from imported files.',
    });
    if (!made.ok) return made;
    next = made.value;
  }
  for (const label of toAdd) {
    const id = freeId(next, label);
    const made = addItem(next, {
      id,
      label: label.trim(),
      colour: '#6e7781',
      parentId: IMPORTED_CATEGORY_ID,
      scope: 'both',
      description: `Added from an imported file, where it was written “${label}”.`,
    });
    if (!made.ok) return { ok: false, error: `“${label}” cannot be added: ${made.error}` };
    next = made.value;
    added.set(label, id);
  }
  // One new version for the whole import, whatever the number of items added.
  const newVersion = added.size > 0 ? { ...next, version: codebook.version + 1 } : undefined;
  const effective = newVersion ?? codebook;
  const known = labelMatcher(effective);
  return {
    ok: true,
    value: {
      codebook: effective,
      ...(newVersion ? { newVersion } : {}),
      itemIdForLabel: (label) => {
        const decision = decisions.get(label);
        if (decision?.kind === 'item') return decision.itemId;
        if (decision?.kind === 'add') return added.get(label);
        // A raw label stays itself, even when a looser spelling would match an item.
        if (decision?.kind === 'raw') return undefined;
        return known(label);
      },
      ref: { codebookId: effective.id, version: effective.version },
      decisions,
      added,
    },
  };
}

/** `imported.<slug>`, numbered when taken. */
function freeId(codebook: Codebook, label: string): CodebookItemId {
  const slug =
    label
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'label';
  const taken = new Set<string>(codebook.items.map((item) => item.id));
  let id = `${IMPORTED_CATEGORY_ID}.${slug}`;
  for (let n = 2; taken.has(id); n++) id = `${IMPORTED_CATEGORY_ID}.${slug}-${n}`;
  return id as CodebookItemId;
}

/**
 * The labels of `incoming`'s annotations that name no item of `codebook`, most used first,
 * each with its count, where it first appears and suggestions. Annotations the analyst
 * already kept raw (flagged) are not listed again.
 */
export function findUnknownLabels(incoming: IncomingSet, codebook: Codebook): UnknownLabel[] {
  const known = new Set<string>(codebook.items.map((item) => item.id));
  const found = new Map<string, { count: number; firstLocation: string }>();
  for (const { annotation, location } of incoming.annotations) {
    if (known.has(annotation.itemId) || annotation.attributes[UNMAPPED_LABEL_ATTRIBUTE] === true)
      continue;
    const entry = found.get(annotation.itemId);
    if (entry) entry.count += 1;
    else found.set(annotation.itemId, { count: 1, firstLocation: location });
  }
  return [...found]
    .map(([label, { count, firstLocation }]) => ({
      label,
      count,
      firstLocation,
      suggestions: suggestItems(codebook, label),
    }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

/**
 * `incoming` with the plan applied to annotations whose item the reader could not match
 * (a native or W3C file names items by id, which the matcher never sees): mapped and
 * added labels get their item and the import's codebook version; raw ones keep the label
 * as their item and are flagged. Annotations without a decision are left as they are.
 */
export function applyLabelPlan(incoming: IncomingSet, plan: LabelPlan): IncomingSet {
  // Nothing decided (every preview read): the read as it is, not 100,000 copies of it.
  if (plan.decisions.size === 0) return incoming;
  const known = new Set<string>(plan.codebook.items.map((item) => item.id));
  const addedIds = new Set<string>(plan.added.values());
  const relabel = (annotation: Annotation): Annotation => {
    if (known.has(annotation.itemId)) {
      // An item added by this import exists only from the new version on.
      return addedIds.has(annotation.itemId) ? { ...annotation, codebook: plan.ref } : annotation;
    }
    const decision = plan.decisions.get(annotation.itemId);
    if (decision === undefined) return annotation;
    if (decision.kind === 'raw') {
      return {
        ...annotation,
        attributes: { ...annotation.attributes, [UNMAPPED_LABEL_ATTRIBUTE]: true },
      };
    }
    const itemId = decision.kind === 'item' ? decision.itemId : plan.added.get(annotation.itemId);
    return itemId ? { ...annotation, itemId, codebook: plan.ref } : annotation;
  };
  return {
    ...incoming,
    annotations: incoming.annotations.map((entry) => ({
      ...entry,
      annotation: relabel(entry.annotation),
    })),
    ...(plan.newVersion ? { codebookVersion: plan.newVersion } : {}),
  };
}
