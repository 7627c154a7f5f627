/**
 * Corrects the body/chrome split from the reader in one action: the selected lines become
 * page chrome (Alt+C) or article body again (Alt+B). Shown while text is selected.
 */
import { useEffect, useEffectEvent } from 'react';
import type { ArticleId } from '../db/records';
import type { TextRange } from '../reader/selection-offsets';
import type { ChromeRange } from './chrome-blocks';
import { markAsBody, markAsChrome } from './chrome-corrections';
import { saveChromeRanges } from './chrome-repository';

interface ChromeSplitCommandsProps {
  articleId: ArticleId;
  text: string;
  ranges: readonly ChromeRange[];
  selection: TextRange | null;
  /** Says what happened (or why not) in the status line. */
  onMessage: (message: string) => void;
}

/** Two buttons and their keys; nothing while no text is selected. */
export function ChromeSplitCommands({
  articleId,
  text,
  ranges,
  selection,
  onMessage,
}: ChromeSplitCommandsProps) {
  const span = selection && selection.end > selection.start ? selection : null;

  const apply = (kind: 'chrome' | 'body') => {
    if (!span) return;
    const next =
      kind === 'chrome' ? markAsChrome(text, ranges, span) : markAsBody(text, ranges, span);
    saveChromeRanges(articleId, next).then(
      () =>
        onMessage(
          kind === 'chrome'
            ? 'Marked as page chrome: the lines now collapse.'
            : 'Marked as article body.',
        ),
      (error: unknown) =>
        onMessage(`Not saved: ${error instanceof Error ? error.message : String(error)}`),
    );
  };
  const onShortcut = useEffectEvent(apply);

  useEffect(() => {
    // Alt with a letter is free in the editor (its label keys are plain letters); `code`
    // rather than `key`, since Alt changes the character on macOS layouts.
    const onKeyDown = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
      const kind = event.code === 'KeyC' ? 'chrome' : event.code === 'KeyB' ? 'body' : null;
      if (!kind) return;
      event.preventDefault();
      onShortcut(kind);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  if (!span) return null;
  return (
    <div className="chrome-commands" role="group" aria-label="Page chrome">
      <button type="button" aria-keyshortcuts="Alt+C" onClick={() => apply('chrome')}>
        Mark lines as page chrome <kbd>Alt+C</kbd>
      </button>
      <button type="button" aria-keyshortcuts="Alt+B" onClick={() => apply('body')}>
        Mark lines as article body <kbd>Alt+B</kbd>
      </button>
    </div>
  );
}
