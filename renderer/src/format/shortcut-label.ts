/** Keyboard shortcut labels for the platform the app runs on. */

/** Whether the app runs on macOS, where shortcuts use ⌘ instead of Ctrl. */
export const isMac =
  typeof navigator !== 'undefined' &&
  /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

/** "Ctrl+Shift+O" on Windows and Linux, "⇧⌘O" on macOS, for `keys` like `Mod+Shift+O`. */
export function shortcutLabel(keys: string): string {
  const parts = keys.split('+');
  if (!isMac) return parts.map((part) => (part === 'Mod' ? 'Ctrl' : part)).join('+');
  const symbols: Record<string, string> = { Mod: '⌘', Shift: '⇧', Alt: '⌥' };
  const modifiers = parts.slice(0, -1).sort((a, b) => (a === 'Shift' ? -1 : b === 'Shift' ? 1 : 0));
  return modifiers.map((part) => symbols[part] ?? part).join('') + (parts.at(-1) ?? '');
}

/** The `aria-keyshortcuts` value for `keys` like `Mod+Shift+O`. */
export function ariaShortcut(keys: string): string {
  return keys.replace('Mod', isMac ? 'Meta' : 'Control');
}

// Arrow keys as the arrows printed on them.
const ARROWS: Record<string, string> = {
  ArrowUp: '↑',
  ArrowDown: '↓',
  ArrowLeft: '←',
  ArrowRight: '→',
};

/**
 * How a key table entry is printed: `Mod+K` as `shortcutLabel` writes it, an arrow key as
 * its arrow, a single key (`?`, `+`) as it is.
 */
export function keyLabel(keys: string): string {
  if (ARROWS[keys]) return ARROWS[keys];
  return keys.includes('+') && keys.length > 1 ? shortcutLabel(keys) : keys;
}
