/** The marker of an article whose source file is gone: the article and its annotations stay. */
import '../styles/sources.css';

interface SourceMissingBadgeProps {
  isMissing: boolean | undefined;
  path: string;
}

/** A small warning label; renders nothing while the file is there. */
export function SourceMissingBadge({ isMissing, path }: SourceMissingBadgeProps) {
  if (!isMissing) return null;
  return (
    <span
      className="source-missing"
      title={`${path} is no longer on disk. The article and its annotations are kept.`}
    >
      Source missing
    </span>
  );
}
