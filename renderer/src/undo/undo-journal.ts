/**
 * The undo history kept in IndexedDB (`undoSteps`), so undo survives a restart. One row per
 * step, in the order the actions were made (`seq`), each marked undone or not: the undone
 * rows are the redo stack, and since a new action drops them, they always follow the
 * others, the first undone being the next to redo. Each move is stored in the transaction
 * that writes its change, so the stored history never claims a change that was not
 * written, nor misses one that was. A step of many annotation rows is stored in parts, a
 * clone per task (`step-parts.ts`).
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
import {
  isStepHead,
  isStepPart,
  isStoredInParts,
  joinedChange,
  splitStep,
  type StepHead,
  type StepPart,
} from './step-parts';
import { loadedChange, storedChange } from './trash-in-history';

/** Rows read per request when the history loads: at most 8,000 annotation rows in parts. */
const ROWS_PER_READ = 4;

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
  /** The part rows of each step stored in parts, by the step's seq. */
  private partSeqs = new Map<number, number[]>();

  constructor(private readonly depth = MAX_DEPTH) {}

  /** Reads the stored history; rows that are not steps (a newer app's, say) are skipped. */
  async load(): Promise<StoredHistory> {
    // A few rows per read: all at once, a step stored in parts was deserialised in one task.
    const rows: UndoStepRecord[] = [];
    const seqs = await db.undoSteps.orderBy(':id').primaryKeys();
    for (let at = 0; at < seqs.length; at += ROWS_PER_READ) {
      for (const row of await db.undoSteps.bulkGet(seqs.slice(at, at + ROWS_PER_READ)))
        if (row) rows.push(row);
    }
    const partsOf = new Map<number, { seq: number; part: StepPart }[]>();
    for (const row of rows) {
      if (row.seq === undefined || !isStepPart(row.step)) continue;
      const parts = partsOf.get(row.step.partOf) ?? [];
      parts.push({ seq: row.seq, part: row.step });
      partsOf.set(row.step.partOf, parts);
    }
    const undo: { seq: number; change: ChangeSet }[] = [];
    const redo: { seq: number; change: ChangeSet }[] = [];
    this.partSeqs.clear();
    for (const row of rows) {
      if (row.seq === undefined) continue;
      if (isStepHead(row.step)) {
        const parts = partsOf.get(row.seq) ?? [];
        // A step missing a part cannot be undone whole: left out, like any unreadable row.
        const change = joinedChange(
          row.step,
          parts.map(({ part }) => part),
        );
        if (!change) continue;
        this.partSeqs.set(
          row.seq,
          parts.map(({ seq }) => seq),
        );
        (row.step.undone ? redo : undo).push({ seq: row.seq, change });
        continue;
      }
      if (!isStoredStep(row.step)) continue;
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
        // A step stored in parts is added a part per answer: after the write, from this
        // transaction, whose body is still running then.
        if (!isWorkspace && move?.kind === 'push' && !isStoredInParts(move.change)) storeMove(move);
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
      const kept = this.undoSeqs.slice(Math.max(0, this.undoSeqs.length + 1 - this.depth));
      const dropped = [
        ...this.undoSeqs.slice(0, this.undoSeqs.length - kept.length),
        ...this.redoSeqs,
      ];
      const adding = isStoredInParts(move.change)
        ? this.addInParts(move.change)
        : this.addWhole(move.change).then((seq) => ({ seq, parts: [] }));
      const droppedRows = dropped.flatMap((seq) => [seq, ...(this.partSeqs.get(seq) ?? [])]);
      // Both issued before either is answered (see `around`).
      const [{ seq, parts }] = await Promise.all([
        adding,
        droppedRows.length > 0 ? db.undoSteps.bulkDelete(droppedRows) : undefined,
      ]);
      return () => {
        for (const gone of dropped) this.partSeqs.delete(gone);
        if (parts.length > 0) this.partSeqs.set(seq, parts);
        this.undoSeqs = [...kept, seq];
        this.redoSeqs = [];
      };
    }
    const [from, to] =
      move.kind === 'undo' ? [this.undoSeqs, this.redoSeqs] : [this.redoSeqs, this.undoSeqs];
    const seq = from.at(-1);
    if (seq === undefined) return () => {};
    const undone = move.kind === 'undo';
    if (this.partSeqs.has(seq)) {
      // Only the head changes: the parts hold annotation rows, never a trash record.
      await db.undoSteps.update(seq, (row) => {
        (row.step as StepHead).undone = undone;
      });
    } else {
      // Stored again whole: the undo or redo may have emptied or refilled a trash row it names.
      const step: StoredStep = { undone, change: await storedChange(move.change) };
      await db.undoSteps.update(seq, { step });
    }
    return () => {
      from.pop();
      to.push(seq);
    };
  }

  /** Adds `change` as one row; answers its seq. */
  private async addWhole(change: ChangeSet): Promise<number> {
    const row: UndoStepRecord = {
      at: new Date().toISOString(),
      // An edit's step is issued at once, beside its row (see `around`); only a trash
      // change reads the trash first.
      step: {
        undone: false,
        change: change.trash?.length ? await storedChange(change) : change,
      } satisfies StoredStep,
    };
    return (await db.undoSteps.add(row)) as number;
  }

  /**
   * Adds `change` as a head and its parts (`step-parts.ts`), each part once the one before
   * is answered, so each is cloned in a task of its own; answers the seqs.
   */
  private async addInParts(change: ChangeSet): Promise<{ seq: number; parts: number[] }> {
    const at = new Date().toISOString();
    const { head, runs } = splitStep(change);
    const step: StepHead = { undone: false, ...head };
    const seq = (await db.undoSteps.add({ at, step })) as number;
    const parts: number[] = [];
    for (const [index, annotations] of runs.entries()) {
      const part: StepPart = { partOf: seq, index, annotations };
      parts.push((await db.undoSteps.add({ at, step: part })) as number);
    }
    return { seq, parts };
  }
}
