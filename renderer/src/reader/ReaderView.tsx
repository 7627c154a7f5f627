/** The reader screen: the article's header and its annotation workspace; Escape or "Library" goes back. */
import { useRef, useState } from 'react';
import type { ArticleId } from '../db/records';
import { AnnotationWorkspace } from '../editor/AnnotationWorkspace';
import { useArticleAnnotations } from '../editor/useArticleAnnotations';
import { fileNameOf } from '../format/file-name';
import { formatDateTime } from '../format/format-date';
import { formatSize } from '../format/format-size';
import { useEscapeLayer } from '../shell/useEscapeLayer';
import { SourceMissingBadge } from '../sources/SourceMissingBadge';
import { ArticleStatusControl } from '../status/ArticleStatusControl';
import { useActiveCodebook } from '../store/useActiveCodebook';
import { ArticleHeading } from './ArticleHeading';
import { FullPageText } from './FullPageText';
import { LeftOutNotice } from './LeftOutNotice';
import { textDirection } from '../metadata/text-direction';
import '../styles/reader-direction.css';
import { useArticle } from './useArticle';
import { useRememberScroll } from '../settings/useLastReading';
import '../styles/reading-room.css';

// The header folds to its title line once the text is scrolled past this many pixels.
const COLLAPSE_AFTER_PX = 24;

interface ReaderViewProps {
  articleId: ArticleId;
  onClose: () => void;
}

/** Loads the article, its annotations and the codebook; says so when the article is gone. */
export function ReaderView({ articleId, onClose }: ReaderViewProps) {
  const loaded = useArticle(articleId);
  const annotations = useArticleAnnotations(articleId);
  const codebook = useActiveCodebook();
  const sectionRef = useRef<HTMLElement>(null);
  const [isScrolled, setScrolled] = useState(false);
  const [isHeaderPinned, setHeaderPinned] = useState(false);
  const rememberScroll = useRememberScroll(sectionRef, '.editor-surface', articleId);

  // The bottom layer of Escape: the article closes only when the workspace had nothing
  // open (a dialog, a pending label key, a focused annotation) for Escape to cancel.
  useEscapeLayer('screen', () => {
    onClose();
    return true;
  });

  if (loaded === undefined || annotations === undefined || codebook === undefined) {
    return <section className="reader" aria-busy="true" />;
  }
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
  const { article, text, chromeRanges } = loaded;
  const direction = textDirection(article);
  return (
    // The text's direction (rtl for Arabic, Persian, Hebrew…) is the article's, not the app's:
    // the header and the side panel keep the interface's layout (see reader-direction.css).
    <section
      ref={sectionRef}
      className="reader"
      aria-labelledby="reader-title"
      data-direction={direction}
      onScrollCapture={(event) => {
        const target = event.target;
        if (target instanceof HTMLElement && target.classList.contains('editor-surface')) {
          setScrolled(target.scrollTop > COLLAPSE_AFTER_PX);
          rememberScroll(target);
        }
      }}
    >
      <header
        className="reader-header"
        data-collapsed={isScrolled && !isHeaderPinned ? 'true' : undefined}
      >
        <button type="button" className="back-button" onClick={onClose} aria-keyshortcuts="Escape">
          <span aria-hidden="true">←</span> Library
        </button>
        <div className="reader-heading">
          <ArticleHeading article={article} />
          <p className="reader-meta">
            <span title={article.sourcePath}>
              {fileNameOf(article.sourcePath)}
              <SourceMissingBadge isMissing={article.sourceMissing} path={article.sourcePath} />
            </span>
            <span>{formatSize(article.sizeBytes)}</span>
            <span>{article.encoding}</span>
            <FullPageText articleId={articleId} hasPageText={loaded.hasPageText} />
            <span>
              Added <time dateTime={article.addedAt}>{formatDateTime(article.addedAt)}</time>
            </span>
          </p>
          <LeftOutNotice
            articleId={articleId}
            leftOut={article.metadata?.leftOut}
            hasPageText={loaded.hasPageText}
          />
        </div>
        <ArticleStatusControl articleId={articleId} title={article.title} />
        {isScrolled && (
          <button
            type="button"
            className="header-toggle"
            aria-expanded={isHeaderPinned}
            onClick={() => setHeaderPinned(!isHeaderPinned)}
          >
            {isHeaderPinned ? 'Fold details' : 'Show details'}
          </button>
        )}
      </header>
      <AnnotationWorkspace
        // The editor holds one text for its life: a text changed on disk mounts it afresh.
        key={article.textSha256}
        articleId={articleId}
        title={article.title}
        text={text}
        chromeRanges={chromeRanges}
        annotations={annotations.rows}
        spansBefore={annotations.spansBefore}
        codebook={codebook}
      />
    </section>
  );
}
