/** Messages the user must read (host errors, start-up problems), each dismissible. */
import type { Notice } from './useNotices';

interface NoticeListProps {
  notices: Notice[];
  onDismiss: (id: number) => void;
}

/** An alert list; renders nothing when there is no notice. */
export function NoticeList({ notices, onDismiss }: NoticeListProps) {
  if (notices.length === 0) return null;
  return (
    <ul className="notices" role="alert">
      {notices.map((notice) => (
        <li key={notice.id} className="notice">
          <span>{notice.message}</span>
          <button type="button" onClick={() => onDismiss(notice.id)} aria-label="Dismiss message">
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}
