/**
 * Applying edits to the active codebook. Each edit runs against the codebook freshly read
 * from the database, never the copy on screen, and edits run one after another: two quick
 * edits based on the same on-screen version would otherwise both claim version n + 1, and
 * the repository refuses the second (versions are immutable).
 */
import { useCallback, useRef } from 'react';
import type { Codebook, CodebookResult } from '../codebook/codebook-types';
import { getActiveCodebook, saveCodebookVersion } from '../store/codebook-repository';

/** A pure edit from `codebook-edits.ts`, already given its arguments. */
export type CodebookEdit = (codebook: Codebook) => CodebookResult<Codebook>;

/** Applies an edit and stores the result as a new active version; resolves to the outcome. */
export type ApplyCodebookEdit = (edit: CodebookEdit) => Promise<CodebookResult<Codebook>>;

/** `apply(edit)`: refused edits change nothing and resolve to their message. */
export function useCodebookEdits(): ApplyCodebookEdit {
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  return useCallback((edit: CodebookEdit) => {
    const run = async (): Promise<CodebookResult<Codebook>> => {
      try {
        // getActiveCodebook also stores the bundled default as version 1 on first use, so
        // the version annotations were made with is kept before the first edit replaces it.
        const result = edit(await getActiveCodebook());
        if (result.ok) await saveCodebookVersion(result.value);
        return result;
      } catch (error) {
        return { ok: false, error: `The codebook could not be saved: ${(error as Error).message}` };
      }
    };
    const next = queue.current.then(run, run);
    queue.current = next;
    return next;
  }, []);
}

/**
 * What the editor hands its forms: applies `edit`, announces `done` with the new version,
 * and resolves to the refusal message, or null when saved.
 */
export type SaveEdit = (edit: CodebookEdit, done: string) => Promise<string | null>;
