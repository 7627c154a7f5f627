import { describe, expect, it } from 'vitest';
import type { ArticleMetadata } from '../../../preload/api';
import { formatCredits, formatDateline, foundMetadata, shownMetadata } from './shown-metadata';

// What ingestion reads in the bundled opinion piece and AZERTAC dispatch.
const OPINION: ArticleMetadata = {
  bylines: [
    { name: 'Kadir Duran', kind: 'byline' },
    { name: 'Mazahir Afandiyev', role: 'Membre du Milli Majlis', kind: 'signature' },
  ],
  byline: 'Kadir Duran, Mazahir Afandiyev',
  publishedDate: '2025-08-10T16:55',
  outlet: { name: 'BRUXELLES KORNER BLOG', confidence: 'high' },
  suggestions: [],
};
const DISPATCH: ArticleMetadata = {
  bylines: [],
  publishedDate: '2026-03-11',
  dateline: { place: 'Bakou', date: '2026-03-11', agency: 'AZERTAC' },
  outlet: { name: 'AZERTAC', confidence: 'medium' },
  suggestions: [],
};

describe('formatCredits and formatDateline', () => {
  it('writes credits with their roles, one line an analyst can retype', () => {
    expect(formatCredits(OPINION.bylines)).toBe(
      'Kadir Duran; Mazahir Afandiyev, Membre du Milli Majlis',
    );
    expect(formatCredits([])).toBe('');
  });

  it("writes a dateline as dispatches do, in the article's language", () => {
    expect(formatDateline(DISPATCH.dateline, 'fr')).toBe('Bakou, 11 mars, AZERTAC');
    expect(formatDateline(DISPATCH.dateline, 'tr')).toBe('Bakou, 11 Mart, AZERTAC');
    expect(formatDateline({ place: 'Bakou', agency: 'AZERTAC' }, 'fr')).toBe('Bakou, AZERTAC');
    expect(formatDateline(undefined, 'fr')).toBe('');
    // An ill-formed language tag falls back to the user's locale rather than throwing.
    expect(formatDateline(DISPATCH.dateline, 'not a tag!')).toMatch(/^Bakou, .*11.*, AZERTAC$/);
  });
});

describe('shownMetadata', () => {
  const article = { title: 'Une visite historique', language: 'fr', metadata: OPINION };

  it('shows what ingestion found when there is no correction, the byline apart from the signature', () => {
    const shown = shownMetadata(article);
    expect(shown.byline).toEqual({ value: 'Kadir Duran', found: 'Kadir Duran', isEdited: false });
    expect(shown.signedBy).toEqual({
      value: 'Mazahir Afandiyev, Membre du Milli Majlis',
      found: 'Mazahir Afandiyev, Membre du Milli Majlis',
      isEdited: false,
    });
    expect(shown.outlet.value).toBe('BRUXELLES KORNER BLOG');
    expect(shown.publishedDate.value).toBe('2025-08-10T16:55');
    expect(shown.dateline.value).toBe('');
    expect(shown.title.value).toBe('Une visite historique');
    expect(shown.language.value).toBe('fr');
  });

  it('lets each correction win, keeps what was found beside it, and shows "none" as empty', () => {
    const shown = shownMetadata({
      ...article,
      metadataEdits: {
        fields: { byline: 'Kadir Duran, rédacteur', outlet: '' },
        dismissedSuggestions: [],
        editedAt: '2026-01-01T00:00:00.000Z',
      },
    });
    expect(shown.byline).toEqual({
      value: 'Kadir Duran, rédacteur',
      found: 'Kadir Duran',
      isEdited: true,
    });
    expect(shown.signedBy.isEdited).toBe(false);
    expect(shown.outlet).toEqual({ value: '', found: 'BRUXELLES KORNER BLOG', isEdited: true });
    expect(shown.publishedDate.isEdited).toBe(false);
  });

  it('shows the signer once when a byline correction from before the signature field lists them', () => {
    const shown = shownMetadata({
      ...article,
      metadataEdits: {
        fields: { byline: 'K. Duran; Mazahir Afandiyev, Membre du Milli Majlis' },
        dismissedSuggestions: [],
        editedAt: '2025-01-01T00:00:00.000Z',
      },
    });
    expect(shown.byline).toEqual({ value: 'K. Duran', found: 'Kadir Duran', isEdited: true });
    expect(shown.signedBy.value).toBe('Mazahir Afandiyev, Membre du Milli Majlis');
  });

  it('does not call a correction equal to what was found an edit', () => {
    const shown = shownMetadata({
      ...article,
      metadataEdits: {
        fields: { outlet: 'BRUXELLES KORNER BLOG' },
        dismissedSuggestions: [],
        editedAt: '2026-01-01T00:00:00.000Z',
      },
    });
    expect(shown.outlet.isEdited).toBe(false);
  });

  it('reads articles stored before metadata existed as having found nothing', () => {
    expect(foundMetadata({ title: 'Old', language: 'und' })).toEqual({
      title: 'Old',
      byline: '',
      signedBy: '',
      outlet: '',
      publishedDate: '',
      dateline: '',
      language: 'und',
    });
    expect(foundMetadata({ title: 'AZERTAC', language: 'fr', metadata: DISPATCH }).dateline).toBe(
      'Bakou, 11 mars, AZERTAC',
    );
  });
});
