/**
 * The rules every codebook keeps, whether read from a file or produced by an edit: unique
 * ids, a tree (parents exist, no cycles), shortcut keys that do not clash, valid colours,
 * unambiguous external labels. One checker, so a file and an edit are judged alike.
 */
import type { Codebook, CodebookItem } from './codebook-types';
import { parseHexColour } from './colour-contrast';

/** The first rule a codebook breaks: where (`items[3].key`) and what. */
export interface CodebookProblem {
  path: string;
  message: string;
}

/** Schemes whose labels are a many-to-one mapping, so several items may share one. */
const SHARED_LABEL_SCHEMES = new Set(['conll']);

/**
 * The top-level item above `id` (itself when top level). Assumes the tree has no cycle;
 * gives up, returning undefined, on a missing parent or a cycle.
 */
export function rootIdOf(byId: ReadonlyMap<string, CodebookItem>, id: string): string | undefined {
  let current = byId.get(id);
  for (let steps = 0; current && steps <= byId.size; steps++) {
    if (current.parentId === undefined) return current.id;
    current = byId.get(current.parentId);
  }
  return undefined;
}

/**
 * The key scope an item's shortcut must be unique in: '' for top-level items, else the
 * id of its top-level category.
 */
export function keyScopeOf(byId: ReadonlyMap<string, CodebookItem>, item: CodebookItem): string {
  return item.parentId === undefined ? '' : (rootIdOf(byId, item.id) ?? '');
}

/** Returns the first broken rule, or undefined when the codebook is sound. */
export function findCodebookProblem(codebook: Codebook): CodebookProblem | undefined {
  if (!Number.isInteger(codebook.version) || codebook.version < 1) {
    return { path: 'version', message: 'the content version must be a whole number from 1' };
  }
  const byId = new Map<string, CodebookItem>();
  const at = (i: number, field?: string) => `items[${i}]${field ? `.${field}` : ''}`;
  for (const [i, item] of codebook.items.entries()) {
    if (byId.has(item.id)) return { path: at(i, 'id'), message: `duplicate id "${item.id}"` };
    byId.set(item.id, item);
  }
  for (const [i, item] of codebook.items.entries()) {
    const problem = findItemProblem(item, byId);
    if (problem) return { path: at(i, problem.path), message: problem.message };
  }
  const keys = new Map<string, CodebookItem>();
  const labels = new Map<string, CodebookItem>();
  for (const [i, item] of codebook.items.entries()) {
    if (item.key !== undefined && !item.retired) {
      const slot = `${keyScopeOf(byId, item)}\u0000${item.key}`;
      const other = keys.get(slot);
      if (other) return { path: at(i, 'key'), message: keyClashMessage(item, other) };
      keys.set(slot, item);
    }
    for (const [scheme, label] of Object.entries(item.externalLabels)) {
      if (label === undefined || SHARED_LABEL_SCHEMES.has(scheme)) continue;
      const slot = `${scheme}\u0000${label}`;
      const other = labels.get(slot);
      if (other) {
        return {
          path: at(i, `externalLabels.${scheme}`),
          message: `${scheme} label "${label}" is already on "${other.id}"`,
        };
      }
      labels.set(slot, item);
    }
  }
  return undefined;
}

/**
 * Another non-retired item holding the same key as `id` in its key scope; undefined when
 * the item is retired, has no key, or its key is free.
 */
export function findKeyClash(codebook: Codebook, id: string): CodebookItem | undefined {
  const byId = new Map(codebook.items.map((item) => [item.id as string, item]));
  const item = byId.get(id);
  if (!item || item.key === undefined || item.retired) return undefined;
  const scope = keyScopeOf(byId, item);
  return codebook.items.find(
    (other) =>
      other.id !== item.id &&
      !other.retired &&
      other.key === item.key &&
      keyScopeOf(byId, other) === scope,
  );
}

/** The message for two items wanting the same shortcut in one scope. */
export function keyClashMessage(item: CodebookItem, other: CodebookItem): string {
  const where = item.parentId === undefined ? 'among top-level items' : 'in its category';
  return `key "${item.key}" of "${item.label}" is already used by "${other.label}" ${where}`;
}

function findItemProblem(
  item: CodebookItem,
  byId: ReadonlyMap<string, CodebookItem>,
): CodebookProblem | undefined {
  if (item.label.trim() === '') return { path: 'label', message: 'the label is empty' };
  if (!parseHexColour(item.colour)) {
    return { path: 'colour', message: `"${item.colour}" is not a colour like #1f6feb` };
  }
  if (item.key !== undefined && [...item.key].length !== 1) {
    return { path: 'key', message: `key "${item.key}" must be a single character` };
  }
  if (item.parentId !== undefined) {
    if (!byId.has(item.parentId)) {
      return { path: 'parentId', message: `parent "${item.parentId}" is not in this codebook` };
    }
    if (rootIdOf(byId, item.id) === undefined) {
      return { path: 'parentId', message: `"${item.id}" is nested inside itself (a cycle)` };
    }
  }
  const attributeKeys = new Set<string>();
  for (const [a, attribute] of item.attributes.entries()) {
    const path = `attributes[${a}]`;
    if (attributeKeys.has(attribute.key)) {
      return { path: `${path}.key`, message: `duplicate attribute key "${attribute.key}"` };
    }
    attributeKeys.add(attribute.key);
    if (attribute.kind === 'choice') {
      const values = new Set(attribute.options.map((option) => option.value));
      if (values.size !== attribute.options.length) {
        return { path: `${path}.options`, message: 'two options share a value' };
      }
      if (attribute.defaultValue !== undefined && !values.has(attribute.defaultValue)) {
        return { path: `${path}.defaultValue`, message: 'the default is not one of the options' };
      }
    }
    if (attribute.kind === 'item-choice' && !byId.has(attribute.fromParentId)) {
      return {
        path: `${path}.fromParentId`,
        message: `"${attribute.fromParentId}" is not in this codebook`,
      };
    }
  }
  return undefined;
}
