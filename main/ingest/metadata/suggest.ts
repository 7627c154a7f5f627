/**
 * Document-level suggestions drawn from the metadata found in a text. They are offered
 * to the analyst to confirm, never applied silently, so each carries its reason.
 */
import type { Byline } from './extract-byline';
import type { Dateline } from './extract-dateline';
import type { OutletGuess } from './extract-outlet';
import type { AuthorRoleId, GenreId, OutletTypeId, PublicationModeId } from './suggestion-ids';
import type { TextSpan } from './text-span';

interface SuggestionBase {
  /** Why, in words an analyst can check against the text. */
  reason: string;
  /** Where the clue is in the text, when it is in the text. */
  evidence?: TextSpan;
}

/** A proposed value for one document-level field of the codebook. */
export type DocumentSuggestion = SuggestionBase &
  (
    | { field: 'genre'; value: GenreId }
    | { field: 'outletType'; value: OutletTypeId }
    | { field: 'authorRole'; value: AuthorRoleId }
    | { field: 'publicationMode'; value: PublicationModeId }
  );

/** What the suggestions are drawn from. */
export interface SuggestionClues {
  title: string;
  bylines: readonly Byline[];
  dateline?: Dateline;
  outlet?: OutletGuess;
  /** The page's own word that it is opinion: its JSON-LD type or section. */
  opinion?: { reason: string };
}

// Section labels that mark an opinion piece, matched on the title or a byline's role.
const OPINION_LABEL =
  /^(?:opinion|tribune|point de vue|op-ed|editorial|éditorial|köşe yazısı|görüş|мнение|колонка|rəy)\s*[:|–—-]/iu;

function outletType({ dateline, outlet }: SuggestionClues): DocumentSuggestion[] {
  const agency = dateline?.knownAgency;
  if (agency?.isStateOwned) {
    const reason = `Dateline names ${agency.name}, ${agency.description}`;
    return [{ field: 'outletType', value: 'state-news-agency', reason, evidence: dateline?.span }];
  }
  const fromDomain = outlet?.knownAgency;
  const domain = outlet?.evidence.find((e) => e.kind === 'domain');
  if (!dateline && fromDomain?.isStateOwned && domain) {
    const reason = `The page names ${domain.text}, site of ${fromDomain.name}, ${fromDomain.description}`;
    return [{ field: 'outletType', value: 'state-news-agency', reason, evidence: domain.span }];
  }
  return [];
}

function authorRole({ bylines, dateline }: SuggestionClues): DocumentSuggestion[] {
  const credited =
    bylines.find((b) => b.kind === 'signature' && b.roleId) ?? bylines.find((b) => b.roleId);
  if (credited?.roleId) {
    const label = credited.kind === 'signature' ? 'Signature' : 'Byline';
    const reason = `${label}: ${credited.name}, ${credited.role ?? ''}`;
    return [{ field: 'authorRole', value: credited.roleId, reason, evidence: credited.span }];
  }
  if (dateline && bylines.length === 0) {
    const reason = `Agency dateline (${dateline.agency}) and no byline`;
    return [{ field: 'authorRole', value: 'wire-agency', reason, evidence: dateline.span }];
  }
  return [];
}

function genre({ title, bylines, dateline, opinion }: SuggestionClues): DocumentSuggestion[] {
  if (opinion) return [{ field: 'genre', value: 'opinion', reason: opinion.reason }];
  if (OPINION_LABEL.test(title)) {
    return [
      { field: 'genre', value: 'opinion', reason: `The title is labelled as opinion: ${title}` },
    ];
  }
  const signed = bylines.find(
    (b) => b.kind === 'signature' && b.roleId && b.roleId !== 'staff-journalist',
  );
  if (signed) {
    const reason = `Signed at the end by ${signed.name} (${signed.role ?? ''}), as op-eds are`;
    return [{ field: 'genre', value: 'opinion', reason, evidence: signed.span }];
  }
  if (dateline) {
    const reason = `Opens with an agency dateline (${dateline.place}, ${dateline.agency}), as a news dispatch does`;
    return [{ field: 'genre', value: 'reporting', reason, evidence: dateline.span }];
  }
  return [];
}

function publicationMode({ dateline, outlet }: SuggestionClues): DocumentSuggestion[] {
  const banner = outlet?.evidence.find((e) => e.kind === 'copyright');
  if (!dateline?.knownAgency || !banner || outlet?.knownAgency === dateline.knownAgency) return [];
  const reason = `Dateline credits ${dateline.knownAgency.name}, but the page is ${outlet?.name ?? ''}'s`;
  return [{ field: 'publicationMode', value: 'republished', reason, evidence: dateline.span }];
}

/**
 * Suggestions for the genre, outlet type, author role and publication mode, at most one
 * per field, each with its reason and, when the clue is in the text, its span. Pure.
 */
export function suggestDocumentFields(clues: SuggestionClues): DocumentSuggestion[] {
  return [...genre(clues), ...outletType(clues), ...authorRole(clues), ...publicationMode(clues)];
}
