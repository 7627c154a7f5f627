/**
 * Undo and redo for every annotation change. Each user action is one edit, built and
 * written by `write` (one transaction) into the change set it records; undo writes its
 * inverse. Framework-free; with a `HistoryJournal` (`undo/undo-journal.ts`) each step is also
 * stored in the transaction that writes it, so the history survives a restart.
 */
import { invertChangeSet, isEmptyChangeSet, type ChangeSet, type RowChange } from './change-set';
import type { Edit } from './edit';

/** What the UI shows: whether each direction is possible and what it would do. */
export interface HistoryState {
  undoLabel: string | null;
  redoLabel: string | null;
}

/** A write under way: what it changes, and whether it was stored. */
export interface PendingWrite {
  change: ChangeSet;
  written: Promise<void>;
}

/**
 * Builds `edit` from the stored rows and writes it in one transaction, calling `willWrite`
 * with the change set just before writing; answers that change set (`writeEdit`).
 */
export type WriteEdit = (edit: Edit, willWrite: (change: ChangeSet) => void) => Promise<ChangeSet>;

/** How many actions can be undone; older ones are forgotten. */
export const MAX_DEPTH = 500;

/** What a step did to the stacks, for the journal that stores them. */
/** What the journal stores: a new step, or a step undone or redone (`change` as first made). */
export type HistoryMove = { kind: 'push' | 'undo' | 'redo'; change: ChangeSet };

/**
 * Stores the history. `around` runs `write` (an edit, an undo or a redo) and stores the
 * move `moveOf(result)` answers (nothing for `null`) in the same transaction, so a step is
 * stored exactly when its change is. `write` calls the function it is given with its
 * result as soon as that is known, once its own writes are issued (never for a change that
 * writes nothing): the step can then be stored alongside them rather than after them.
 */
export interface HistoryJournal {
  around<T>(
    edit: Edit,
    write: (known: (result: T) => void) => Promise<T>,
    moveOf: (result: T) => HistoryMove | null,
  ): Promise<T>;
}

/** Stacks read back from a journal: oldest first, the last is undone (or redone) first. */
export interface StoredHistory {
  undo: ChangeSet[];
  redo: ChangeSet[];
}

/**
 * Whether `edit` only creates annotations and entities (a tag, a new entity): a change set
 * fixed when made, every row new, nothing in another table.
 */
function isCreationOnly(edit: Edit): edit is ChangeSet {
  if (typeof edit === 'function' || edit.trash?.length || edit.rows?.length) return false;
  const isNew = <Row>(row: RowChange<Row>) => row.before === null && row.after !== null;
  return (
    edit.annotations.length + edit.entities.length > 0 &&
    edit.annotations.every(isNew) &&
    edit.entities.every(isNew)
  );
}

/** `callback` as a function that runs it the first time it is called only. */
function once(callback: (() => void) | undefined): () => void {
  let isDone = callback === undefined;
  return () => {
    if (isDone) return;
    isDone = true;
    callback!();
  };
}

/** An undo/redo stack over change sets. */
export class EditHistory {
  private readonly undoStack: ChangeSet[] = [];
  private readonly redoStack: ChangeSet[] = [];
  private readonly listeners = new Set<() => void>();
  private readonly writeListeners = new Set<(write: PendingWrite) => void>();
  private state: HistoryState = { undoLabel: null, redoLabel: null };
  // Actions run one at a time, so a fast Ctrl+Z after an edit undoes that edit.
  private queue: Promise<unknown> = Promise.resolve();
  /** Actions applied and not yet settled (written or failed). */
  private running = 0;

  constructor(
    private readonly write: WriteEdit,
    private readonly journal?: HistoryJournal,
  ) {}

  /** Puts back the stacks a journal stored in an earlier run (before any new action). */
  restore(stored: StoredHistory): Promise<void> {
    return this.serialise(async () => {
      this.undoStack.splice(0, this.undoStack.length, ...stored.undo.slice(-MAX_DEPTH));
      this.redoStack.splice(0, this.redoStack.length, ...stored.redo);
    });
  }

