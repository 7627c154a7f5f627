/**
 * The Propaganda Techniques Corpus on disk, as the import tests and the sets benchmark hand
 * it to the app: the folder picked in the Import dialog (`File`s with the
 * `webkitRelativePath` Chromium gives them), the same files zipped, and copies of an
 * article as another tool might have saved it (a byte order mark, a U+FEFF inside, CRLF,
 * decomposed accents) with its label offsets moved to count the same characters.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { zipSync } from 'fflate';

export const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'ptc-sample');
/** The project's whole 40-article sample, vendored so the corpus checks run on every clone. */
export const FULL_SAMPLE = join(import.meta.dirname, '..', 'fixtures', 'ptc-sample-40');

/** Keeps a leading BOM: the corpus counts it as a code point. */
export const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** One file of the corpus folder: its path under the folder and its bytes. */
export interface CorpusFile {
  path: string;
  bytes: Uint8Array;
}

/** Every file under `root`, paths relative to it, in a stable order. */
export function readTree(root: string): CorpusFile[] {
  const out: CorpusFile[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push({ path: relative(root, path), bytes: readFileSync(path) });
    }
  };
  walk(root);
  return out;
}

/** The files as the Import dialog's folder picker gives them: `<folder>/<path>`. */
export function pickedFolder(folder: string, files: readonly CorpusFile[]): File[] {
  return files.map(({ path, bytes }) => {
    // A copy: a Buffer over a shared pool is no BlobPart for the DOM typings.
    const file = new File([new Uint8Array(bytes)], basename(path));
    Object.defineProperty(file, 'webkitRelativePath', { value: `${folder}/${path}` });
    return file;
  });
}

/** The files zipped under `<folder>/`, as a user zips the corpus folder. */
export function zipped(folder: string, files: readonly CorpusFile[]): File {
  const entries = Object.fromEntries(files.map((f) => [`${folder}/${f.path}`, f.bytes]));
  return new File([zipSync(entries)], `${folder}.zip`);
}

/** The article ids of the `articles/` folder. */
export function articleIds(files: readonly CorpusFile[]): string[] {
  return files
    .map((f) => /^articles\/article(\w+)\.txt$/.exec(f.path)?.[1])
    .filter((id): id is string => id !== undefined);
}

/** The text of the file at `path`, BOM kept. */
export function textOf(files: readonly CorpusFile[], path: string): string {
  const file = files.find((f) => f.path === path);
  if (!file) throw new Error(`no ${path}`);
  return utf8.decode(file.bytes);
}

/** A label file's lines, sorted (the corpus lists spans in no particular order). */
export const sortedLines = (text: string) => text.split('\n').filter(Boolean).sort();

/** A way of saving an article, given its whole text: a change made prefix by prefix. */
export type Resave = (whole: string) => (text: string) => string;

/**
 * The corpus with article `id` saved another way: the file changed by `resave`, its TC and SI
 * offsets moved to count the same characters in the copy (the copy of a prefix is a prefix
 * of the copy, so an offset maps to the copy's length of that prefix).
 */
export function derivedCorpus(
  files: readonly CorpusFile[],
  id: string,
  resave: Resave,
): CorpusFile[] {
  const whole = textOf(files, `articles/article${id}.txt`);
  const derive = resave(whole);
  const points = Array.from(whole);
  const at = (point: string) => Array.from(derive(points.slice(0, Number(point)).join(''))).length;
  const encode = (text: string) => new TextEncoder().encode(text);
  return files.map((file) => {
    if (file.path === `articles/article${id}.txt`) return { ...file, bytes: encode(derive(whole)) };
    if (!basename(file.path).startsWith(`article${id}.`) || !file.path.endsWith('.labels')) {
      return file;
    }
    const lines = utf8
      .decode(file.bytes)
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const fields = line.split('\t');
        const [start, end] = fields.slice(-2) as [string, string];
        return `${[...fields.slice(0, -2), at(start), at(end)].join('\t')}\n`;
      });
    return { ...file, bytes: encode(lines.join('')) };
  });
}

/** The ways another tool saves the same article. */
export const SAVED_AS: Record<string, Resave> = {
  'a byte order mark at the start': () => (text) => `\uFEFF${text}`,
  // After the title line: where concatenating two files leaves the second one's BOM.
  'a U+FEFF inside': (whole) => {
    const at = whole.indexOf('\n') + 1;
    return (text) => (text.length < at ? text : `${text.slice(0, at)}\uFEFF${text.slice(at)}`);
  },
  'CRLF line ends': () => (text) => text.replace(/\n/g, '\r\n'),
  // NFD decomposes character by character here (the corpus text is NFC, no marks to reorder).
  'decomposed accents': () => (text) => text.normalize('NFD'),
};
