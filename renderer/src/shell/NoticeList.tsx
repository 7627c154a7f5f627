/** Messages the user must read: errors as an alert, each dismissible; news goes by itself. */
import type { Notice } from './useNotices';

interface NoticeListProps {
  notices: Notice[];
  onDismiss: (id: number) => void;
}

/** The notices; renders nothing when there is none. */
export function NoticeList({ notices, onDismiss }: NoticeListProps) {
  if (notices.length === 0) return null;
  return (
    <ul className="notices" role="alert">
      {notices.map((notice) => (
        <li key={notice.id} className="notice" data-kind={notice.kind}>
          <span>{notice.message}</span>
          <button type="button" onClick={() => onDismiss(notice.id)} aria-label="Dismiss message">
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}