  /**
   * Writes `edit` and makes it undoable; answers the change set it made. An edit that
   * changes nothing is not recorded. Edits are built in the order they were applied, each
   * after the one before is stored, so two quick edits of one row compose. `whenShown` runs
   * once, just before the write listeners hear of the change (or when the action settles
   * unannounced): state the caller changes there is drawn in the same render as the change.
   */
  apply(edit: Edit, whenShown?: () => void): Promise<ChangeSet> {
    const shown = once(whenShown);
    // New rows depend on no stored row. With no earlier action still being written, the
    // view hears of them once their requests are issued, in the caller's task (the key
    // press that tagged): its render (tens of milliseconds on a long article) then overlaps
    // the database's work instead of preceding it, and the frame that shows the mark is
    // the same. Behind an earlier action, they would wait for it: the view hears at once.
    const isShownNow = isCreationOnly(edit) && this.running > 0;
    const applied = this.serialise(async () => {
      const change = await this.journaled<ChangeSet>(
        edit,
        (known) => this.announcedWrite(edit, known, !isShownNow, shown),
        (change) => (isEmptyChangeSet(change) ? null : { kind: 'push', change }),
      );
      if (isEmptyChangeSet(change)) return change;
      this.undoStack.push(change);
      if (this.undoStack.length > MAX_DEPTH) this.undoStack.shift();
      this.redoStack.length = 0;
      return change;
    });
    if (isShownNow) {
      shown();
      this.announce(edit, applied);
    }
    // A change that writes nothing, or fails before it is announced, still tells the caller.
    applied.then(shown, shown);
    return applied;
  }

  /** Undoes the last action; answers its label, or `null` when there was nothing to undo. */
  undo(): Promise<string | null> {
    return this.serialise(() => this.move(this.undoStack, this.redoStack, invertChangeSet, 'undo'));
  }

  /** Redoes the last undone action; answers its label, or `null`. */
  redo(): Promise<string | null> {
    return this.serialise(() =>
      this.move(this.redoStack, this.undoStack, (change) => change, 'redo'),
    );
  }

  /**
   * Calls `listener` just before each write (an action, an undo or a redo) with the change
   * set and a promise of its outcome, so a view can show it before the database answers.
   */
  onWillWrite(listener: (write: PendingWrite) => void): () => void {
    this.writeListeners.add(listener);
    return () => this.writeListeners.delete(listener);
  }

  /** Calls `listener` after every change of `getState()`; answers the unsubscribe function. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = (): HistoryState => this.state;

  private async move(
    from: ChangeSet[],
    to: ChangeSet[],
    direction: (change: ChangeSet) => ChangeSet,
    kind: 'undo' | 'redo',
  ): Promise<string | null> {
    const change = from.at(-1);
    if (!change) return null;
    // Popped only once written: a failed write leaves the stacks as they were.
    const directed = direction(change);
    await this.journaled<ChangeSet>(
      directed,
      (known) => this.announcedWrite(directed, known),
      () => ({ kind, change }),
    );
    from.pop();
    to.push(change);
    return change.label;
  }

  private journaled<T>(
    edit: Edit,
    write: (known: (result: T) => void) => Promise<T>,
    moveOf: (result: T) => HistoryMove | null,
  ): Promise<T> {
    return this.journal ? this.journal.around(edit, write, moveOf) : write(() => {});
  }

  /**
   * Writes `edit`; `known` hears the change set first, then the write listeners (unless
   * `isAnnounced` is false: `apply` told them already).
   */
  private announcedWrite(
    edit: Edit,
    known: (change: ChangeSet) => void,
    isAnnounced = true,
    shown = () => {},
  ): Promise<ChangeSet> {
    // Started a microtask later so that `stored` exists when `write` announces the change.
    const stored: Promise<ChangeSet> = Promise.resolve().then(() =>
      this.write(edit, (change) => {
        known(change);
        if (!isAnnounced) return;
        shown();
        this.announce(change, stored);
      }),
    );
    return stored;
  }

  /** Tells the write listeners of `change`, whose write `outcome` settles. */
  private announce(change: ChangeSet, outcome: Promise<unknown>): void {
    const written = outcome.then(() => undefined);
    // The caller of `apply` hears of a failure; this copy must not report it again.
    written.catch(() => undefined);
    for (const listener of this.writeListeners) listener({ change, written });
  }

  private serialise<T>(task: () => Promise<T>): Promise<T> {
    this.running++;
    const run = this.queue.then(task, task);
    const settled = () => void this.running--;
    run.then(settled, settled);
    this.queue = run.then(
      () => this.publish(),
      () => this.publish(),
    );
    return run;
  }

  private publish(): void {
    const next = {
      undoLabel: this.undoStack.at(-1)?.label ?? null,
      redoLabel: this.redoStack.at(-1)?.label ?? null,
    };
    if (next.undoLabel === this.state.undoLabel && next.redoLabel === this.state.redoLabel) return;
    this.state = next;
    for (const listener of this.listeners) listener();
  }
}
