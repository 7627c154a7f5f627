/** The order in which a restore in place finishes its tables (`in-place-merge.ts`). */
import { NotInPlace, type TableMerge } from './table-merge';

/**
 * The tables in the order the file's rows come: once the file moves past a table, the
 * stored rows past its last row are deleted (and told to `keepStored` in that order). A
 * table whose rows come back later has had its rest deleted: such a file (dexie-export-import
 * writes each table once, in order) takes the other path.
 */
export class TableWalk {
  /** The tables before this one in `order` are finished. */
  private finished = 0;

  constructor(
    readonly order: readonly string[],
    private readonly merges: ReadonlyMap<string, TableMerge>,
  ) {}

  /** The steps finishing the tables before `tableName` (rows of which the file now holds). */
  finishBefore(tableName: string): (() => Promise<void>)[] {
    const index = this.order.indexOf(tableName);
    if (index < this.finished)
      throw new NotInPlace(`The backup's rows of ${tableName} are not in the tables' order.`);
    return this.finishUpTo(index);
  }

  /** The steps finishing every table not finished yet. */
  finishRest(): (() => Promise<void>)[] {
    return this.finishUpTo(this.order.length);
  }

  /** The steps finishing the tables from the first unfinished one up to, not with, `end`. */
  private finishUpTo(end: number): (() => Promise<void>)[] {
    const steps: (() => Promise<void>)[] = [];
    for (; this.finished < end; this.finished++) {
      const merge = this.merges.get(this.order[this.finished]!)!;
      steps.push(() => merge.finish());
    }
    return steps;
  }
}
