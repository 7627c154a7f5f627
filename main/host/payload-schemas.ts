/**
 * Runtime schemas for every host channel's arguments. Nothing from a renderer reaches a
 * handler before it has passed these: the renderer is treated as untrusted input.
 */
import { isAbsolute } from 'node:path';
import { z } from 'zod';
import type { HostChannel } from '../../preload/api';
import { MAX_ANY_FILE_BYTES } from '../ingest/limits';

/** Most paths one ingest call takes; the renderer sends larger imports in chunks. */
export const MAX_PATHS_PER_CALL = 500;
/** Most files one upload call takes (browser-mode drops are sent a few at a time). */
export const MAX_UPLOADS_PER_CALL = 20;
const MAX_PATH_LENGTH = 4096;
/** Most files one watch call registers: a large library, in one list that replaces the last. */
export const MAX_WATCHED_SOURCES = 20_000;

const absolutePath = z
  .string()
  .min(1)
  .max(MAX_PATH_LENGTH)
  .refine((path) => !path.includes('\0'), 'a path must not contain NUL')
  .refine((path) => isAbsolute(path), 'a path must be absolute');

const uploadedFile = z.strictObject({
  name: z
    .string()
    .min(1)
    .max(255)
    .refine((name) => !/[\\/\0]/.test(name), 'a file name must not contain a path separator'),
  // base64 grows 4/3: this bounds the decoded size near the ingestion limit.
  base64: z
    .string()
    .max(Math.ceil(((MAX_ANY_FILE_BYTES + 1) * 4) / 3) + 4)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'not base64'),
});

const watchedSource = z.strictObject({
  path: absolutePath,
  sizeBytes: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
  modifiedAtMs: z.number().finite(),
  textSha256: z.string().regex(/^[0-9a-f]{64}$/, 'not a SHA-256 in hex'),
  isMissing: z.boolean().optional(),
});

/** Bounds on what the library sends of a folder's stored dumps (see `FolderPages`). */
export const STORED_PAGES_LIMITS = { folders: 100, lines: 50_000, lineLength: 400 };

const pageCount = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);

const folderPages = z
  .strictObject({
    folder: z.string().min(1).max(MAX_PATH_LENGTH),
    pages: pageCount,
    lines: z
      .array(
        z.strictObject({ line: z.string().max(STORED_PAGES_LIMITS.lineLength), pages: pageCount }),
      )
      .max(STORED_PAGES_LIMITS.lines),
  })
  .refine(
    (folder) => folder.lines.every((line) => line.pages <= folder.pages),
    'a line cannot be on more pages than the folder holds',
  );

/** An export's file name: a name only, never a path, and never hidden (temp files are). */
const exportFileName = z
  .string()
  .min(1)
  .max(200)
  .refine((name) => !/[\\/\0]/.test(name), 'a file name must not contain a path separator')
  .refine((name) => !name.startsWith('.'), 'a file name must not start with a dot');

const noArgs = z.tuple([]);

/** Largest chunk of a file (a backup, an export) sent or read in one call, in bytes. */
export const MAX_CHUNK_BYTES = 8 * 1024 * 1024;
/**
 * A chunk of a file (`what`: "a backup chunk"): raw bytes (a structured-clone copy over IPC,
 * the request body over the bridge), never a string to decode, within bounds.
 */
const bytesChunk = (what: string) =>
  z
    .instanceof(Uint8Array, { message: `${what} must be bytes` })
    .refine((bytes) => bytes.byteLength > 0, `${what} must not be empty`)
    .refine(
      (bytes) => bytes.byteLength <= MAX_CHUNK_BYTES,
      `${what} must be at most ${MAX_CHUNK_BYTES} bytes`,
    );

/**
 * Channels whose last argument is bytes: over the bridge such a call is an
 * `application/octet-stream` body (the other arguments in a header), bounded by
 * `MAX_CHUNK_BYTES`; every other channel takes JSON only.
 */
