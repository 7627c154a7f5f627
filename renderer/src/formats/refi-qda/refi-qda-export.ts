/**
 * REFI-QDA project exchange export (QDA-XML 1.0, `.qdpx`): `project.qde` holding the
 * authors as `<User>`s, the codebook as nested `<Code>`s and each article as a
 * `<TextSource>` whose selections are coded, plus each article's text as
 * `sources/<GUID>.txt`. Every GUID is derived from Sourcemark ids (`name-guid.ts`), so
 * the same set and `exportedAt` give the same bytes.
 */
import type { Annotation, CodebookItemId } from '../../annotation/types';
import { codePointOffsets } from '../shared/code-point-offsets';
import {
  spanAnnotationsOf,
  type ExportFile,
  type ExportInput,
  type ExportResult,
} from '../shared/export-input';
import { createLossCounter } from '../shared/lossiness';
import { nameGuid } from './name-guid';
import { codeElements, type QdeCodeItem } from './qde-codebook';
import { userGuid, writeSelection, type SelectionContext } from './qde-selections';
import { serializeXmlChunks, xmlEscaper, xsdDateTime, type XmlElement } from './qde-xml';

/** The project file's path inside the archive. */
export const QDE_PROJECT_FILE = 'project.qde';

/** The QDA-XML namespace every element is in. */
export const QDE_NAMESPACE = 'urn:QDA-XML:project:1.0';

/** What the project needs beside the annotations. */
export interface RefiQdaOptions {
  /** The `<Project name>` (the file's stem). */
  projectName: string;
  /** The `<Project origin>`: the software that wrote it (`Sourcemark 0.1.0`). */
  origin: string;
  /** ISO 8601 UTC, written as the project's creation time. */
  exportedAt: string;
  /** The codebook whose hierarchy the `<CodeBook>` mirrors. */
  codebookItems: readonly QdeCodeItem[];
}

/** Writes `project.qde` and one `sources/<GUID>.txt` per article (zipping is the caller's). */
export function exportRefiQda(
  input: ExportInput,
  options: RefiQdaOptions,
): ExportResult<ExportFile[]> {
  const { output, ...rest } = exportRefiQdaParts(input, options);
  return {
    ...rest,
    output: [{ path: QDE_PROJECT_FILE, content: output.project.join('') }, ...output.sources],
  };
}

/** The project as pieces to stream into a zip entry, and the source text files. */
export interface RefiQdaParts {
  /** `project.qde` in pieces (`serializeXmlChunks`): their concatenation is the file. */
  project: string[];
  /** One `sources/<GUID>.txt` per article. */
  sources: ExportFile[];
}

/**
 * `exportRefiQda`'s files with the project left in pieces: the archive writer deflates them
 * one at a time instead of joining and encoding 64 MB of XML at once.
 */
export function exportRefiQdaParts(
  input: ExportInput,
  options: RefiQdaOptions,
): ExportResult<RefiQdaParts> {
  const loss = createLossCounter();
  const items = new Map(options.codebookItems.map((item) => [item.id as string, item]));
  // Asked for every attribute of 100,000 annotations: each item's coded keys found once.
  const codedKeys = new Map<string, ReadonlySet<string>>();
  const isCodedAttribute = (itemId: CodebookItemId, key: string): boolean => {
    let keys = codedKeys.get(itemId);
    if (keys === undefined) {
      const attributes = items.get(itemId)?.attributes ?? [];
      keys = new Set(attributes.filter((a) => a.kind === 'item-choice').map((a) => a.key));
      codedKeys.set(itemId, keys);
    }
    return keys.has(key);
  };
  // Items an attribute names (the document profile's frames) are codes of the whole text
  // too; the item first, then each named one once, in attribute order.
  const codesOf = (annotation: Annotation): CodebookItemId[] => {
    const codes = [annotation.itemId];
    for (const key in annotation.attributes) {
      if (!isCodedAttribute(annotation.itemId, key)) continue;
      const value = annotation.attributes[key];
      const named = typeof value === 'string' ? [value] : Array.isArray(value) ? value : [];
      for (const id of named as CodebookItemId[])
        if (id !== '' && !codes.includes(id)) codes.push(id);
    }
    return codes;
  };
  const articleIds = new Set(input.articles.map((article) => article.id));
  const annotations = input.annotations.filter((a) => articleIds.has(a.articleId));
  const used = new Map<CodebookItemId, string>();
  for (const a of annotations) for (const id of codesOf(a)) used.set(id, input.labelOf(id).label);
  // Grouped once: filtering every annotation for each article was quadratic (seconds for
  // 100,000 annotations on 1,000 articles).
  const documentLevelOf = new Map<string, Annotation[]>();
  for (const a of annotations) {
    if (a.kind !== 'document') continue;
    const group = documentLevelOf.get(a.articleId);
    if (group) group.push(a);
    else documentLevelOf.set(a.articleId, [a]);
  }

  const files: ExportFile[] = [];
  let written = 0;
  const escaper = xmlEscaper();
  const sources = input.articles.map((article): XmlElement => {
    const guid = nameGuid(`source:${article.id}`);
    files.push({ path: `sources/${guid}.txt`, content: article.text });
    const context: SelectionContext = {
      offsets: codePointOffsets(article.text),
      codesOf,
      isCodedAttribute,
      loss,
      escaper,
    };
    const documentLevel = [...(documentLevelOf.get(article.id) ?? [])]
      // Code-unit order, not the locale's: the same bytes on every machine.
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    // Written as text at the depth of Project > Sources > TextSource > selection: element
    // trees for 100,000 selections cost more in garbage collection than the writing.
    const lines: string[] = [];
    for (const a of [...documentLevel, ...spanAnnotationsOf(input, article.id)])
      // One selection per annotation placed; those that could not be are counted in `loss`.
      if (writeSelection(a, context, lines, 3)) written += 1;
    return {
      name: 'TextSource',
      attributes: {
        guid,
        name: article.title || article.sourceName || 'article',
        plainTextPath: `internal://${guid}.txt`,
      },
      childrenXml: lines.join('\n'),
    };
  });

  const authors = [...new Set(annotations.map((a) => a.author))].sort();
  const users = authors.map((author) => ({
    name: 'User',
    attributes: { guid: userGuid(author), name: input.authorName(author), id: author },
  }));
  const codes = codeElements(options.codebookItems, used);
  // Users, Codes and Sources each need at least one child: an empty list is left out.
  const project: XmlElement = {
    name: 'Project',
    attributes: {
      xmlns: QDE_NAMESPACE,
      name: options.projectName,
      origin: options.origin,
      creationDateTime: xsdDateTime(options.exportedAt),
    },
    children: [
      ...(users.length ? [{ name: 'Users', children: users }] : []),
      ...(codes.length
        ? [{ name: 'CodeBook', children: [{ name: 'Codes', children: codes }] }]
        : []),
      ...(sources.length ? [{ name: 'Sources', children: sources }] : []),
    ],
  };
  const serialized = serializeXmlChunks(project);
  loss.add(
    'characters XML 1.0 forbids (removed from names and notes)',
    escaper.stripped() + serialized.strippedCharacters,
  );
  return {
    output: { project: serialized.chunks, sources: files },
    lossiness: loss.report(),
    written,
  };
}
