/**
 * The `.sourcemark.json` file: a versioned envelope around an annotation set. Strict and
 * deterministic when writing (sorted keys and items, so re-exporting an import gives the
 * same bytes), lenient and upgrading when reading, with a result for every item
 * (Hypothesis' ImportResult).
 */
import type { Annotation, RegistryEntity } from '../../annotation/types';
import type { AnnotationSet, SetArticle } from './annotation-set';
import type { ImportItemResult } from '../shared/import-result';
import { canonicalize, sortById } from './canonical-json';
import { exceedsJsonDepth, MAX_JSON_DEPTH } from './json-depth';
import { parseItems } from './native-items';
import { oneItemALine } from '../shared/one-item-a-line';
import { describeIssue, envelopeSchema } from './native-schema';
import { compareThreadOrder, type SetComment } from './set-comments';

export type { ImportItemResult, ItemSection } from '../shared/import-result';

/** The envelope's `type`. */
export const NATIVE_TYPE = 'sourcemark-annotation-set';
/**
 * The version this build writes, and the newest it reads. Version 2 added `set.comments`
 * (review threads); version 1 files read as sets without comments.
 */
export const NATIVE_VERSION = 2;
/** Files longer than this many UTF-16 code units (about 200 MB) are refused unread. */
export const MAX_NATIVE_CHARS = 200 * 1024 * 1024;

/** Who and what wrote the file. */
export interface ExportStamp {
  /** ISO 8601 UTC. */
  exportedAt: string;
  /** The app version, written as `Sourcemark <version>`. */
  appVersion: string;
}

/**
 * Serialises a set. Articles, annotations and entities are sorted by id, comments in thread
 * order, and every object's keys are sorted, so the output depends only on the set's content
 * and the stamp. Comments on annotations the set does not hold are left out: a reader would
 * refuse them.
 */
export function serializeNativeSet(set: AnnotationSet, stamp: ExportStamp): string {
  const annotationIds = new Set<string>(set.annotations.map((a) => a.id));
  const comments = (set.comments ?? [])
    .filter((c) => annotationIds.has(c.annotationId))
    .map(strictComment)
    .sort(compareThreadOrder);
  const envelope = nativeEnvelope(set.author, stamp, {
    ...set,
    articles: sortById<SetArticle>(set.articles),
    annotations: sortById<Annotation>(set.annotations),
    entities: sortById<RegistryEntity>(set.entities),
    comments,
  });
  return `${spellEnvelope(envelope)}\n`;
}

/**
 * The file's envelope around a set's members, sorted as the file holds them: its keys in
 * the file's order. The streamed export (`export/native-stream.ts`) frames its pieces with it.
 */
export function nativeEnvelope(
  author: AnnotationSet['author'],
  stamp: ExportStamp,
  members: Record<keyof Required<AnnotationSet>, unknown>,
) {
  return {
    type: NATIVE_TYPE,
    version: NATIVE_VERSION,
    exportedAt: stamp.exportedAt,
    exportedBy: canonicalize({ id: author.id, name: author.name }),
    generator: `Sourcemark ${stamp.appVersion}`,
    set: canonicalize(members),
  };
}

/** Stands for the set in the envelope's spelling until the set's own is put in its place. */
const SET_PLACE = '\u0000set';

/**
 * The envelope indented, and each item of the set's lists (annotations, articles, entities,
 * comments) on one line of its own: a diff still shows one changed item per line, and the
 * file holds no indentation inside items. An indented 100,000-annotation set was 29 % spaces,
 * which the import decoded and parsed for nothing (0.6 s of its 7).
 */
function spellEnvelope(envelope: { set: unknown } & Record<string, unknown>): string {
  const members = Object.entries(envelope.set as Record<string, unknown>).map(
    ([key, value]) => `    ${JSON.stringify(key)}: ${spellMember(value)}`,
  );
  const set = `{\n${members.join(',\n')}\n  }`;
  return JSON.stringify({ ...envelope, set: SET_PLACE }, null, 2).replace(
    JSON.stringify(SET_PLACE),
    () => set,
  );
}

