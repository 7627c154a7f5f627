/**
 * Editing a codebook: pure functions that return a new codebook with the content version
 * one higher, or refuse with a message the UI can show. Ids never change, so existing
 * annotations keep resolving; retiring hides an item without removing it.
 */
import { findCodebookProblem, findKeyClash, keyClashMessage } from './codebook-invariants';
import type { Codebook, CodebookItem, CodebookItemId, CodebookResult } from './codebook-types';

/** What `addItem` needs; everything but id, label and colour has a default. */
export type NewCodebookItem = Pick<CodebookItem, 'id' | 'label' | 'colour'> &
  Partial<Omit<CodebookItem, 'id' | 'label' | 'colour'>>;

function refuse(error: string): CodebookResult<Codebook> {
  return { ok: false, error };
}

/**
 * Applies a change to `edited`, then checks every codebook rule (a key clash first, so the
 * message names the edited item); bumps the version when they hold.
 */
function commit(
  codebook: Codebook,
  items: readonly CodebookItem[],
  edited: CodebookItem,
): CodebookResult<Codebook> {
  const next: Codebook = { ...codebook, items, version: codebook.version + 1 };
  const other = findKeyClash(next, edited.id);
  if (other) return refuse(capitalise(keyClashMessage(edited, other)));
  const problem = findCodebookProblem(next);
  return problem ? refuse(capitalise(problem.message)) : { ok: true, value: next };
}

function capitalise(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1) + '.';
}

function update(
  codebook: Codebook,
  id: CodebookItemId,
  change: (item: CodebookItem) => CodebookItem | string,
): CodebookResult<Codebook> {
  const item = codebook.items.find((candidate) => candidate.id === id);
  if (!item) return refuse(`There is no item "${id}" in this codebook.`);
  const changed = change(item);
  if (typeof changed === 'string') return refuse(changed);
  return commit(
    codebook,
    codebook.items.map((candidate) => (candidate.id === id ? changed : candidate)),
    changed,
  );
}

/**
 * Adds an item after its last sibling (at the end for a new top-level item). Refuses an
 * existing id, a missing parent, a key clash or a bad colour.
 */
export function addItem(codebook: Codebook, fields: NewCodebookItem): CodebookResult<Codebook> {
  if (codebook.items.some((item) => item.id === fields.id)) {
    return refuse(`An item with id "${fields.id}" already exists.`);
  }
  const item: CodebookItem = {
    scope: 'span',
    description: '',
    externalLabels: {},
    attributes: [],
    retired: false,
    ...fields,
    colour: fields.colour.toLowerCase(),
    key: fields.key?.toLowerCase(),
  };
  if (item.key === undefined) delete item.key;
  if (item.parentId === undefined) delete item.parentId;
  const lastSibling = codebook.items.findLastIndex((other) => other.parentId === item.parentId);
  const at = lastSibling === -1 ? codebook.items.length : lastSibling + 1;
  return commit(codebook, codebook.items.toSpliced(at, 0, item), item);
}

/** Renames an item; its id, and so its annotations, stay. Refuses an empty label. */
export function renameItem(
  codebook: Codebook,
  id: CodebookItemId,
  label: string,
): CodebookResult<Codebook> {
  const trimmed = label.trim();
  return update(codebook, id, (item) =>
    trimmed ? { ...item, label: trimmed } : 'A label cannot be empty.',
  );
}

/** Gives an item a new `#rrggbb` colour; refuses anything else. */
export function recolourItem(
  codebook: Codebook,
  id: CodebookItemId,
  colour: string,
): CodebookResult<Codebook> {
  return update(codebook, id, (item) => ({ ...item, colour: colour.trim().toLowerCase() }));
}

/**
 * Gives an item a new one-character shortcut, or none with `undefined`. Refuses a key
 * another usable item already has in the same scope, naming that item.
 */
export function rekeyItem(
  codebook: Codebook,
  id: CodebookItemId,
  key: string | undefined,
): CodebookResult<Codebook> {
  return update(codebook, id, (item) => {
    const { key: _old, ...rest } = item;
    return key === undefined ? rest : { ...rest, key: key.toLowerCase() };
  });
}

/**
 * Moves an item under a new parent (top level with `undefined`), after its new siblings'
 * existing order is kept. Refuses moving an item into itself or its own descendants, a
 * missing parent, and a key that clashes in the new category.
 */
export function moveItem(
  codebook: Codebook,
  id: CodebookItemId,
  parentId: CodebookItemId | undefined,
): CodebookResult<Codebook> {
  return update(codebook, id, (item) => {
    if (parentId !== undefined && isWithin(codebook, parentId, id)) {
      return `Cannot move "${item.label}" inside itself or an item under it.`;
    }
    const { parentId: _old, ...rest } = item;
    return parentId === undefined ? rest : { ...rest, parentId };
  });
}

/** Whether `id` is `ancestorId` or lies under it. */
function isWithin(codebook: Codebook, id: CodebookItemId, ancestorId: CodebookItemId): boolean {
  const byId = new Map(codebook.items.map((item) => [item.id as string, item]));
  let current = byId.get(id);
  for (let steps = 0; current && steps <= byId.size; steps++) {
    if (current.id === ancestorId) return true;
    current = current.parentId === undefined ? undefined : byId.get(current.parentId);
  }
  return false;
}

/**
 * Retires an item: hidden from the palette and shortcuts (with everything under it), but
 * kept, so annotations made with it still resolve by id. Its key is freed for others.
 */
export function retireItem(codebook: Codebook, id: CodebookItemId): CodebookResult<Codebook> {
  return update(codebook, id, (item) =>
    item.retired ? `"${item.label}" is already retired.` : { ...item, retired: true },
  );
}

/**
 * Brings a retired item back. If its key was given to another item meanwhile, it comes
 * back without a key rather than being refused.
 */
export function unretireItem(codebook: Codebook, id: CodebookItemId): CodebookResult<Codebook> {
  return update(codebook, id, (item) => {
    if (!item.retired) return `"${item.label}" is not retired.`;
    const restored = { ...item, retired: false };
    const items = codebook.items.map((other) => (other.id === id ? restored : other));
    if (!findKeyClash({ ...codebook, items }, id)) return restored;
    const { key: _key, ...keyless } = restored;
    return keyless;
  });
}

/** A fresh id for a new item under `parentId`: the parent's id, a dot, the label slugged. */
export function suggestItemId(
  codebook: Codebook,
  label: string,
  parentId?: CodebookItemId,
): CodebookItemId {
  const slug =
    label
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '') || 'item';
  const base = parentId ? `${parentId.split('.')[0]}.${slug}` : slug;
  const taken = new Set(codebook.items.map((item) => item.id as string));
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id as CodebookItemId;
}
