/**
 * "Full page" for articles read from HTML: the reader shows the extracted article, and this
 * shows the whole page as text (menus, sidebars, related links) in a dialog, for context.
 * It is plain text in a `<pre>`: the page's markup is never rendered. The page text is read
 * when the dialog opens, from the article's original (`articleOriginals`): the reader's
 * open reads the text alone.
 */
import { useEffect, useState } from 'react';
import type { ArticleId } from '../db/records';
import { getArticleOriginal } from '../library/article-repository';
import { ModalDialog } from '../shell/ModalDialog';

/** The page text of `articleId`: `undefined` while reading, `null` when none is stored. */
function usePageText(articleId: ArticleId): string | null | undefined {
  const [pageText, setPageText] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    let isCurrent = true;
    getArticleOriginal(articleId).then(
      (row) => isCurrent && setPageText(row?.pageText ?? null),
      () => isCurrent && setPageText(null),
    );
    return () => {
      isCurrent = false;
    };
  }, [articleId]);
  return pageText;
}

function PageTextDialog({ articleId, onClose }: { articleId: ArticleId; onClose: () => void }) {
  const pageText = usePageText(articleId);
  return (
    <ModalDialog
      className="sets-dialog page-text-dialog"
      labelledBy="page-text-title"
      onClose={onClose}
    >
      <h2 id="page-text-title">Full page text</h2>
      <p className="page-text-hint">
        The whole saved page, for context. Annotations are made on the article itself.
      </p>
      {pageText === undefined ? (
        <p role="status">Reading the page…</p>
      ) : pageText === null ? (
        <p role="alert">The page text is no longer stored.</p>
      ) : (
        <pre className="page-text">{pageText}</pre>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </ModalDialog>
  );
}

/**
 * A button (named `label`, "Full page text" by default) that opens the page's full text;
 * nothing for articles without one.
 */
export function FullPageText({
  articleId,
  hasPageText,
  label = 'Full page text',
}: {
  articleId: ArticleId;
  hasPageText: boolean;
  label?: string;
}) {
  const [isOpen, setOpen] = useState(false);
  if (!hasPageText) return null;
  return (
    <>
      <button type="button" className="link-button" onClick={() => setOpen(true)}>
        {label}
      </button>
      {isOpen && <PageTextDialog articleId={articleId} onClose={() => setOpen(false)} />}
    </>
  );
}
