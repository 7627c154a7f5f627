import { useEffect, useRef } from 'react';

/**
 * A ref for a `<dialog>` that opens as a modal when it mounts: the browser then traps the
 * focus, shows a backdrop and turns Escape into a `cancel` event.
 */
export function useModalDialog() {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return ref;
}
