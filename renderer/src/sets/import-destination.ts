/**
 * Whose set an import writes. By default only colleagues' sets: a file whose author is the
 * analyst (or the profile's gold set) would otherwise write straight into that set, so its
 * annotations are imported instead as a separate set, "imported copy of <name>", with ids of
 * their own. Writing into the analyst's own set or the gold set is a choice the analyst
 * makes in the import dialog before anything is written. Pure: no Dexie, no DOM.
 */
import type { Annotation, AnnotationId, AuthorId } from '../annotation/types';
import type { SetAuthor } from '../formats/native/annotation-set';
import { contentId, contentIds } from './draft-annotations';
import type { IncomingSet } from './incoming-set';

/** Where the annotations of a file go: colleagues' sets (default), yours, or gold. */
export type ImportDestination = 'colleague' | 'self' | 'gold';

/**
 * The set an author's annotations land in: the analyst's, gold, a colleague's, or a
 * separate copy of the analyst's or gold's annotations (stored as a colleague's).
 */
export type SetKind = 'self' | 'gold' | 'colleague' | 'copy-of-self' | 'copy-of-gold';

/** The profile's own sets, which an import writes only when the analyst chooses to. */
export interface OwnSets {
  self: SetAuthor;
  /** Every analyst with the gold role (one, normally). */
  goldIds: ReadonlySet<string>;
  /** The gold set to write into: the existing one, or the one the import will create. */
  gold: SetAuthor;
}

/** What a file's authorship means for this profile, told to the analyst before importing. */
export interface FileAuthorship {
  /** Annotations of the file whose author is the analyst. */
  mine: number;
  /** Annotations of the file whose author is the profile's gold set. */
  gold: number;
  /** The separate sets a default import puts the analyst's and gold's annotations in. */
  copyOfMine?: string;
  copyOfGold?: string;
  /** The sets a default import writes, by name (copies as "imported copy of …"). */
  colleagueNames: string[];
}

/** The name of the set that receives a default import of `name`'s own annotations. */
export function copyName(name: string): string {
  return `imported copy of ${name}`;
}

/** How `incoming`'s annotations divide between the analyst, gold and colleagues. */
export function describeAuthorship(incoming: IncomingSet, own: OwnSets): FileAuthorship {
  const names = new Map(incoming.authors.map((a) => [a.id as string, a.name]));
  const counts = new Map<string, number>();
  for (const { annotation } of incoming.annotations) {
    counts.set(annotation.author, (counts.get(annotation.author) ?? 0) + 1);
  }
  const out: FileAuthorship = { mine: 0, gold: 0, colleagueNames: [] };
  for (const [id, count] of counts) {
    if (id === own.self.id) {
      out.mine += count;
      out.copyOfMine = copyName(ownName(own.self, names.get(id)));
      out.colleagueNames.push(out.copyOfMine);
    } else if (own.goldIds.has(id)) {
      out.gold += count;
      out.copyOfGold = copyName(own.gold.name);
      out.colleagueNames.push(out.copyOfGold);
    } else {
      out.colleagueNames.push(names.get(id) || id);
    }
  }
  out.colleagueNames = [...new Set(out.colleagueNames)];
  return out;
}

/** A file's set with every annotation's author decided, and the set of each author. */
export interface RoutedSet {
  incoming: IncomingSet;
  kinds: ReadonlyMap<string, SetKind>;
}

/**
 * `incoming` with its annotations given to the sets `destination` names: all to the
 * analyst (`self`), all to the gold set (`gold`), or each to its author's set, except that
 * the analyst's and gold's annotations go to a separate copy (`colleague`). A copy's
 * annotations and the comments on them get ids derived from the originals, so importing the
 * same file twice reports duplicates, and the originals (if held) are left as they are.
 */
export async function routeIncomingSet(
  incoming: IncomingSet,
  destination: ImportDestination,
  own: OwnSets,
): Promise<RoutedSet> {
  if (destination !== 'colleague') {
    const target = destination === 'self' ? own.self : own.gold;
    return {
      incoming: {
        ...incoming,
        authors: [...incoming.authors, target],
        annotations: incoming.annotations.map((item) => ({
          ...item,
          annotation: { ...item.annotation, author: target.id },
        })),
      },
      kinds: new Map([[target.id as string, destination]]),
    };
  }
  return copyOwnAnnotations(incoming, own);
}

async function copyOwnAnnotations(incoming: IncomingSet, own: OwnSets): Promise<RoutedSet> {
  const names = new Map(incoming.authors.map((a) => [a.id as string, a.name]));
  const isOwn = (author: string) => author === own.self.id || own.goldIds.has(author);
  const kinds = new Map<string, SetKind>();
  const copies = new Map<string, SetAuthor>();
  for (const { annotation } of incoming.annotations) {
    const author = annotation.author as string;
    if (!isOwn(author)) kinds.set(author, 'colleague');
    else if (!copies.has(author)) {
      const isSelf = author === own.self.id;
      const name = isSelf ? ownName(own.self, names.get(author)) : own.gold.name;
      const id = (await contentId('imported copy', author)) as AuthorId;
      copies.set(author, { id, name: copyName(name) });
      kinds.set(id, isSelf ? 'copy-of-self' : 'copy-of-gold');
    }
  }
  if (copies.size === 0) return { incoming, kinds };

  const copied = incoming.annotations.filter((item) => copies.has(item.annotation.author));
  const newIds = await contentIds(copied.map((item) => ['imported copy', item.annotation.id]));
  const ids = new Map(copied.map((item, n) => [item.annotation.id as string, newIds[n]!]));
  const commentIds = new Map<string, string>();
  const comments = incoming.comments ?? [];
  const moved = comments.filter((c) => ids.has(c.comment.annotationId));
  const movedIds = await contentIds(moved.map((c) => ['imported copy', c.comment.id]));
  moved.forEach((c, n) => commentIds.set(c.comment.id, movedIds[n]!));

  return {
    incoming: {
      ...incoming,
      authors: [...incoming.authors, ...copies.values()],
      annotations: incoming.annotations.map((item) => {
        const copy = copies.get(item.annotation.author);
        const annotation = relink(item.annotation, ids);
        return {
          ...item,
          annotation: copy
            ? { ...annotation, id: ids.get(annotation.id) as AnnotationId, author: copy.id }
            : annotation,
        };
      }),
      comments: comments.map((item) => {
        const annotationId = ids.get(item.comment.annotationId);
        if (!annotationId) return item;
        return {
          ...item,
          comment: {
            ...item.comment,
            id: commentIds.get(item.comment.id)!,
            annotationId: annotationId as AnnotationId,
          },
        };
      }),
    },
    kinds,
  };
}

/** `annotation` with its links to copied annotations pointing at the copies. */
function relink(annotation: Annotation, ids: ReadonlyMap<string, string>): Annotation {
  if (annotation.kind !== 'span' || !annotation.links) return annotation;
  const { sourceId, cueId } = annotation.links;
  const source = sourceId && ids.get(sourceId);
  const cue = cueId && ids.get(cueId);
  if (!source && !cue) return annotation;
  return {
    ...annotation,
    links: {
      ...annotation.links,
      ...(source ? { sourceId: source as AnnotationId } : {}),
      ...(cue ? { cueId: cue as AnnotationId } : {}),
    },
  };
}

/** The analyst's name, else the one the file gives them, else "you". */
function ownName(self: SetAuthor, fromFile: string | undefined): string {
  return self.name || fromFile || 'you';
}
