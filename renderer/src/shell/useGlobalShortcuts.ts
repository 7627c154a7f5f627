import { useEffect, useEffectEvent } from 'react';

/** The window-wide shortcuts: Mod+O opens files, Mod+Shift+O a folder (Mod is Ctrl or ⌘). */
export function useGlobalShortcuts(openFiles: () => void, openFolder: () => void): void {
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    const isMod = event.ctrlKey || event.metaKey;
    if (!isMod || event.altKey || event.key.toLowerCase() !== 'o') return;
    event.preventDefault();
    if (event.shiftKey) openFolder();
    else openFiles();
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);
}
