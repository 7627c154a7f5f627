/**
 * Reading codebook files: lenient and upgrading (unknown fields dropped, missing optional
 * fields defaulted, colours and keys normalised, older formats upgraded), then the
 * codebook rules. A file from a newer Sourcemark is refused rather than half-read.
 */
import { z } from 'zod';
import { codebookItemsProblem, codebookTextProblem } from './codebook-file-limits';
import { findCodebookProblem } from './codebook-invariants';
import {
  CODEBOOK_FILE_TYPE,
  CODEBOOK_FORMAT_VERSION,
  type Codebook,
  type CodebookItemId,
  type CodebookResult,
} from './codebook-types';

/** A successfully read codebook, and the format version it was upgraded from, if any. */
export interface ParsedCodebook {
  codebook: Codebook;
  upgradedFrom?: number;
}

/** The grey given to an item whose file names no colour; dark enough for an underline. */
export const FALLBACK_COLOUR = '#5c6370';

const itemId = z
  .string()
  .trim()
  .regex(/^\S+$/, 'an id must be non-empty and contain no spaces')
  .transform((id) => id as CodebookItemId);

// Accepts #rgb and #rrggbb in any case; stores lower-case #rrggbb.
const hexColour = z
  .string()
  .trim()
  .regex(/^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i, 'expected a colour like #1f6feb')
  .transform((hex) => {
    const lower = hex.toLowerCase();
    return lower.length === 4 ? `#${[...lower.slice(1)].map((c) => c + c).join('')}` : lower;
  });

const shortcutKey = z
  .string()
  .refine((key) => [...key].length === 1 && key.trim() !== '', 'a key is one visible character')
  .transform((key) => key.toLowerCase());

const labels = z.record(z.string(), z.string());
const attributeBase = {
  key: z.string().min(1),
  label: z.string().min(1),
  description: z.string().optional(),
};
const option = z.object({
  value: z.string().min(1),
  label: z.string().min(1),
  description: z.string().optional(),
  externalLabels: labels.optional(),
});

const attribute = z.discriminatedUnion('kind', [
  z.object({
    ...attributeBase,
    kind: z.literal('choice'),
    isMulti: z.boolean().default(false),
    options: z.array(option).min(1),
    defaultValue: z.string().optional(),
    externalScheme: z.object({ name: z.string().min(1), version: z.string().min(1) }).optional(),
  }),
  z.object({ ...attributeBase, kind: z.literal('flag') }),
  z.object({ ...attributeBase, kind: z.literal('text'), isRich: z.boolean().default(false) }),
  z.object({
    ...attributeBase,
    kind: z.literal('item-choice'),
    isMulti: z.boolean().default(false),
    fromParentId: itemId,
  }),
]);

const item = z.object({
  id: itemId,
  label: z.string().trim().min(1, 'the label is empty'),
  // null is how some tools write "no parent".
  parentId: itemId.nullish().transform((id) => id ?? undefined),
  scope: z.enum(['span', 'document', 'both']).default('span'),
  description: z.string().default(''),
  colour: hexColour.default(FALLBACK_COLOUR),
  key: shortcutKey.nullish().transform((key) => key ?? undefined),
  externalLabels: z
    .object({ conll: z.enum(['PER', 'ORG', 'LOC', 'MISC']).optional() })
    .catchall(z.string())
    .default({}),
  attributes: z.array(attribute).default([]),
  retired: z.boolean().default(false),
});

const codebook = z.object({
  id: z.string().trim().min(1),
  name: z.string().trim().min(1),
  version: z.int().min(1).default(1),
  items: z.array(item),
});

/** Format upgraders: `UPGRADES[n]` turns a format-n body into format n + 1. */
const UPGRADES: Record<number, (file: Record<string, unknown>) => Record<string, unknown>> = {
  // Format 0: a bare codebook object without an envelope, as hand-written files often are.
  0: (bare) => ({ type: CODEBOOK_FILE_TYPE, version: 1, codebook: bare }),
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i ? '.' : ''}${String(part)}`))
    .join('');
}

function refuse(message: string): CodebookResult<ParsedCodebook> {
  return { ok: false, error: message };
}

/** Which format a value claims to be in, or why it cannot be read at all. */
function readFormat(data: unknown): number | string {
  if (!isRecord(data)) return 'This file is not a codebook: expected a JSON object.';
  if (!('type' in data) && 'items' in data) return 0;
  if (data.type !== CODEBOOK_FILE_TYPE) {
    return `This file is not a Sourcemark codebook (type ${JSON.stringify(data.type)}).`;
  }
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return `This codebook file has no valid format version (${JSON.stringify(version)}).`;
  }
  if (version > CODEBOOK_FORMAT_VERSION) {
    return (
      `This codebook was made by a newer Sourcemark (format version ${version}; this one ` +
      `reads up to ${CODEBOOK_FORMAT_VERSION}). Update Sourcemark to open it.`
    );
  }
  return version;
}

/**
 * Reads a codebook file's parsed JSON. Never throws: refuses a newer format, a foreign or
 * malformed file, or a codebook breaking a rule, with a message naming the first problem
 * and its path (`codebook.items[3].colour: …`).
 */
export function parseCodebookFile(data: unknown): CodebookResult<ParsedCodebook> {
  const format = readFormat(data);
  if (typeof format === 'string') return refuse(format);
  let file = data as Record<string, unknown>;
  for (let version = format; version < CODEBOOK_FORMAT_VERSION; version++) {
    const upgrade = UPGRADES[version];
    if (!upgrade) return refuse(`Codebook format version ${version} cannot be upgraded.`);
    file = upgrade(file);
  }
  // Counted before zod validates each item: a million items would hold the page for seconds.
  const tooMany = isRecord(file.codebook) ? codebookItemsProblem(file.codebook.items) : undefined;
  if (tooMany) return refuse(tooMany);
  const parsed = codebook.safeParse(file.codebook);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = formatPath(['codebook', ...(issue?.path ?? [])]);
    return refuse(`This codebook file is malformed at ${where}: ${issue?.message ?? 'invalid'}.`);
  }
  const problem = findCodebookProblem(parsed.data);
  if (problem) {
    return refuse(`This codebook file is invalid at codebook.${problem.path}: ${problem.message}.`);
  }
  const value: ParsedCodebook = { codebook: parsed.data };
  if (format < CODEBOOK_FORMAT_VERSION) value.upgradedFrom = format;
  return { ok: true, value };
}

/**
 * Reads a codebook file's text; as `parseCodebookFile`, and refuses text that is not JSON,
 * is too large or nests too deeply (checked before parsing: JSON.parse recurses).
 */
export function parseCodebookJson(text: string): CodebookResult<ParsedCodebook> {
  const problem = codebookTextProblem(text);
  if (problem) return refuse(problem);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return refuse(`This codebook file is not JSON: ${(error as Error).message}`);
  }
  return parseCodebookFile(data);
}
