/** The reader screen: the article's header and its text; Escape or "Library" goes back. */
import { useEffect, useState } from 'react';
import type { ArticleId } from '../db/records';
import { fileNameOf } from '../format/file-name';
import { formatDateTime } from '../format/format-date';
import { languageName } from '../format/format-language';
import { formatSize } from '../format/format-size';
import { ArticleText } from './ArticleText';
import type { TextRange } from './selection-offsets';
import { useArticle } from './useArticle';

interface ReaderViewProps {
  articleId: ArticleId;
  onClose: () => void;
}

function selectionLabel(range: TextRange | null): string {
  if (!range) return 'No selection';
  if (range.start === range.end) return `Caret at ${range.start}`;
  return `Selection ${range.start}–${range.end} (${range.end - range.start} characters)`;
}

/** Loads the article and shows it; says so when it no longer exists. */
export function ReaderView({ articleId, onClose }: ReaderViewProps) {
  const loaded = useArticle(articleId);
  const [selection, setSelection] = useState<TextRange | null>(null);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      onClose();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [onClose]);

  if (loaded === undefined) return <section className="reader" aria-busy="true" />;
  if (loaded === null) {
    return (
      <section className="reader reader-missing">
        <p>This article is no longer in the library.</p>
        <button type="button" onClick={onClose}>
          Library
        </button>
      </section>
    );
  }
  const { article, text } = loaded;
  return (
    <section className="reader" aria-labelledby="reader-title">
      <header className="reader-header">
        <button type="button" className="back-button" onClick={onClose} aria-keyshortcuts="Escape">
          <span aria-hidden="true">←</span> Library
        </button>
        <div className="reader-heading">
          <h1 id="reader-title">{article.title}</h1>
          <p className="reader-meta">
            <span title={article.sourcePath}>{fileNameOf(article.sourcePath)}</span>
            <span>{languageName(article.language)}</span>
            <span>{formatSize(article.sizeBytes)}</span>
            <span>{article.encoding}</span>
            <span>
              Added <time dateTime={article.addedAt}>{formatDateTime(article.addedAt)}</time>
            </span>
          </p>
        </div>
      </header>
      <div className="reader-body">
        <ArticleText text={text} onSelectionChange={setSelection} />
      </div>
      <footer className="reader-status">
        <span data-testid="selection-status">{selectionLabel(selection)}</span>
        <span className="reader-hint">Read-only · Esc returns to the library</span>
      </footer>
    </section>
  );
}
