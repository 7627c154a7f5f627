/**
 * The values that document-level suggestions propose, as stable ids. They name the
 * categories of the codebook ("Sourcing and document-level notes") and are mapped to its
 * entries when the codebook is loaded; a suggestion is only applied once an analyst
 * confirms it.
 */

/** Genres of SemEval-2023 subtask 1. */
export const GENRE_IDS = ['reporting', 'opinion', 'satire'] as const;
export type GenreId = (typeof GENRE_IDS)[number];

/** Outlet types of the codebook. */
export const OUTLET_TYPE_IDS = [
  'state-news-agency',
  'state-affiliated-media',
  'public-service-media',
  'commercial-independent-media',
  'diaspora-community-outlet',
  'blog-personal-site',
  'party-government-channel',
  'unknown',
] as const;
export type OutletTypeId = (typeof OUTLET_TYPE_IDS)[number];

/** Author roles of the codebook. */
export const AUTHOR_ROLE_IDS = [
  'staff-journalist',
  'wire-agency',
  'elected-official',
  'government-official',
  'party-official',
  'expert-academic',
  'activist',
  'anonymous',
  'unknown',
] as const;
export type AuthorRoleId = (typeof AUTHOR_ROLE_IDS)[number];

/** Publication modes of the codebook. */
export const PUBLICATION_MODE_IDS = [
  'original',
  'republished',
  'translated',
  'excerpt',
  'press-release',
] as const;
export type PublicationModeId = (typeof PUBLICATION_MODE_IDS)[number];