export const BYTE_ARGUMENT_CHANNELS: ReadonlySet<HostChannel> = new Set([
  'sm:backup:writeChunk',
  'sm:export:append',
]);
const writeId = z.uuid();
const byteOffset = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
const chunkLength = z.number().int().positive().max(MAX_CHUNK_BYTES);
const snapshotReason = z.enum(['daily', 'upgrade', 'before-import', 'before-restore']);
const retentionCount = z.number().int().min(0).max(1000);

/** Argument tuple schema for each channel. */
export const payloadSchemas = {
  'sm:app:info': noArgs,
  'sm:app:takeLaunchPaths': noArgs,
  'sm:dialog:pickFiles': noArgs,
  'sm:dialog:pickFolder': noArgs,
  'sm:dialog:enterPaths': z
    .tuple([z.enum(['files', 'folder']), z.array(absolutePath).min(1).max(MAX_PATHS_PER_CALL)])
    .refine(([mode, paths]) => mode === 'files' || paths.length === 1, 'a folder is one path'),
  'sm:library:samplePaths': noArgs,
  'sm:library:scanFolder': z.tuple([absolutePath]),
  'sm:library:ingestFiles': z.tuple([
    z.array(absolutePath).max(MAX_PATHS_PER_CALL),
    z.array(folderPages).max(STORED_PAGES_LIMITS.folders).optional(),
    z.array(absolutePath).max(MAX_PATHS_PER_CALL).optional(),
  ]),
  'sm:library:ingestDropped': z.tuple([z.array(absolutePath).max(MAX_PATHS_PER_CALL)]),
  'sm:library:ingestUploads': z.tuple([z.array(uploadedFile).max(MAX_UPLOADS_PER_CALL)]),
  'sm:library:revealFile': z.tuple([absolutePath]),
  'sm:sources:watch': z.tuple([z.array(watchedSource).max(MAX_WATCHED_SOURCES)]),
  'sm:sources:check': noArgs,
  'sm:backup:listSnapshots': noArgs,
  'sm:backup:setRetention': z.tuple([
    z.strictObject({
      daily: retentionCount,
      weekly: retentionCount,
      upgrade: retentionCount,
      beforeChange: retentionCount,
    }),
  ]),
  'sm:backup:beginWrite': z.tuple([
    z.discriminatedUnion('kind', [
      z.strictObject({
        kind: z.literal('file'),
        // A file name only: the save dialog (or the backups folder) decides where it goes.
        suggestedName: z
          .string()
          .min(1)
          .max(200)
          .refine(
            (name) => !/[\\/\0]/.test(name) && !name.startsWith('.'),
            'a file name, not a path',
          ),
      }),
      z.strictObject({ kind: z.literal('snapshot'), reason: snapshotReason }),
    ]),
  ]),
  'sm:backup:writeChunk': z.tuple([writeId, bytesChunk('a backup chunk')]),
  'sm:backup:readWritten': z.tuple([writeId, byteOffset, chunkLength]),
  'sm:backup:commitWrite': z.tuple([writeId]),
  'sm:backup:rewindWrite': z.tuple([writeId]),
  'sm:backup:abortWrite': z.tuple([writeId]),
  'sm:backup:readSnapshot': z.tuple([
    z
      .string()
      .min(1)
      .max(200)
      .regex(/^[A-Za-z0-9._-]+$/, 'a snapshot file name'),
    byteOffset,
    chunkLength,
  ]),
  'sm:export:open': z.tuple([exportFileName]),
  'sm:export:append': z.tuple([writeId, bytesChunk('an export chunk')]),
  'sm:export:close': z.tuple([writeId]),
  'sm:export:abort': z.tuple([writeId]),
} satisfies Record<HostChannel, z.ZodType>;

/** Describes the first problem of a failed parse in one line, for the error message. */
export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid arguments';
  const where = issue.path.length > 0 ? `argument ${issue.path.join('.')}: ` : '';
  return `${where}${issue.message}`;
}
