/**
 * An in-memory `exportFile` host for tests: the same open / append / close / abort contract
 * as `main/host/export-writes.ts`, with files held as bytes and the writes still open visible,
 * so a test can check that a cancelled export leaves nothing.
 */
import type { Result, SourcemarkApi } from '../../../preload/api';

export interface MemoryExportHost {
  api: SourcemarkApi['exportFile'];
  /** Closed files by name. */
  files: Map<string, Uint8Array>;
  /** Writes opened and neither closed nor aborted. */
  openWrites(): number;
  /** Every call, in order (`open:name`, `append`, `close`, `abort`). */
  calls: string[];
}

const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export function createMemoryExportHost(): MemoryExportHost {
  const writes = new Map<string, { name: string; parts: Uint8Array[] }>();
  const files = new Map<string, Uint8Array>();
  const calls: string[] = [];
  let next = 0;
  const missing = (): Result<never> => ({
    ok: false,
    error: { code: 'invalid-payload', message: 'That export is no longer being written.' },
  });
  return {
    files,
    calls,
    openWrites: () => writes.size,
    api: {
      open: async (fileName) => {
        calls.push(`open:${fileName}`);
        const writeId = `write-${++next}`;
        writes.set(writeId, { name: fileName, parts: [] });
        return ok({ writeId, folder: '/exports' });
      },
      append: async (writeId, bytes) => {
        calls.push('append');
        const write = writes.get(writeId);
        if (!write) return missing();
        // A copy, as IPC and the bridge hand main one: the sender may reuse its buffer.
        write.parts.push(bytes.slice());
        return ok(write.parts.reduce((sum, part) => sum + part.length, 0));
      },
      close: async (writeId) => {
        calls.push('close');
        const write = writes.get(writeId);
        if (!write) return missing();
        writes.delete(writeId);
        const bytes = new Uint8Array(write.parts.reduce((sum, part) => sum + part.length, 0));
        let at = 0;
        for (const part of write.parts) {
          bytes.set(part, at);
          at += part.length;
        }
        files.set(write.name, bytes);
        return ok({ path: `/exports/${write.name}`, bytes: bytes.length });
      },
      abort: async (writeId) => {
        calls.push('abort');
        return ok(writes.delete(writeId));
      },
    },
  };
}
