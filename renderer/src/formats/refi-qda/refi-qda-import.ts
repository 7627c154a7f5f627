/**
 * REFI-QDA project import (`.qdpx` from QualCoder, MAXQDA, ATLAS.ti, NVivo, or Sourcemark's
 * own export): `project.qde` is checked (size, nesting, no DTD) and parsed, then read into
 * users, codes, articles and codings (`qde-read-*.ts`). Pure over the archive's files and a
 * DOMParser the caller gives; matching the codes to the codebook, the users to authors and
 * the articles to the library is the caller's (`sets/read-refi-qda.ts`).
 */
import type { ExportFile } from '../shared/export-input';
import { projectFiles } from './qde-project-files';
import { readCodes, readUsers } from './qde-read-codes';
import type { RefiQdaOutcome } from './qde-read-model';
import { readNotes } from './qde-read-notes';
import { readSources } from './qde-read-sources';
import { readXmlTree, type XmlDocumentParser } from './xml-tree';
import type { XmlLimits } from './xml-guard';

/**
 * What `project.qde` may cost. Sourcemark's own export of 100,000 annotations is about
 * 65 MB of XML; nesting is 6 levels plus the code hierarchy.
 */
export const QDE_LIMITS: XmlLimits = { maxChars: 128 * 1024 * 1024, maxDepth: 64 };

/** Reads a `.qdpx` archive's files; refuses the whole file when its project cannot be read. */
export function importRefiQda(
  files: readonly ExportFile[],
  parser: XmlDocumentParser,
  limits: XmlLimits = QDE_LIMITS,
): RefiQdaOutcome {
  const archive = projectFiles(files);
  if (!archive.project) {
    return { ok: false, reason: 'The archive holds no project.qde: it is not a REFI-QDA project.' };
  }
  const tree = readXmlTree(archive.project.content, parser, limits);
  if (!tree.ok) return { ok: false, reason: `${archive.project.path} is refused: ${tree.reason}.` };
  const project = tree.root;
  if (project.name !== 'Project') {
    return {
      ok: false,
      reason: `${archive.project.path} is not a QDA-XML project (its root is <${project.name.slice(0, 40)}>).`,
    };
  }
  const origin = project.attributes.get('origin') ?? '';
  const codes = readCodes(project);
  const memos = readNotes(project, archive);
  const sources = readSources(project, {
    files: archive,
    codes,
    notes: memos,
    countsCrlfAsOne: /ATLAS\.ti/i.test(origin),
  });
  const unused = memos.unusedCount();
  const notes = [
    ...sources.notes,
    ...(unused > 0
      ? [`${unused} project notes (memos, journals) are attached to no text: not imported.`]
      : []),
  ];
  return {
    ok: true,
    read: {
      projectName: project.attributes.get('name') ?? '',
      origin,
      users: [...readUsers(project).values()],
      codes: [...codes.values()],
      articles: sources.articles,
      items: sources.items,
      notes,
    },
  };
}
