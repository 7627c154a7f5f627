/**
 * The codings of one text source, in file order: a note on the source and its own
 * `<Coding>`s (for the whole document), then each `<PlainTextSelection>`'s codings, one item
 * per code, with the selection's description and notes. A selection with a note but no
 * code (how MAXQDA writes a comment) is a note item; one with neither is only counted. A
 * source whose text could not be read refuses each of its items with that reason.
 */
import type { ProjectNotes } from './qde-read-notes';
import { guidKey, type RefiCode, type RefiCoding, type RefiItem } from './qde-read-model';
import type { PlacedSelection, SourceText } from './qde-source-text';
import { childNamed, childrenNamed, type XmlNode } from './xml-tree';

/** A source's text, or why it could not be read. */
export type TextRead = { ok: true; source: SourceText } | { ok: false; reason: string };

/** What reading one source's codings needs. */
export interface CodingsContext {
  /** The article's key (the source's GUID) and where the source is, for locations. */
  key: string;
  where: string;
  text: TextRead;
  codes: ReadonlyMap<string, RefiCode>;
  notes: ProjectNotes;
}

/** The source's items, and how many selections carried neither a code nor a note. */
export function readCodings(
  source: XmlNode,
  context: CodingsContext,
): { items: RefiItem[]; bare: number } {
  const items: RefiItem[] = [];
  const { key, where, text } = context;
  const add = (location: string, coding: RefiCoding) =>
    items.push(
      text.ok
        ? { kind: 'imported', location, coding }
        : { kind: 'error', location, reason: `its source was not read: ${text.reason}` },
    );
  const whole = { articleKey: key, coversWholeText: true };
  const sourceNote = notesOf(source, context);
  if (sourceNote) add(`${where}, note`, { ...whole, note: sourceNote });
  for (const coding of childrenNamed(source, 'Coding')) {
    const code = codeOf(coding, context.codes);
    const location = `${where}, code ${code.ok ? `“${code.code.name}”` : '?'}`;
    if (!code.ok) items.push({ kind: 'error', location, reason: code.reason });
    else
      add(location, { ...whole, code: code.code, note: notesOf(coding, context), ...by(coding) });
  }
  let bare = 0;
  childrenNamed(source, 'PlainTextSelection').forEach((selection, n) => {
    const at = `${where}, selection ${n + 1}`;
    const placed = text.ok
      ? text.source.place(
          selection.attributes.get('startPosition'),
          selection.attributes.get('endPosition'),
        )
      : undefined;
    // Positions that cannot be placed refuse every item of the selection, with their reason.
    const addSelection = (location: string, coding: RefiCoding) => {
      if (placed && !placed.ok) items.push({ kind: 'error', location, reason: placed.reason });
      else add(location, coding);
    };
    const note = notesOf(selection, context);
    const base = { ...placement(key, placed), note, ...by(selection) };
    const codings = childrenNamed(selection, 'Coding');
    if (codings.length === 0) {
      if (note) addSelection(`${at}, note`, base);
      else bare += 1;
    }
    for (const coding of codings) {
      const code = codeOf(coding, context.codes);
      const location = `${at}, code ${code.ok ? `“${code.code.name}”` : '?'}`;
      if (!code.ok) {
        items.push({ kind: 'error', location, reason: code.reason });
        continue;
      }
      const user = coding.attributes.get('creatingUser');
      const coded: RefiCoding = {
        ...base,
        code: code.code,
        note: joinNotes([note, notesOf(coding, context)]),
        ...(user ? { userGuid: guidKey(user) } : {}),
      };
      addSelection(location, coded);
    }
  });
  return { items, bare };
}

/** Where a selection landed, as a coding's fields. */
function placement(key: string, placed: PlacedSelection | undefined) {
  if (!placed?.ok) return { articleKey: key, coversWholeText: false };
  return {
    articleKey: key,
    span: placed.span,
    coversWholeText: placed.coversWholeText,
    ...(placed.placedAs ? { placedAs: placed.placedAs } : {}),
    ...(placed.meantQuote !== undefined ? { meantQuote: placed.meantQuote } : {}),
  };
}

/** The code a `<Coding>`'s `<CodeRef>` names, or why it names none the project defines. */
function codeOf(
  coding: XmlNode,
  codes: ReadonlyMap<string, RefiCode>,
): { ok: true; code: RefiCode } | { ok: false; reason: string } {
  const target = guidKey(childNamed(coding, 'CodeRef')?.attributes.get('targetGUID'));
  const code = codes.get(target);
  if (code) return { ok: true, code };
  return {
    ok: false,
    reason: target
      ? `it refers to code ${target}, which the code book does not define`
      : 'its coding names no code',
  };
}

/** Who made an element and when, as the file says. */
function by(element: XmlNode): Pick<RefiCoding, 'userGuid' | 'createdAt' | 'modifiedAt'> {
  const user = element.attributes.get('creatingUser') ?? element.attributes.get('modifyingUser');
  const created = element.attributes.get('creationDateTime');
  const modified = element.attributes.get('modifiedDateTime') ?? created;
  return {
    ...(user ? { userGuid: guidKey(user) } : {}),
    ...(created ? { createdAt: created } : {}),
    ...(modified ? { modifiedAt: modified } : {}),
  };
}

/** An element's `<Description>` and the notes it refers to, joined by blank lines. */
function notesOf(element: XmlNode, context: CodingsContext): string {
  return joinNotes([childNamed(element, 'Description')?.text, ...context.notes.notesOf(element)]);
}

function joinNotes(notes: readonly (string | undefined)[]): string {
  return notes
    .map((n) => n?.trim() ?? '')
    .filter((n) => n !== '')
    .join('\n\n');
}
