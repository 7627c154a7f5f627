import { useCallback, useState } from 'react';

/** A message for the user, such as a host error, shown until dismissed. */
export interface Notice {
  id: number;
  message: string;
}

/** Notices: the list, `notify(message)` to add one (a repeat is shown once), `dismiss(id)`. */
export function useNotices() {
  const [notices, setNotices] = useState<Notice[]>([]);
  const notify = useCallback((message: string) => {
    setNotices((current) =>
      current.some((notice) => notice.message === message)
        ? current
        : [...current, { id: Date.now() + Math.random(), message }],
    );
  }, []);
  const dismiss = useCallback((id: number) => {
    setNotices((current) => current.filter((notice) => notice.id !== id));
  }, []);
  return { notices, notify, dismiss };
}
