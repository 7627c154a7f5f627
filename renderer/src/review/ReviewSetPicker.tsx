/** The review screen's choices: the article, the base set, and the sets compared with it. */
import type { ArticleId } from '../annotation/types';
import type { ArticleRecord } from '../db/records';
import type { AnnotationSet } from './review-sets';

interface ReviewSetPickerProps {
  articles: readonly ArticleRecord[];
  articleId: ArticleId | null;
  onArticleChange: (id: ArticleId) => void;
  sets: readonly AnnotationSet[];
  /** Annotations per author on the article, shown beside each set's name. */
  counts: ReadonlyMap<string, number>;
  baseAuthor: string | null;
  onBaseChange: (author: string) => void;
  compared: readonly string[];
  onToggleCompared: (author: string, isOn: boolean) => void;
}

/** Article and set selectors. */
export function ReviewSetPicker(props: ReviewSetPickerProps) {
  const { sets, baseAuthor, compared } = props;
  const named = (set: AnnotationSet) => `${set.name} · ${props.counts.get(set.author) ?? 0}`;
  return (
    <div className="review-picker">
      <label>
        <span>Article</span>
        <select
          aria-label="Article"
          value={props.articleId ?? ''}
          onChange={(event) => props.onArticleChange(event.target.value as ArticleId)}
        >
          {props.articleId === null && <option value="">Choose an article</option>}
          {props.articles.map((article) => (
            <option key={article.id} value={article.id}>
              {article.title}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>Base set</span>
        <select
          aria-label="Base set"
          value={baseAuthor ?? ''}
          onChange={(event) => props.onBaseChange(event.target.value)}
        >
          {sets.map((set) => (
            <option key={set.author} value={set.author}>
              {named(set)}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="review-compared">
        <legend>Compared with</legend>
        {sets
          .filter((set) => set.author !== baseAuthor)
          .map((set) => (
            <label key={set.author}>
              <input
                type="checkbox"
                checked={compared.includes(set.author)}
                onChange={(event) => props.onToggleCompared(set.author, event.target.checked)}
              />
              {named(set)}
            </label>
          ))}
        {sets.length < 2 && <span className="panel-empty">Only one set on this article.</span>}
      </fieldset>
    </div>
  );
}
