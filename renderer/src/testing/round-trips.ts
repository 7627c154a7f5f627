/**
 * Records the requests each transaction sends IndexedDB in round trips: a request issued
 * before any answer came back is in the first; one issued after an answer of the n-th, in
 * the n+1-th. The count of round trips is what a transaction waits for one after another
 * (each answer waits for the page's main thread). Installed as the lowest DBCore
 * middleware, so it sees every middleware's requests as the database gets them.
 */
import type { DBCoreTransaction, Dexie } from 'dexie';

interface Trips {
  /** The last round trip answered so far. */
  answered: number;
  /** Per round trip, `<table> <request>` in the order issued. */
  requests: string[][];
  written: Set<string>;
}

export interface RoundTrips {
  install(database: Dexie): void;
  clear(): void;
  /** The last transaction since `clear` that wrote to `table`. */
  of(table: string): { requests: string[][] };
}

const READS = ['get', 'getMany', 'query', 'openCursor', 'count'] as const;

export function recordRoundTrips(): RoundTrips {
  let seen: Trips[] = [];
  const byTrans = new WeakMap<DBCoreTransaction, Trips>();
  const tripsOf = (trans: DBCoreTransaction) => {
    let trips = byTrans.get(trans);
    if (!trips) {
      trips = { answered: 0, requests: [], written: new Set() };
      byTrans.set(trans, trips);
      seen.push(trips);
    }
    return trips;
  };
  const timed = <T>(trans: DBCoreTransaction, name: string, send: () => Promise<T>) => {
    const trips = tripsOf(trans);
    const trip = trips.answered + 1;
    (trips.requests[trip - 1] ??= []).push(name);
    const settle = () => void (trips.answered = Math.max(trips.answered, trip));
    const answer = send();
    answer.then(settle, settle);
    return answer;
  };
  return {
    install(database) {
      database.use({
        stack: 'dbcore',
        name: 'recorded-round-trips',
        level: 0,
        create: (down) => ({
          ...down,
          table: (name) => {
            const table = down.table(name);
            const reads = Object.fromEntries(
              READS.map((read) => [
                read,
                (request: { trans: DBCoreTransaction }) =>
                  timed(request.trans, `${name} ${read}`, () =>
                    (table[read] as (r: typeof request) => Promise<unknown>)(request),
                  ),
              ]),
            );
            return {
              ...table,
              ...reads,
              mutate: (request) => {
                tripsOf(request.trans).written.add(name);
                return timed(request.trans, `${name} ${request.type}`, () => table.mutate(request));
              },
            };
          },
        }),
      });
    },
    clear() {
      seen = [];
    },
    of(table) {
      const found = seen.filter((trips) => trips.written.has(table)).at(-1);
      if (!found) throw new Error(`no transaction wrote to ${table}`);
      return { requests: found.requests };
    },
  };
}
