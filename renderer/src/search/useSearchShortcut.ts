/** The window-wide key that opens Search (`KEY_TABLE.search`, Mod+Shift+F), even while typing. */
import { useEffect, useEffectEvent } from 'react';
import { KEY_TABLE, matchesKey } from '../help/key-table';

export function useSearchShortcut(openSearch: () => void): void {
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || !matchesKey(event, KEY_TABLE.search)) return;
    event.preventDefault();
    openSearch();
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);
}
