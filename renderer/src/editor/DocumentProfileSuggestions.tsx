/**
 * Ingestion's proposals for the document profile ("Suggested: Opinion, because…"), above
 * its fields. The analyst confirms one, which sets the field as picking it would, or
 * dismisses it; nothing is applied without them. See `metadata/profile-suggestions.ts`.
 */
import { useEffect, useRef, useState } from 'react';
import type { AttributeValue } from '../annotation/types';
import type { ArticleId } from '../db/records';
import type { ChoiceAttribute, AttributeDefinition } from '../codebook/codebook-types';
import { dismissSuggestion } from '../library/metadata-edits-repository';
import { pendingSuggestions } from '../metadata/profile-suggestions';
import { useArticleRecord } from './useArticleRecord';
import '../styles/metadata.css';

interface DocumentProfileSuggestionsProps {
  articleId: ArticleId;
  /** The attributes of the codebook's document profile. */
  definitions: readonly AttributeDefinition[];
  /** The profile's attributes as shown (`undefined` before its first field). */
  profile: Readonly<Record<string, AttributeValue>> | undefined;
  /** Sets `definition` to `value` exactly as picking it in the form does. */
  onConfirm: (definition: ChoiceAttribute, value: string) => void;
}

// "Signature: …" reads on as "because signature: …"; an acronym ("AZERTAC …") keeps its case.
function asClause(reason: string): string {
  return /^\p{Lu}\p{Ll}/u.test(reason) ? reason[0]!.toLowerCase() + reason.slice(1) : reason;
}

/** The pending suggestions, or nothing when there are none. */
export function DocumentProfileSuggestions({
  articleId,
  definitions,
  profile,
  onConfirm,
}: DocumentProfileSuggestionsProps) {
  const article = useArticleRecord(articleId);
  const [error, setError] = useState<string | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const shouldRefocus = useRef(false);
  const pending = article
    ? pendingSuggestions({
        suggestions: article.metadata?.suggestions ?? [],
        definitions,
        profile,
        dismissed: article.metadataEdits?.dismissedSuggestions ?? [],
      })
    : [];
  const keys = pending.map((suggestion) => suggestion.key).join('\n');

  useEffect(() => {
    // The answered suggestion left the list: the keyboard moves on to the next one.
    if (!shouldRefocus.current) return;
    shouldRefocus.current = false;
    listRef.current?.querySelector<HTMLButtonElement>('.suggestion-confirm')?.focus();
  }, [keys]);

  if (pending.length === 0 && !error) return null;
  return (
    <section className="profile-suggestions" aria-label="Suggestions from the text">
      <h3>Suggested from the text</h3>
      <ul ref={listRef}>
        {pending.map(({ key, definition, option, reason }) => (
          <li key={key} className="suggestion">
            <p className="suggestion-value" id={`suggestion-${key}`}>
              <span className="suggestion-field">{definition.label}</span> Suggested:{' '}
              <strong>{option.label}</strong>
            </p>
            <p className="suggestion-reason">because {asClause(reason)}</p>
            <div className="suggestion-actions">
              <button
                type="button"
                className="suggestion-confirm button-primary"
                // Described, not labelled, by the field: `getByLabel('Genre')` means the form's.
                aria-describedby={`suggestion-${key}`}
                onClick={() => {
                  shouldRefocus.current = true;
                  onConfirm(definition, option.value);
                }}
              >
                Confirm
              </button>
              <button
                type="button"
                aria-describedby={`suggestion-${key}`}
                onClick={() => {
                  shouldRefocus.current = true;
                  setError(null);
                  dismissSuggestion(articleId, key).catch((failure: unknown) =>
                    setError(
                      `Not dismissed: ${failure instanceof Error ? failure.message : String(failure)}`,
                    ),
                  );
                }}
              >
                Dismiss
              </button>
            </div>
          </li>
        ))}
      </ul>
      {error && (
        <p className="meta-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
