/** The side panel: the focused annotation's details, the article's annotations, the document profile. */
import { useState, type ReactNode } from 'react';
import type { Annotation, ArticleId, SpanAnnotation } from '../annotation/types';
import type { CodebookIndex } from '../codebook/codebook-lookup';
import { useWorkspace } from '../shell/workspace-context';
import type { Edit } from '../store/edit';
import type { AnnotationContext } from './annotation-actions';
import { AnnotationDetails } from './AnnotationDetails';
import { AnnotationList } from './AnnotationList';
import { DocumentProfile } from './DocumentProfile';
import { EntitySuggestions } from './EntitySuggestions';
import { useEntities } from './useEntities';

interface AnnotationPanelProps {
  articleId: ArticleId;
  text: string;
  annotations: Annotation[];
  /** The span annotations of `annotations` drawn in the text (orphans aside). */
  spans: SpanAnnotation[];
  codebook: CodebookIndex;
  context: AnnotationContext;
  focused: Annotation | undefined;
  onFocus: (id: string | null) => void;
  onApply: (edit: Edit) => Promise<void>;
  onRelabel: () => void;
  onFindOccurrences: (annotation: SpanAnnotation) => void;
  /** Annotations lost by a change of the text, shown above the list. */
  orphans: ReactNode;
  /** Colleagues' annotations on the article (a count and an overlay switch), under the tabs. */
  colleagues?: ReactNode;
  /**
   * The article's annotations are still being read (a long article's come a page at a
   * time): the list, its counts and the suggestions wait, and nothing is deleted meanwhile.
   */
  isReading?: boolean;
}

type Tab = 'annotations' | 'document';

/** Tabs "Annotations" and "Document"; details sit above the list when an annotation has the focus. */
export function AnnotationPanel({
  text,
  annotations,
  spans,
  codebook,
  context,
  focused,
  onFocus,
  onApply,
  onRelabel,
  onFindOccurrences,
  orphans,
  colleagues,
  isReading = false,
}: AnnotationPanelProps) {
  const { analyst } = useWorkspace();
  const entities = useEntities();
  const [tab, setTab] = useState<Tab>('annotations');
  const apply = (edit: Edit) => void onApply(edit);
  const authorName = (id: string) =>
    id === analyst.id ? analyst.name || 'Me' : `Colleague ${id.slice(0, 6)}`;
  return (
    <aside className="side-panel" aria-label="Annotations panel">
      <div className="tabs" role="tablist">
        {(['annotations', 'document'] as const).map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            aria-selected={tab === name}
            className={tab === name ? 'tab is-active' : 'tab'}
            onClick={() => setTab(name)}
          >
            {name === 'annotations'
              ? `Annotations (${isReading ? '…' : spans.length})`
              : 'Document'}
          </button>
        ))}
      </div>
      {colleagues}
      <div className="panel-body">
        {tab === 'annotations' ? (
          <>
            {orphans}
            {/* One form for every annotation, not one keyed by each: form fields added to the
                page make Chromium's autofill scan it all, and a new form at each addition
                cost 24 ms a scan at 50,000 annotations (49 scans in 50 additions, traced). */}
            {focused && (
              <AnnotationDetails
                annotation={focused}
                annotations={annotations}
                entities={entities}
                codebook={codebook}
                onApply={apply}
                onRelabel={onRelabel}
                onFindOccurrences={onFindOccurrences}
                onClose={() => onFocus(null)}
                canDelete={!isReading}
              />
            )}
            {isReading ? (
              <p className="panel-empty" aria-busy="true">
                Reading the article’s annotations…
              </p>
            ) : (
              <>
                <AnnotationList
                  annotations={spans}
                  codebook={codebook}
                  authorName={authorName}
                  focused={focused}
                  onFocus={onFocus}
                />
                <EntitySuggestions
                  text={text}
                  annotations={spans}
                  entities={entities}
                  codebook={codebook}
                  context={context}
                  onApply={apply}
                />
              </>
            )}
          </>
        ) : (
          <DocumentProfile
            annotations={annotations}
            codebook={codebook}
            context={context}
            onApply={apply}
          />
        )}
      </div>
    </aside>
  );
}
