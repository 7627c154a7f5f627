/**
 * Every key of the app, in one table: the editor's keyboard (`editor/useEditorKeys.ts`)
 * matches events against these entries, and the cheat sheet (`help/CheatSheet.tsx`) is
 * drawn from them, so the sheet cannot drift from what the keys do. Label keys come from
 * the codebook (`help/label-keys.ts`). Pure.
 */

/** Where a key works. */
export type KeyContext =
  | 'Anywhere'
  | 'Reader'
  | 'Reader, text selected'
  | 'Reader, annotation focused'
  | 'Reader, linking a claim’s source'
  | 'Note field'
  | 'Review';

/** One command and the keys that run it (`Mod` is Ctrl, or ⌘ on macOS). */
export interface KeyBinding {
  id: string;
  /** Alternatives, each written `Mod+Shift+Z` (modifiers, then the key as `event.key` names it). */
  keys: readonly string[];
  action: string;
  context: KeyContext;
}

function binding(id: string, context: KeyContext, action: string, ...keys: string[]): KeyBinding {
  return { id, keys, action, context };
}

/** The app's keys, grouped by context in the order the cheat sheet shows them. */
export const KEY_TABLE = {
  openFiles: binding('openFiles', 'Anywhere', 'Open article files', 'Mod+O'),
  openFolder: binding('openFolder', 'Anywhere', 'Open a folder and its subfolders', 'Mod+Shift+O'),
  settings: binding('settings', 'Anywhere', 'Settings', 'Mod+,'),
  search: binding(
    'search',
    'Anywhere',
    'Search the library’s texts and annotations',
    'Mod+Shift+F',
  ),
  cheatSheet: binding('cheatSheet', 'Anywhere', 'This list of keys', '?', 'F1'),
  back: binding('back', 'Anywhere', 'Close a dialog, then the open screen', 'Escape'),
  undo: binding('undo', 'Reader', 'Undo the last change', 'Mod+Z'),
  redo: binding('redo', 'Reader', 'Redo', 'Mod+Shift+Z', 'Mod+Y'),
  nextAnnotation: binding('nextAnnotation', 'Reader', 'Next annotation', ']'),
  previousAnnotation: binding('previousAnnotation', 'Reader', 'Previous annotation', '['),
  nextSameLabel: binding('nextSameLabel', 'Reader', 'Next annotation with the same label', '}'),
  previousSameLabel: binding(
    'previousSameLabel',
    'Reader',
    'Previous annotation with the same label',
    '{',
  ),
  articleStatus: binding(
    'articleStatus',
    'Reader',
    'Your status of the article: next of new, in progress, done',
    'Alt+S',
  ),
  palette: binding(
    'palette',
    'Reader, text selected',
    'Label palette: type to find a label',
    'Enter',
    'Mod+K',
  ),
  labelKeys: binding(
    'labelKeys',
    'Reader, text selected',
    'Tag with a label: its category key, then its item key (below)',
    'Category key, item key',
  ),
  markChrome: binding('markChrome', 'Reader, text selected', 'Mark lines as page chrome', 'Alt+C'),
  markBody: binding('markBody', 'Reader, text selected', 'Mark lines as article body', 'Alt+B'),
  relabel: binding('relabel', 'Reader, annotation focused', 'Relabel', 'Enter', 'Mod+K'),
  deleteFocused: binding(
    'deleteFocused',
    'Reader, annotation focused',
    'Delete the annotation',
    'Delete',
    'Backspace',
  ),
  linkSource: binding(
    'linkSource',
    'Reader, annotation focused',
    'Link the focused claim to its source: step to a mention, Enter links',
    'l',
  ),
  linkNext: binding(
    'linkNext',
    'Reader, linking a claim’s source',
    'Next candidate source, nearest the claim first',
    'ArrowDown',
    'ArrowRight',
    'Tab',
  ),
  linkPrevious: binding(
    'linkPrevious',
    'Reader, linking a claim’s source',
    'Previous candidate source',
    'ArrowUp',
    'ArrowLeft',
    'Shift+Tab',
  ),
  linkConfirm: binding(
    'linkConfirm',
    'Reader, linking a claim’s source',
    'Link the claim to the highlighted source',
    'Enter',
  ),
  linkCancel: binding(
    'linkCancel',
    'Reader, linking a claim’s source',
    'Stop linking, nothing changed',
    'Escape',
  ),
  bold: binding('bold', 'Note field', 'Bold', 'Mod+B'),
  italic: binding('italic', 'Note field', 'Italic', 'Mod+I'),
  code: binding('code', 'Note field', 'Code', 'Mod+E'),
  saveNote: binding('saveNote', 'Note field', 'Save the note now', 'Mod+Enter'),
  nextDisagreement: binding('nextDisagreement', 'Review', 'Next disagreement', 'j', ']'),
  previousDisagreement: binding(
    'previousDisagreement',
    'Review',
    'Previous disagreement',
    'k',
    '[',
  ),
} as const satisfies Record<string, KeyBinding>;

export type KeyId = keyof typeof KEY_TABLE;

/** The bindings in table order. */
export const KEY_BINDINGS: readonly KeyBinding[] = Object.values(KEY_TABLE);

/** What a key event carries that a binding names. */
export interface KeyStroke {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

// Characters typed with Shift on most layouts: their binding does not name Shift.
const SHIFTED = /^[^a-z0-9]$/i;

/** Whether `event` is one of `binding`'s keys (letters in either case). */
export function matchesKey(event: KeyStroke, binding: KeyBinding): boolean {
  return binding.keys.some((keys) => {
    const parts = keys === '+' ? ['+'] : keys.split('+');
    const key = parts.at(-1) ?? '';
    const wantsMod = parts.includes('Mod');
    const wantsShift = parts.includes('Shift');
    const wantsAlt = parts.includes('Alt');
    const isMod = event.ctrlKey || event.metaKey;
    if (isMod !== wantsMod || event.altKey !== wantsAlt) return false;
    if (!SHIFTED.test(key) && event.shiftKey !== wantsShift) return false;
    return event.key.toLowerCase() === key.toLowerCase();
  });
}

/** The contexts in the order of the table. */
export function keyContexts(): KeyContext[] {
  return [...new Set(KEY_BINDINGS.map((entry) => entry.context))];
}
