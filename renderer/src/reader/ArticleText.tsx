/**
 * The article text in a read-only Lexical editor, one paragraph per line of the stored text.
 * Selections are reported as stored-text offsets (see `selection-offsets.ts`); Lexical's
 * state is rebuilt from the text and never persisted.
 */
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { PlainTextPlugin } from '@lexical/react/LexicalPlainTextPlugin';
import { useMemo } from 'react';
import { $setArticleParagraphs } from './article-paragraphs';
import { paragraphStartOffsets } from './paragraph-offsets';
import { SelectionOffsetsPlugin } from './SelectionOffsetsPlugin';
import type { TextRange } from './selection-offsets';

interface ArticleTextProps {
  text: string;
  onSelectionChange: (range: TextRange | null) => void;
}

function onLexicalError(error: Error): void {
  console.error('[reader]', error);
}

/** The read-only text; `text` is fixed for the component's life (the parent keys it). */
export function ArticleText({ text, onSelectionChange }: ArticleTextProps) {
  const starts = useMemo(() => paragraphStartOffsets(text), [text]);
  const initialConfig = useMemo(
    () => ({
      namespace: 'sourcemark-reader',
      editable: false,
      theme: { paragraph: 'article-paragraph' },
      onError: onLexicalError,
      editorState: () => $setArticleParagraphs(text),
    }),
    [text],
  );
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <PlainTextPlugin
        contentEditable={
          <ContentEditable
            className="article-text"
            aria-label="Article text"
            aria-readonly
            aria-multiline
            role="textbox"
            tabIndex={0}
          />
        }
        ErrorBoundary={LexicalErrorBoundary}
      />
      <SelectionOffsetsPlugin starts={starts} onChange={onSelectionChange} />
    </LexicalComposer>
  );
}
