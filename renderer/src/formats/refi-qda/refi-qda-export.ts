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
import { selectionElement, userGuid, type SelectionContext } from './qde-selections';
import { serializeChildren, serializeXml, xsdDateTime, type XmlElement } from './qde-xml';

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
  const loss = createLossCounter();
  const items = new Map(options.codebookItems.map((item) => [item.id as string, item]));
  const isCodedAttribute = (itemId: CodebookItemId, key: string): boolean =>
    items.get(itemId)?.attributes.some((a) => a.kind === 'item-choice' && a.key === key) ?? false;
  // Items an attribute names (the document profile's frames) are codes of the whole text too.
  const codesOf = (annotation: Annotation): CodebookItemId[] => {
    const named = Object.entries(annotation.attributes)
      .filter(([key]) => isCodedAttribute(annotation.itemId, key))
      .flatMap(([, value]) =>
        typeof value === 'string' ? [value] : Array.isArray(value) ? value : [],
      )
      .filter((id) => id !== '');
    return [...new Set([annotation.itemId, ...(named as CodebookItemId[])])];
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
  let strippedCharacters = 0;
  const sources = input.articles.map((article): XmlElement => {
    const guid = nameGuid(`source:${article.id}`);
    files.push({ path: `sources/${guid}.txt`, content: article.text });
    const context: SelectionContext = {
      offsets: codePointOffsets(article.text),
      codesOf,
      isCodedAttribute,
      loss,
    };
    const documentLevel = [...(documentLevelOf.get(article.id) ?? [])]
      // Code-unit order, not the locale's: the same bytes on every machine.
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const selections = [...documentLevel, ...spanAnnotationsOf(input, article.id)].flatMap(
      (a) => selectionElement(a, context) ?? [],
    );
    // One selection per annotation placed; those that could not be are counted in `loss`.
    written += selections.length;
    // Serialised now, at the depth of Project > Sources > TextSource > selection: the trees
    // of 100,000 selections held to the end cost more in garbage collection than writing.
    const inner = serializeChildren(selections, 3);
    strippedCharacters += inner.strippedCharacters;
    return {
      name: 'TextSource',
      attributes: {
        guid,
        name: article.title || article.sourceName || 'article',
        plainTextPath: `internal://${guid}.txt`,
      },
      childrenXml: inner.xml,
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
  const serialized = serializeXml(project);
  const xml = serialized.xml;
  strippedCharacters += serialized.strippedCharacters;
  loss.add('characters XML 1.0 forbids (removed from names and notes)', strippedCharacters);
  return {
    output: [{ path: QDE_PROJECT_FILE, content: xml }, ...files],
    lossiness: loss.report(),
    written,
  };
}
