/**
 * The project's `<Notes>` (memos): their texts, found by the `<NoteRef>`s of selections,
 * codings and sources, or by a `<Link>` between a note and a selection (NVivo's way). Notes
 * that nothing refers to (journals, project memos) have no place in Sourcemark's model and
 * are counted, so the report can say so.
 */
import type { ProjectFiles } from './qde-project-files';
import { guidKey } from './qde-read-model';
import { childNamed, childrenNamed, type XmlNode } from './xml-tree';

/** The notes of a project. */
export interface ProjectNotes {
  /** The texts of the notes `element`'s `<NoteRef>`s and links point at, marking them used. */
  notesOf(element: XmlNode): string[];
  /** How many notes nothing imported referred to. */
  unusedCount(): number;
}

/** Reads every `<Note>` text: inline content, its internal text file, or its description. */
export function readNotes(project: XmlNode, files: ProjectFiles): ProjectNotes {
  const texts = new Map<string, string>();
  const list = childNamed(project, 'Notes');
  for (const note of list ? childrenNamed(list, 'Note') : []) {
    const guid = guidKey(note.attributes.get('guid'));
    if (!guid || texts.has(guid)) continue;
    const path = note.attributes.get('plainTextPath');
    const file = path ? files.internalText(path) : undefined;
    const text =
      childNamed(note, 'PlainTextContent')?.text ??
      (file?.ok ? file.text : undefined) ??
      childNamed(note, 'Description')?.text ??
      '';
    texts.set(guid, text.trim());
  }
  const linked = new Map<string, string[]>();
  const links = childNamed(project, 'Links');
  for (const link of links ? childrenNamed(links, 'Link') : []) {
    const origin = guidKey(link.attributes.get('originGUID'));
    const target = guidKey(link.attributes.get('targetGUID'));
    if (texts.has(origin)) linked.set(target, [...(linked.get(target) ?? []), origin]);
    else if (texts.has(target)) linked.set(origin, [...(linked.get(origin) ?? []), target]);
  }
  const used = new Set<string>();
  return {
    notesOf(element) {
      const guids = [
        ...childrenNamed(element, 'NoteRef').map((ref) =>
          guidKey(ref.attributes.get('targetGUID')),
        ),
        ...(linked.get(guidKey(element.attributes.get('guid'))) ?? []),
      ];
      return guids.flatMap((guid) => {
        const text = texts.get(guid);
        if (text === undefined) return [];
        used.add(guid);
        return text ? [text] : [];
      });
    },
    unusedCount: () => [...texts.keys()].filter((guid) => !used.has(guid)).length,
  };
}
