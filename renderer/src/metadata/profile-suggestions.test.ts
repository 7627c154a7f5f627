import { describe, expect, it } from 'vitest';
import type { ArticleSuggestion } from '../../../preload/api';
import { loadDefaultCodebook } from '../codebook/default-codebook';
import { pendingSuggestions, suggestionKey } from './profile-suggestions';

const profileItem = loadDefaultCodebook().items.find((item) => item.id === 'document.profile')!;
const definitions = profileItem.attributes;

// What ingestion suggests for the bundled AZERTAC dispatch.
const DISPATCH: ArticleSuggestion[] = [
  { field: 'genre', value: 'reporting', reason: 'Opens with an agency dateline (Bakou, AZERTAC)' },
  { field: 'outletType', value: 'state-news-agency', reason: 'Dateline names AZERTAC' },
  { field: 'authorRole', value: 'wire-agency', reason: 'Agency dateline (AZERTAC) and no byline' },
];

const pending = (
  suggestions: ArticleSuggestion[],
  profile?: Record<string, string | string[]>,
  dismissed: string[] = [],
) =>
  pendingSuggestions({ suggestions, definitions, profile, dismissed }).map(
    (s) => `${s.definition.key}=${s.option.value}`,
  );

describe('pendingSuggestions', () => {
  it("offers each suggestion on the codebook's option, with its label and reason", () => {
    const [genre] = pendingSuggestions({
      suggestions: DISPATCH,
      definitions,
      profile: undefined,
      dismissed: [],
    });
    expect(genre).toMatchObject({
      key: 'genre:reporting',
      definition: { key: 'genre', label: 'Genre' },
      option: { value: 'reporting', label: 'Reporting' },
      reason: 'Opens with an agency dateline (Bakou, AZERTAC)',
    });
    expect(pending(DISPATCH)).toEqual([
      'genre=reporting',
      'outletType=state-news-agency',
      'authorRole=wire-agency',
    ]);
  });

  it('hides a field the analyst answered, whether as suggested or otherwise', () => {
    expect(pending(DISPATCH, { genre: 'reporting', authorRole: 'staff-journalist' })).toEqual([
      'outletType=state-news-agency',
    ]);
    // An empty answer is no answer.
    expect(pending(DISPATCH, { genre: '', frames: [] })).toHaveLength(3);
  });

  it('hides a dismissed suggestion', () => {
    expect(pending(DISPATCH, undefined, ['genre:reporting', 'authorRole:wire-agency'])).toEqual([
      'outletType=state-news-agency',
    ]);
  });

  it("maps ingestion's outlet-type names onto the codebook's shorter values", () => {
    const blog: ArticleSuggestion = {
      field: 'outletType',
      value: 'blog-personal-site',
      reason: 'r',
    };
    expect(pending([blog])).toEqual(['outletType=blog-personal']);
    expect(suggestionKey(blog)).toBe('outletType:blog-personal-site');
  });

  it('drops values and fields the codebook does not have, and offers a field once', () => {
    const odd: ArticleSuggestion[] = [
      { field: 'genre', value: 'poetry', reason: 'r' },
      { field: 'genre', value: 'opinion', reason: 'first' },
      { field: 'genre', value: 'satire', reason: 'second' },
    ];
    expect(pending(odd)).toEqual(['genre=opinion']);
    expect(
      pendingSuggestions({
        suggestions: DISPATCH,
        definitions: [],
        profile: undefined,
        dismissed: [],
      }),
    ).toEqual([]);
  });
});
