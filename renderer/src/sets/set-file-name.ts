/**
 * Which dropped files are annotation sets rather than articles: sets come as JSON, JSON-LD,
 * JSON lines or a zip (brat, SemEval), none of which is an article format.
 */
const SET_FILE_ENDINGS = ['.json', '.jsonld', '.jsonl', '.zip'];

/** Whether a file named `name` is read by the set import rather than by ingestion. */
export function isSetFileName(name: string): boolean {
  const lower = name.toLowerCase();
  return SET_FILE_ENDINGS.some((ending) => lower.endsWith(ending));
}
