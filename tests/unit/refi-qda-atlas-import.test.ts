// @vitest-environment jsdom
/**
 * The real ATLAS.ti project vendored in tests/fixtures/refi-qda (see SOURCE.md), read as an
 * analyst would import it. Lives in tests/unit because it reads a fixture from disk, which
 * the renderer's lint rules forbid; jsdom's DOMParser stands in for the page's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importRefiQda } from '../../renderer/src/formats/refi-qda/refi-qda-import';
import { readSetFile } from '../../renderer/src/sets/read-set-file';
import { unzipTextFiles } from '../../renderer/src/sets/zip-files';

const QDPX = join(import.meta.dirname, '..', 'fixtures', 'refi-qda', 'target-atlas-project.qdpx');

describe('the ATLAS.ti project', () => {
  it('holds two users and a code book of three codes, and no text source', async () => {
    const bytes = new Uint8Array(readFileSync(QDPX));
    const files = await unzipTextFiles(bytes);
    expect(files.map((f) => f.path)).toEqual(['project.qde']);
    const outcome = importRefiQda(files, new DOMParser());
    if (!outcome.ok) throw new Error(outcome.reason);
    const { read } = outcome;
    expect(read.projectName).toBe('target-atlas-project');
    expect(read.origin).toBe('ATLAS.ti for Windows 23.2.3.27778');
    expect(read.users.map((u) => u.name)).toEqual(['Enric Llagostera', 'ATLAS.ti']);
    const names = new Map(read.codes.map((c) => [c.guid, c.name]));
    expect(
      read.codes.map((c) => `${c.parentGuid ? `${names.get(c.parentGuid)} › ` : ''}${c.name}`),
    ).toEqual([
      'Commits',
      'Commits › 2022-05-10T02:05:59Z 19e4dce',
      'Commits › 2022-02-11T10:39:25Z cdbfd92',
    ]);
    expect(read.articles).toEqual([]);
    expect(read.items).toEqual([]);
    expect(read.notes).toEqual([]);
  });

  it('is refused as an import with what it holds, since there is nothing to annotate', async () => {
    const read = await readSetFile(
      'target-atlas-project.qdpx',
      new Uint8Array(readFileSync(QDPX)),
      {
        colleagueName: 'Enric',
        codebook: { codebookId: 'test', version: 1 },
        itemIdForLabel: () => undefined,
        now: '2026-03-11T10:00:00.000Z',
        libraryArticles: async () => [],
      },
    );
    expect(read).toEqual({
      ok: false,
      reason:
        'The project “target-atlas-project” holds nothing to annotate (3 codes, 2 users, no text source).',
    });
  });
});
