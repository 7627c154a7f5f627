/**
 * Where a report item is, for the analyst: a location that names its file and line already
 * (`a.ann:7`, `aysel.jsonl:3 span 2`) as it is; one that names only a list index or a task
 * (`annotations[3]`, `task 1 annotation 1 result 2`) after the picked file's name, so every
 * problem names the real file. Pure.
 */

/** A location naming a file and its line. */
const FILE_LINE = /\.[A-Za-z0-9]+:\d+/;

/** `location`, preceded by `fileName` when it names no file of its own. */
export function locationInFile(location: string, fileName: string | undefined): string {
  return fileName && !FILE_LINE.test(location) ? `${fileName}, ${location}` : location;
}
