/**
 * Ingestion limits, in one place so the UI, the docs and the tests state the same numbers.
 */

/** Largest article file accepted: 20 MiB. Larger files are refused before they are read. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** Most files one folder scan lists; the rest are reported as skipped (`too-many-files`). */
export const MAX_FOLDER_FILES = 20_000;

/** Deepest folder nesting a scan descends into. */
export const MAX_FOLDER_DEPTH = 32;

/** File name endings ingested now (lower case, with the dot). */
export const SUPPORTED_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm'] as const;
