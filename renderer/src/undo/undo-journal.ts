/**
 * The undo history kept in IndexedDB (`undoSteps`), so undo survives a restart. One row per
 * step, in the order the actions were made (`seq`), each marked undone or not: the undone
 * rows are the redo stack, and since a new action drops them, they always follow the
 * others, the first undone being the next to redo. Each move is stored in the transaction
 * that writes its change, so the stored history never claims a change that was not
 * written, nor misses one that was.
 */
import type { Table } from 'dexie';
import { db } from '../db/db';
import type { UndoStepRecord } from '../db/records';
import { annotationTables } from '../store/annotation-storage';
import type { ChangeSet } from '../store/change-set';
import type { Edit } from '../store/edit';
import {
  MAX_DEPTH,
  type HistoryJournal,
  type HistoryMove,
  type StoredHistory,
} from '../store/edit-history';
import { isWorkspaceChange } from '../trash/history-write';
import { trashTables } from '../trash/trash-writes';
import { loadedChange, storedChange } from './trash-in-history';

/** A stored step: the change set as the history recorded it, and whether it is undone. */
interface StoredStep {
  undone: boolean;
  change: ChangeSet;
}

function isStoredStep(value: unknown): value is StoredStep {
  const step = value as StoredStep | null;
  return (
    typeof step === 'object' &&
    step !== null &&
    typeof step.undone === 'boolean' &&
    typeof step.change?.label === 'string' &&
    Array.isArray(step.change.annotations) &&
    Array.isArray(step.change.entities)
  );
}

/** The history's journal over `db.undoSteps` (see the module comment). */
export class UndoJournal implements HistoryJournal {
  private undoSeqs: number[] = [];
  private redoSeqs: number[] = [];

  constructor(private readonly depth = MAX_DEPTH) {}

  /** Reads the stored history; rows that are not steps (a newer app's, say) are skipped. */
  async load(): Promise<StoredHistory> {
    const rows = await db.undoSteps.orderBy(':id').toArray();
    const undo: { seq: number; change: ChangeSet }[] = [];
    const redo: { seq: number; change: ChangeSet }[] = [];
    for (const row of rows) {
      if (row.seq === undefined || !isStoredStep(row.step)) continue;
      // A step whose deleted rows the trash has since emptied can be neither undone nor redone.
      const change = await loadedChange(row.step.change);
      if (change) (row.step.undone ? redo : undo).push({ seq: row.seq, change });
    }
    redo.reverse(); // the first undone (lowest seq) is redone first: it goes on top.
    this.undoSeqs = undo.map((step) => step.seq);
    this.redoSeqs = redo.map((step) => step.seq);
    return { undo: undo.map((step) => step.change), redo: redo.map((step) => step.change) };
  }

  async around<T>(
    edit: Edit,
    write: (known: (result: T) => void) => Promise<T>,
    moveOf: (result: T) => HistoryMove | null,
  ): Promise<T> {
    // The tables the edit's own writer opens, and the journal's: its transaction nests.
    const isWorkspace = isWorkspaceChange(edit);
    const tables: Table[] = isWorkspace ? trashTables() : [...annotationTables(), db.entities];
    let settle = () => {};
    const result = await db.transaction('rw', [...tables, db.undoSteps], async () => {
      let storing: Promise<() => void> | null = null;
      const storeMove = (move: HistoryMove | null) => {
        if (!move) return;
        storing = this.store(move);
        // Awaited below; a failure here aborts the transaction, which the write reports.
        storing.catch(() => undefined);
      };
      // One round trip for the change and its step: the transaction commits once both are
      // answered, not after a second request issued from the first one's answer.
      const written = await write((known) => {
        const move = moveOf(known);
        // Issued from inside the edit's own transaction (`writeEdit` opens `undoSteps` for
        // this); a push issues all its requests at once, so none is left to issue once that
        // transaction's body is done. A trash change's writer opens no `undoSteps`.
        if (!isWorkspace && move?.kind === 'push') storeMove(move);
      });
      if (storing === null) storeMove(moveOf(written));
      if (storing !== null) settle = await storing;
      return written;
    });
    settle();
    return result;
  }

  /** Stores `move`; answers what to change in memory once the transaction committed. */
  private async store(move: HistoryMove): Promise<() => void> {
    if (move.kind === 'push') {
      const row: UndoStepRecord = {
        at: new Date().toISOString(),
        // An edit's step is issued at once, beside its row (see `around`); only a trash
        // change reads the trash first.
        step: {
          undone: false,
          change: move.change.trash?.length ? await storedChange(move.change) : move.change,
        } satisfies StoredStep,
      };
      const kept = this.undoSeqs.slice(Math.max(0, this.undoSeqs.length + 1 - this.depth));
      const dropped = [
        ...this.undoSeqs.slice(0, this.undoSeqs.length - kept.length),
        ...this.redoSeqs,
      ];
      // Both issued before either is answered (see `around`).
      const [seq] = await Promise.all([
        db.undoSteps.add(row) as Promise<number>,
        dropped.length > 0 ? db.undoSteps.bulkDelete(dropped) : undefined,
      ]);
      return () => {
        this.undoSeqs = [...kept, seq];
        this.redoSeqs = [];
      };
    }
    const [from, to] =
      move.kind === 'undo' ? [this.undoSeqs, this.redoSeqs] : [this.redoSeqs, this.undoSeqs];
    const seq = from.at(-1);
    if (seq === undefined) return () => {};
    // Stored again whole: the undo or redo may have emptied or refilled a trash row it names.
    const step: StoredStep = {
      undone: move.kind === 'undo',
      change: await storedChange(move.change),
    };
    await db.undoSteps.update(seq, { step });
    return () => {
      from.pop();
      to.push(seq);
    };
  }
}
