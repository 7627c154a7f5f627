import { useEffect, useEffectEvent } from 'react';
import type { MenuCommand, SourcemarkApi } from '../../../preload/api';

/** Subscribes to the host's menu commands and open requests for the component's lifetime. */
export function useHostEvents(
  api: SourcemarkApi,
  onMenu: (command: MenuCommand) => void,
  onOpenPaths: (paths: string[]) => void,
): void {
  const handleMenu = useEffectEvent(onMenu);
  const handleOpen = useEffectEvent(onOpenPaths);
  useEffect(() => {
    const unsubscribeMenu = api.app.onDidInvokeMenu((command) => handleMenu(command));
    const unsubscribeOpen = api.app.onDidRequestOpen((paths) => handleOpen(paths));
    return () => {
      unsubscribeMenu();
      unsubscribeOpen();
    };
  }, [api]);
}
