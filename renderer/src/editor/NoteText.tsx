/**
 * A note's light Markdown shown formatted (see `annotation/light-markdown.ts`), built as
 * elements, never as HTML. Links do not navigate (the app opens no remote page): a click
 * copies the address for the analyst's browser.
 */
import type { ReactNode } from 'react';
import { parseNote, type Inline } from '../annotation/light-markdown';

function renderInline(runs: Inline[]): ReactNode[] {
  return runs.map((run, index) => {
    switch (run.kind) {
      case 'text':
        return run.text;
      case 'strong':
        return <strong key={index}>{renderInline(run.children)}</strong>;
      case 'emphasis':
        return <em key={index}>{renderInline(run.children)}</em>;
      case 'code':
        return <code key={index}>{run.text}</code>;
      case 'link':
        return (
          <a
            key={index}
            href={run.href}
            title={`${run.href} (click to copy the address)`}
            onClick={(event) => {
              event.preventDefault();
              void navigator.clipboard?.writeText(run.href).catch(() => {});
            }}
          >
            {renderInline(run.children)}
          </a>
        );
    }
  });
}

/** The formatted note; `inline` joins its lines for one-line places such as the hover card. */
export function NoteText({ note, inline = false }: { note: string; inline?: boolean }) {
  const blocks = parseNote(note);
  if (inline) {
    const lines = blocks.flatMap((block) => (block.kind === 'list' ? block.items : block.lines));
    return (
      <span className="note-text">
        {lines.flatMap((line, i) => [i > 0 ? ' · ' : '', ...renderInline(line)])}
      </span>
    );
  }
  return (
    <div className="note-text">
      {blocks.map((block, index) =>
        block.kind === 'list' ? (
          <ul key={index}>
            {block.items.map((item, i) => (
              <li key={i}>{renderInline(item)}</li>
            ))}
          </ul>
        ) : (
          <p key={index}>
            {block.lines.flatMap((line, i) => [
              i > 0 ? <br key={`br${i}`} /> : null,
              ...renderInline(line),
            ])}
          </p>
        ),
      )}
    </div>
  );
}
