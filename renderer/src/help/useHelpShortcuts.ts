/**
 * The window's keys for help and settings: `?` and F1 open the cheat sheet, Mod+, the
 * settings. Listened to in the capture phase, before the reader's keys, so `?` with text
 * selected opens the sheet instead of being taken for a label key; never while typing.
 */
import { useEffect, useEffectEvent } from 'react';
import { KEY_TABLE, matchesKey } from './key-table';

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) ||
      (target.isContentEditable && target.getAttribute('aria-readonly') !== 'true'))
  );
}

export function useHelpShortcuts(openCheatSheet: () => void, openSettings: () => void): void {
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented) return;
    const isF1 = event.key === 'F1';
    if (matchesKey(event, KEY_TABLE.settings)) {
      event.preventDefault();
      event.stopImmediatePropagation();
      openSettings();
    } else if (matchesKey(event, KEY_TABLE.cheatSheet) && (isF1 || !isTyping(event.target))) {
      event.preventDefault();
      event.stopImmediatePropagation();
      openCheatSheet();
    }
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    window.addEventListener('keydown', listener, true);
    return () => window.removeEventListener('keydown', listener, true);
  }, []);
}
