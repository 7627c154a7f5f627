/**
 * Writing codebook files: strict. Only known fields, in a fixed order, and only a codebook
 * that keeps every rule; so a written file always reads back as the same codebook.
 */
import { findCodebookProblem } from './codebook-invariants';
import {
  CODEBOOK_FILE_TYPE,
  CODEBOOK_FORMAT_VERSION,
  type AttributeDefinition,
  type Codebook,
  type CodebookFile,
  type CodebookItem,
} from './codebook-types';

/** Who wrote the file and when, recorded in the envelope. */
export interface CodebookExportInfo {
  /** ISO 8601 UTC timestamp. */
  exportedAt?: string;
  /** The app and version (`Sourcemark 0.1.0`). */
  exportedBy?: string;
}

function copyAttribute(attribute: AttributeDefinition): AttributeDefinition {
  const base = {
    key: attribute.key,
    label: attribute.label,
    ...(attribute.description !== undefined && { description: attribute.description }),
  };
  switch (attribute.kind) {
    case 'choice':
      return {
        ...base,
        kind: 'choice',
        isMulti: attribute.isMulti,
        options: attribute.options.map((option) => ({
          value: option.value,
          label: option.label,
          ...(option.description !== undefined && { description: option.description }),
          ...(option.externalLabels && { externalLabels: { ...option.externalLabels } }),
        })),
        ...(attribute.defaultValue !== undefined && { defaultValue: attribute.defaultValue }),
        ...(attribute.externalScheme && {
          externalScheme: {
            name: attribute.externalScheme.name,
            version: attribute.externalScheme.version,
          },
        }),
      };
    case 'flag':
      return { ...base, kind: 'flag' };
    case 'text':
      return { ...base, kind: 'text', isRich: attribute.isRich };
    case 'item-choice':
      return {
        ...base,
        kind: 'item-choice',
        isMulti: attribute.isMulti,
        fromParentId: attribute.fromParentId,
      };
  }
}

function copyItem(item: CodebookItem): CodebookItem {
  const externalLabels = Object.fromEntries(
    Object.entries(item.externalLabels).filter(([, label]) => label !== undefined),
  );
  return {
    id: item.id,
    label: item.label,
    ...(item.parentId !== undefined && { parentId: item.parentId }),
    scope: item.scope,
    description: item.description,
    colour: item.colour,
    ...(item.key !== undefined && { key: item.key }),
    externalLabels,
    attributes: item.attributes.map(copyAttribute),
    retired: item.retired,
  };
}

/**
 * The file envelope for a codebook, holding copies of known fields only. Throws when the
 * codebook breaks a rule: writing one would be a bug, and the file could not be read back.
 */
export function toCodebookFile(codebook: Codebook, info: CodebookExportInfo = {}): CodebookFile {
  const problem = findCodebookProblem(codebook);
  if (problem)
    throw new Error(`Refusing to write an invalid codebook: ${problem.path}: ${problem.message}`);
  return {
    type: CODEBOOK_FILE_TYPE,
    version: CODEBOOK_FORMAT_VERSION,
    ...(info.exportedAt !== undefined && { exportedAt: info.exportedAt }),
    ...(info.exportedBy !== undefined && { exportedBy: info.exportedBy }),
    codebook: {
      id: codebook.id,
      name: codebook.name,
      version: codebook.version,
      items: codebook.items.map(copyItem),
    },
  };
}

/** The codebook file's text: the envelope as two-space-indented JSON ending in a newline. */
export function serializeCodebook(codebook: Codebook, info: CodebookExportInfo = {}): string {
  return `${JSON.stringify(toCodebookFile(codebook, info), null, 2)}\n`;
}
