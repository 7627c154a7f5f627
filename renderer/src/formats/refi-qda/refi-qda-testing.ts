/**
 * Test helpers for the REFI-QDA export: a codebook over the shared sample corpus's item
 * ids, and a minimal reader of the `project.qde` it writes (attributes of the elements
 * by name), so tests check what a QDA tool would read rather than our own structures.
 */
import { testItem, itemId } from '../../codebook/test-codebook';
import type { ExportFile } from '../shared/export-input';
import { exportRefiQda, QDE_PROJECT_FILE, type RefiQdaOptions } from './refi-qda-export';
import type { QdeCodeItem } from './qde-codebook';
import type { ExportInput } from '../shared/export-input';

/** Entities › (Person, GPE); Claims; Techniques › Loaded language; Document › Genre; a retired item. */
export const SAMPLE_CODES: QdeCodeItem[] = [
  testItem('entity', { label: 'Entities', colour: '#c4432a' }),
  testItem('person', { label: 'Person', parentId: itemId('entity'), colour: '#aabbcc' }),
  testItem('gpe', { label: 'GPE', parentId: itemId('entity'), description: 'Countries' }),
  testItem('claim', { label: 'Claim' }),
  testItem('technique', { label: 'Techniques' }),
  testItem('loaded', { label: 'Loaded language', parentId: itemId('technique') }),
  testItem('old', { label: 'Old technique', parentId: itemId('technique'), retired: true }),
  testItem('document', { label: 'Document', scope: 'document' }),
  testItem('genre', {
    label: 'Genre',
    parentId: itemId('document'),
    scope: 'document',
    attributes: [
      { kind: 'choice', key: 'genre', label: 'Genre', isMulti: false, options: [] },
      {
        kind: 'item-choice',
        key: 'frames',
        label: 'Frames',
        isMulti: true,
        fromParentId: itemId('frame'),
      },
    ],
  }),
  testItem('frame', { label: 'Frames', scope: 'both' }),
  testItem('frame.economic', { label: 'Economic', parentId: itemId('frame'), scope: 'both' }),
];

/** Options with the sample codebook and a fixed time. */
export const SAMPLE_OPTIONS: RefiQdaOptions = {
  projectName: 'sourcemark-ana-2026-03-11',
  origin: 'Sourcemark 0.1.0',
  exportedAt: '2026-03-11T10:00:00.000Z',
  codebookItems: SAMPLE_CODES,
};

/** The export's files by path, and its `project.qde`. */
export function exportFiles(input: ExportInput, options = SAMPLE_OPTIONS) {
  const result = exportRefiQda(input, options);
  const byPath = new Map(result.output.map((f: ExportFile) => [f.path, f.content]));
  return { ...result, byPath, qde: byPath.get(QDE_PROJECT_FILE) ?? '' };
}

/** An element read from the XML: its attributes (unescaped) and where it starts. */
export interface ReadElement {
  attributes: Record<string, string>;
  index: number;
}

/** The start tags named `name`, in document order. */
export function readElements(xml: string, name: string): ReadElement[] {
  const tag = new RegExp(`<${name}((?:\\s+[\\w:]+="[^"]*")*)\\s*/?>`, 'g');
  return [...xml.matchAll(tag)].map((match) => ({
    index: match.index,
    attributes: Object.fromEntries(
      [...match[1]!.matchAll(/([\w:]+)="([^"]*)"/g)].map((m) => [m[1]!, unescapeXml(m[2]!)]),
    ),
  }));
}

/** The text of every `<Description>`, unescaped. */
export function readDescriptions(xml: string): string[] {
  return [...xml.matchAll(/<Description>([^<]*)<\/Description>/g)].map((m) => unescapeXml(m[1]!));
}

/** The five predefined entities and numeric character references. */
export function unescapeXml(value: string): string {
  return value.replace(/&(#\d+|lt|gt|amp|quot|apos);/g, (_, ref: string) => {
    if (ref.startsWith('#')) return String.fromCodePoint(Number(ref.slice(1)));
    return { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }[ref]!;
  });
}
