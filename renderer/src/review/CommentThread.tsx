/** The short review thread of one annotation: its comments (author, time) and a reply box. */
import { useState } from 'react';
import type { CommentRecord } from '../db/records';

interface CommentThreadProps {
  /** Shown in the heading and the field's name ("Base", "Compared"). */
  title: string;
  comments: readonly CommentRecord[];
  authorName: (author: string) => string;
  onAdd: (body: string) => Promise<void>;
}

/** The thread; adding a comment stores it at once (one transaction). */
export function CommentThread({ title, comments, authorName, onAdd }: CommentThreadProps) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState('');
  const submit = async () => {
    if (draft.trim() === '') return;
    try {
      await onAdd(draft);
      setDraft('');
      setError('');
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    }
  };
  return (
    <section className="comment-thread" aria-label={`Comments on ${title}`}>
      <ul>
        {comments.map((comment) => (
          <li key={comment.id} className="comment">
            <span className="comment-meta">
              {authorName(comment.author)} ·{' '}
              <time dateTime={comment.createdAt}>
                {new Date(comment.createdAt).toLocaleString()}
              </time>
            </span>
            <span className="comment-body">{comment.body}</span>
          </li>
        ))}
      </ul>
      <form
        className="comment-form"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <input
          aria-label={`Comment on ${title}`}
          placeholder="Add a comment"
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={(event) => event.stopPropagation()}
        />
        <button type="submit" disabled={draft.trim() === ''}>
          Comment
        </button>
      </form>
      {error && <p role="alert">{error}</p>}
    </section>
  );
}
