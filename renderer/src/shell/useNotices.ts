import { useCallback, useEffect, useRef, useState } from 'react';
import { NEWS_NOTICE_MS, noticeKindOf, type NoticeKind } from '../notices/notice-kind';

/** A message for the user: news dismisses itself, an error stays until dismissed. */
export interface Notice {
  id: number;
  message: string;
  kind: NoticeKind;
}

/**
 * Notices: the list, `notify(message, kind?)` to add one (a repeat is shown once; the kind
 * is read from the wording unless given), `dismiss(id)`. News goes after a few seconds.
 */
export function useNotices() {
  const [notices, setNotices] = useState<Notice[]>([]);
  const timers = useRef(new Map<number, number>());
  const dismiss = useCallback((id: number) => {
    window.clearTimeout(timers.current.get(id));
    timers.current.delete(id);
    setNotices((current) => current.filter((notice) => notice.id !== id));
  }, []);
  const notify = useCallback(
    (message: string, kind: NoticeKind = noticeKindOf(message)) => {
      const id = Date.now() + Math.random();
      setNotices((current) =>
        current.some((notice) => notice.message === message)
          ? current
          : [...current, { id, message, kind }],
      );
      if (kind === 'news')
        timers.current.set(
          id,
          window.setTimeout(() => dismiss(id), NEWS_NOTICE_MS),
        );
    },
    [dismiss],
  );
  useEffect(() => {
    const pending = timers.current;
    return () => pending.forEach((timer) => window.clearTimeout(timer));
  }, []);
  return { notices, notify, dismiss };
}
