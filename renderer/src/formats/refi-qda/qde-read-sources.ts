/**
 * The project's `<Sources>`: each text source (and the text representation of a PDF source)
 * becomes an article with its text (inline, or its internal file) and its codings
 * (`qde-read-codings.ts`). Picture, audio and video sources are counted, not read:
 * Sourcemark annotates text.
 */
import type { ProjectFiles } from './qde-project-files';
import { readCodings, type TextRead } from './qde-read-codings';
import type { ProjectNotes } from './qde-read-notes';
import { guidKey, type RefiArticle, type RefiCode, type RefiItem } from './qde-read-model';
import { sourceText } from './qde-source-text';
import { childNamed, type XmlNode } from './xml-tree';

/** What reading the sources needs. */
export interface SourcesContext {
  files: ProjectFiles;
  codes: ReadonlyMap<string, RefiCode>;
  notes: ProjectNotes;
  /** ATLAS.ti counts a CRLF as one character (see `qde-source-text.ts`). */
  countsCrlfAsOne: boolean;
}

/** The articles and items of the sources, and what was not read. */
export interface SourcesRead {
  articles: RefiArticle[];
  items: RefiItem[];
  notes: string[];
}

const MEDIA_SOURCES: Record<string, string> = {
  PictureSource: 'picture',
  AudioSource: 'audio',
  VideoSource: 'video',
  PDFSource: 'PDF without a text representation',
};

/** Reads every source of `project`. */
export function readSources(project: XmlNode, context: SourcesContext): SourcesRead {
  const out: SourcesRead = { articles: [], items: [], notes: [] };
  const media = new Map<string, number>();
  const seen = new Set<string>();
  let bare = 0;
  const list = childNamed(project, 'Sources');
  for (const source of list?.children ?? []) {
    // A PDF source's codings are on its text representation, a TextSource in all but name.
    const textSource =
      source.name === 'TextSource'
        ? source
        : source.name === 'PDFSource'
          ? childNamed(source, 'Representation')
          : undefined;
    if (!textSource) {
      const kind = MEDIA_SOURCES[source.name];
      if (kind) media.set(kind, (media.get(kind) ?? 0) + 1);
      continue;
    }
    const guid = guidKey(textSource.attributes.get('guid'));
    const name = source.attributes.get('name')?.trim() || guid || 'untitled';
    const where = `${source.name} “${name.slice(0, 80)}”`;
    if (!guid || seen.has(guid)) {
      out.notes.push(`${where} was not read: its GUID is missing or used twice.`);
      continue;
    }
    seen.add(guid);
    const read = readText(textSource, context);
    const result = readCodings(textSource, { ...context, key: guid, where, text: read });
    bare += result.bare;
    out.items.push(...result.items);
    if (!read.ok) {
      out.notes.push(`${where} was not read: ${read.reason}.`);
      continue;
    }
    const { text, original } = read.source;
    out.articles.push({ key: guid, title: name, text, ...(original ? { original } : {}) });
  }
  if (media.size > 0) {
    const counts = [...media].map(([kind, n]) => `${n} ${kind}`).join(', ');
    out.notes.push(`Sources not imported (Sourcemark annotates text only): ${counts}.`);
  }
  if (bare > 0) {
    out.notes.push(`${bare} selections carry neither a code nor a note: nothing to import.`);
  }
  return out;
}

/** The source's text: inline `<PlainTextContent>`, or its internal `plainTextPath` file. */
function readText(source: XmlNode, context: SourcesContext): TextRead {
  const inline = childNamed(source, 'PlainTextContent');
  const path = source.attributes.get('plainTextPath');
  const file = inline ? undefined : path ? context.files.internalText(path) : undefined;
  if (file && !file.ok) return file;
  const text = inline?.text ?? (file?.ok ? file.text : undefined);
  if (text === undefined) {
    return { ok: false, reason: 'it has no plain text (only a rich text copy, which is not read)' };
  }
  return { ok: true, source: sourceText(text, context.countsCrlfAsOne) };
}
