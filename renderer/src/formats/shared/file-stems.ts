/** File names for per-article export files, safe on every desktop file system. */
import type { ArticleId } from '../../annotation/types';

/**
 * A unique, portable file stem per article, from its source name without extension
 * (`Rapport: été.html` → `Rapport_été`); duplicates get `-2`, `-3`, …; an empty name
 * becomes `article`.
 */
export function articleFileStems(
  articles: readonly { id: ArticleId; sourceName: string }[],
): Map<ArticleId, string> {
  const stems = new Map<ArticleId, string>();
  const used = new Set<string>();
  for (const article of articles) {
    const base =
      article.sourceName
        .replace(/\.[^./\\]{1,8}$/, '')
        // Windows forbids these; spaces and dots are kept out to keep tools' globbing simple.
        .replace(/[<>:"/\\|?*\s.\p{Cc}]+/gu, '_')
        .replace(/^_+|_+$/g, '')
        .slice(0, 80) || 'article';
    let stem = base;
    for (let n = 2; used.has(stem.toLowerCase()); n++) stem = `${base}-${n}`;
    used.add(stem.toLowerCase());
    stems.set(article.id, stem);
  }
  return stems;
}
