/**
 * Export and import of codebook files. Export writes the active codebook with the strict
 * serializer; import reads leniently, refuses with the parser's message and changes
 * nothing, or saves the file as a new version (never over an existing one) and activates it.
 */
import { useCallback, useState } from 'react';
import { serializeCodebook } from '../codebook/codebook-export';
import { readCodebookText } from '../codebook/codebook-file-limits';
import { parseCodebookJson } from '../codebook/codebook-schema';
import type { Codebook } from '../codebook/codebook-types';
import {
  getActiveCodebook,
  getCodebookVersion,
  saveCodebookVersion,
} from '../store/codebook-repository';
import {
  describeImport,
  exportFileName,
  hasSameContent,
  importStartVersion,
} from './codebook-file-plan';
import { downloadFile } from '../shell/download-file';

/** The outcome of the last export or import, for the analyst. */
export type FileMessage = { kind: 'error' | 'done'; text: string };

/** The first version from `from` that is free, or already holds exactly this content. */
async function firstUsableVersion(codebook: Codebook, from: number): Promise<number> {
  for (let version = from; ; version++) {
    const stored = await getCodebookVersion(codebook.id, version);
    // The repository compares stored content the same way before refusing a save.
    if (!stored || JSON.stringify(stored) === JSON.stringify({ ...codebook, version })) {
      return version;
    }
  }
}

async function importText(text: string): Promise<FileMessage> {
  const parsed = parseCodebookJson(text);
  if (!parsed.ok) return { kind: 'error', text: parsed.error };
  const imported = parsed.value.codebook;
  const active = await getActiveCodebook();
  if (imported.id === active.id && hasSameContent(imported, active)) {
    return {
      kind: 'done',
      text: `“${imported.name}” is identical to the active version ${active.version}; nothing changed.`,
    };
  }
  const version = await firstUsableVersion(imported, importStartVersion(active, imported));
  const saved = { ...imported, version };
  await saveCodebookVersion(saved);
  return {
    kind: 'done',
    text: describeImport(saved, imported.version, active, parsed.value.upgradedFrom),
  };
}

/** `exportCodebook` downloads a file; `importFile` reads one; `message` reports the last. */
export function useCodebookFile() {
  const [message, setMessage] = useState<FileMessage | null>(null);

  const exportCodebook = useCallback((codebook: Codebook) => {
    const name = exportFileName(codebook);
    try {
      downloadFile(
        serializeCodebook(codebook, {
          exportedAt: new Date().toISOString(),
          exportedBy: 'Sourcemark',
        }),
        name,
        'application/json',
      );
      setMessage({ kind: 'done', text: `Exported version ${codebook.version} as ${name}.` });
    } catch (error) {
      setMessage({ kind: 'error', text: `Export failed: ${(error as Error).message}` });
    }
  }, []);

  const importFile = useCallback(async (file: File) => {
    try {
      // The size is checked before a byte is read: a huge file would hold the page.
      const text = await readCodebookText(file);
      setMessage(text.ok ? await importText(text.value) : { kind: 'error', text: text.error });
    } catch (error) {
      setMessage({ kind: 'error', text: `Import failed: ${(error as Error).message}` });
    }
  }, []);

  return { message, exportCodebook, importFile };
}
