/**
 * What reading a REFI-QDA project yields, before anything is matched to the library or the
 * codebook: its users, its code book, one article per text source, and one item per coding
 * (a code on a selection or on a whole source, or a note alone), each imported as read or
 * refused with a reason.
 */
import type { TextSpan } from '../../annotation/types';
import type { ImportItemOutcome } from '../shared/import-result';

/** A text source as an article: its key (the source's GUID), name and text. */
export interface RefiArticle {
  key: string;
  title: string;
  /** The normal form (`text/normal-form.ts`): what the library stores; codings count here. */
  text: string;
  /** The source's text as the file gives it, when that is not the normal form. */
  original?: string;
}

/** A `<User>`: the GUID codings name it by, its name, and the `id` a tool may add. */
export interface RefiUser {
  guid: string;
  name: string;
  /** Sourcemark writes its author id here, so a round trip keeps authors. */
  id?: string;
}

/** A `<Code>` of the code book, with its place in the hierarchy. */
export interface RefiCode {
  guid: string;
  name: string;
  parentGuid?: string;
  /** `#RRGGBB` or `#RGB` as the file gives it. */
  color?: string;
  description?: string;
}

/** One code on a selection or a whole source, or a note with no code. */
export interface RefiCoding {
  /** The article's key: its source's GUID. */
  articleKey: string;
  /**
   * UTF-16 code units of the article's stored (normalised) text; absent for what applies to
   * the whole source (a `<Coding>` or a note of the `<TextSource>` itself).
   */
  span?: TextSpan;
  /** Whether `span` covers the whole text: REFI-QDA's way of coding a document. */
  coversWholeText: boolean;
  /** The code; absent for a note the file attaches to no code. */
  code?: RefiCode;
  /** The selection's description and the notes it refers to, joined by blank lines. */
  note: string;
  /** The GUID of the `<User>` who made it, when the file says. */
  userGuid?: string;
  /** `xsd:dateTime` values as the file gives them. */
  createdAt?: string;
  modifiedAt?: string;
  /**
   * How its selection landed in the stored text when not exactly (`place-in-normal-form.ts`):
   * widened to whole characters (`moved`), or on other text than the file's positions hold
   * (`unverified`, with the text it meant in `meantQuote`, to re-anchor).
   */
  placedAs?: { kind: 'moved' | 'unverified'; detail: string };
  meantQuote?: string;
}

/** A coding of the file, read or refused, and where it is (`TextSource "A", selection 2`). */
export type RefiItem = ImportItemOutcome<{ location: string }, { coding: RefiCoding }>;

/** A project as read. */
export interface RefiQdaRead {
  projectName: string;
  /** The software that wrote it (`ATLAS.ti for Windows 23.2.3`), or ''. */
  origin: string;
  users: RefiUser[];
  codes: RefiCode[];
  articles: RefiArticle[];
  items: RefiItem[];
  /** What the project holds that is not imported, one sentence each. */
  notes: string[];
}

/** A read project, or why the whole file is refused. */
export type RefiQdaOutcome = { ok: true; read: RefiQdaRead } | { ok: false; reason: string };

/**
 * A GUID as compared: braces dropped, upper case (the schema allows `{…}` and either case,
 * and tools differ).
 */
export function guidKey(guid: string | undefined): string {
  return (guid ?? '')
    .trim()
    .replace(/^\{|\}$/g, '')
    .toUpperCase();
}
