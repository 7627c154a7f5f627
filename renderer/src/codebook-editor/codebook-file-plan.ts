/**
 * The decisions behind exporting and importing a codebook file, kept apart from the
 * buttons: the file name, which version an import is saved as, and what to tell the
 * analyst. Stored versions are immutable (annotations name the version they were made
 * with), so an import never reuses a version number that holds other content.
 * Plain TypeScript: no DOM, React or Dexie.
 */
import { toCodebookFile } from '../codebook/codebook-export';
import type { Codebook } from '../codebook/codebook-types';

/** `<id>-v<version>.codebook.json`, with characters file systems dislike replaced. */
export function exportFileName(codebook: Codebook): string {
  const safeId = codebook.id.replace(/[^\p{L}\p{N}._-]+/gu, '-');
  return `${safeId}-v${codebook.version}.codebook.json`;
}

/**
 * The first version an imported codebook may take: its own, unless it is the active
 * codebook's id at or below the active version, in which case the one after the active.
 * The caller still skips versions already stored with other content.
 */
export function importStartVersion(active: Codebook, imported: Codebook): number {
  return imported.id === active.id && imported.version <= active.version
    ? active.version + 1
    : imported.version;
}

/**
 * Whether two codebooks hold the same content, version aside. Compares the strict export
 * form, so field order (which differs between edited and parsed items) does not matter.
 */
export function hasSameContent(a: Codebook, b: Codebook): boolean {
  const canonical = (codebook: Codebook) =>
    JSON.stringify(toCodebookFile({ ...codebook, version: 1 }).codebook);
  return canonical(a) === canonical(b);
}

/** What an import did, in a sentence for the analyst. */
export function describeImport(
  saved: Codebook,
  fileVersion: number,
  previous: Codebook,
  upgradedFrom: number | undefined,
): string {
  const retired = saved.items.filter((item) => item.retired).length;
  const parts = [
    `Imported “${saved.name}” (${saved.items.length} items, ${retired} retired) as version ${saved.version}.`,
  ];
  if (saved.version !== fileVersion) {
    parts.push(
      `The file said version ${fileVersion}; saved versions are never overwritten, so it became version ${saved.version}.`,
    );
  }
  if (saved.id !== previous.id)
    parts.push(`It replaces “${previous.name}” as the active codebook.`);
  if (upgradedFrom !== undefined) parts.push('The file was in an older format and was upgraded.');
  return parts.join(' ');
}