/** A member of the set at its depth: a list an item a line, anything else indented. */
function spellMember(value: unknown): string {
  if (Array.isArray(value)) return oneItemALine(value, '    ');
  return JSON.stringify(value, null, 2).replace(/\n/g, '\n    ');
}

/** A read file: the imported items, and a result for every item in the file. */
export type NativeParseResult =
  | {
      ok: true;
      set: AnnotationSet;
      results: ImportItemResult[];
      version: number;
      exportedAt?: string;
      generator?: string;
    }
  | { ok: false; reason: string };

/** Limits for `parseNativeSet`, overridable in tests. */
export interface NativeParseLimits {
  maxChars?: number;
  maxDepth?: number;
}

/**
 * Reads a `.sourcemark.json` file. Refuses the whole file when it is too large, nests too
 * deeply, is not JSON, is not a Sourcemark set or comes from a newer version; otherwise
 * imports every item that is valid and reports the others one by one.
 */
export function parseNativeSet(text: string, limits: NativeParseLimits = {}): NativeParseResult {
  const tooLarge = sizeRefusal(text.length, limits.maxChars);
  if (tooLarge) return { ok: false, reason: tooLarge };
  const maxDepth = limits.maxDepth ?? MAX_JSON_DEPTH;
  if (exceedsJsonDepth(text, maxDepth)) {
    return { ok: false, reason: `The file nests deeper than ${maxDepth} levels.` };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: `The file is not valid JSON (${(error as Error).message}).` };
  }
  return readNativeEnvelope(raw);
}

/** Why a set file of `chars` characters is refused for its size, if it is. */
export function sizeRefusal(chars: number, maxChars = MAX_NATIVE_CHARS): string | undefined {
  if (chars > maxChars) return `The file is too large to import (over ${maxChars} characters).`;
  return undefined;
}

/**
 * `parseNativeSet` from the parsed JSON on, for a caller that has already checked the file's
 * size and depth and parsed it (the import parses once to tell the format; parsing a
 * 100 MB set twice cost a second). Same refusals and item results.
 */
export function readNativeEnvelope(raw: unknown): NativeParseResult {
  const head = (raw ?? {}) as { type?: unknown; version?: unknown };
  if (head.type !== NATIVE_TYPE) {
    return { ok: false, reason: 'The file is not a Sourcemark annotation set.' };
  }
  if (typeof head.version === 'number' && head.version > NATIVE_VERSION) {
    return {
      ok: false,
      reason: `The file was made by a newer version of Sourcemark (format version ${head.version}); update Sourcemark to import it.`,
    };
  }
  const parsed = envelopeSchema.safeParse(upgrade(raw));
  if (!parsed.success) {
    return { ok: false, reason: `The file is damaged: ${describeIssue(parsed.error)}.` };
  }
  const { set: rawSet, version, exportedAt, generator } = parsed.data;
  const { set, results } = parseItems(rawSet);
  return { ok: true, set, results, version, exportedAt, generator };
}

/** Exactly the members of a comment, so stray fields of the caller's objects are not written. */
export function strictComment(c: SetComment): SetComment {
  return {
    id: c.id,
    annotationId: c.annotationId,
    author: c.author,
    authorName: c.authorName,
    body: c.body,
    createdAt: c.createdAt,
    ...(c.isRejection ? { isRejection: true as const } : {}),
  };
}

/**
 * Brings an older envelope to the current shape. Version 1 had no comments: whatever a
 * version 1 file holds under `set.comments` is not ours to read, so it becomes an empty list.
 */
function upgrade(raw: unknown): unknown {
  const file = raw as { version?: unknown; set?: unknown };
  if (file.version === 1 && file.set !== null && typeof file.set === 'object') {
    return { ...file, set: { ...file.set, comments: [] } };
  }
  return raw;
}
