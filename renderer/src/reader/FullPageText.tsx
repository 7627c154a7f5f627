/**
 * "Full page" for articles read from HTML: the reader shows the extracted article, and this
 * shows the whole page as text (menus, sidebars, related links) in a dialog, for context.
 * It is plain text in a `<pre>`: the page's markup is never rendered.
 */
import { useState } from 'react';
import { ModalDialog } from '../shell/ModalDialog';

function PageTextDialog({ pageText, onClose }: { pageText: string; onClose: () => void }) {
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
      <pre className="page-text">{pageText}</pre>
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
  pageText,
  label = 'Full page text',
}: {
  pageText: string | undefined;
  label?: string;
}) {
  const [isOpen, setOpen] = useState(false);
  if (pageText === undefined) return null;
  return (
    <>
      <button type="button" className="link-button" onClick={() => setOpen(true)}>
        {label}
      </button>
      {isOpen && <PageTextDialog pageText={pageText} onClose={() => setOpen(false)} />}
    </>
  );
}
