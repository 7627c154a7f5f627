import { describe, expect, it } from 'vitest';
import type { MetadataEdits } from '../db/records';
import {
  MAX_FIELD_CHARS,
  readFieldInput,
  withDismissedSuggestion,
  withFieldEdit,
} from './field-input';

const NOW = new Date('2026-03-12T09:00:00.000Z');

describe('readFieldInput', () => {
  it('collapses spaces, and an empty byline, outlet or dateline means none', () => {
    expect(readFieldInput('byline', '  Mazahir   Afandiyev ')).toEqual({
      ok: true,
      value: 'Mazahir Afandiyev',
    });
    expect(readFieldInput('outlet', '   ')).toEqual({ ok: true, value: '' });
    expect(readFieldInput('dateline', '')).toEqual({ ok: true, value: '' });
  });

  it('refuses an empty title and an over-long value', () => {
    expect(readFieldInput('title', ' ')).toMatchObject({ ok: false });
    expect(readFieldInput('byline', 'x'.repeat(MAX_FIELD_CHARS + 1))).toMatchObject({ ok: false });
  });

  it('takes a date as YYYY-MM-DD with an optional time, and refuses days that do not exist', () => {
    expect(readFieldInput('publishedDate', '2025-08-10')).toEqual({
      ok: true,
      value: '2025-08-10',
    });
    expect(readFieldInput('publishedDate', '2025-08-10 16:55')).toEqual({
      ok: true,
      value: '2025-08-10T16:55',
    });
    expect(readFieldInput('publishedDate', '2025-08-10T16:55')).toEqual({
      ok: true,
      value: '2025-08-10T16:55',
    });
    expect(readFieldInput('publishedDate', '')).toEqual({ ok: true, value: '' });
    for (const wrong of ['2025-02-30', '10/08/2025', '2025-08-10 24:00', '2025-13-01', 'août']) {
      expect(readFieldInput('publishedDate', wrong)).toMatchObject({ ok: false });
    }
  });

  it('takes a language code in any case, empty or und as unknown', () => {
    expect(readFieldInput('language', 'TR')).toEqual({ ok: true, value: 'tr' });
    expect(readFieldInput('language', '')).toEqual({ ok: true, value: 'und' });
    expect(readFieldInput('language', 'French')).toMatchObject({ ok: false });
  });
});

describe('withFieldEdit and withDismissedSuggestion', () => {
  const edits: MetadataEdits = {
    fields: { outlet: 'Bruxelles Korner' },
    dismissedSuggestions: ['genre:opinion'],
    editedAt: '2026-01-01T00:00:00.000Z',
  };

  it('adds a correction and keeps the others, without changing its input', () => {
    const next = withFieldEdit(edits, 'byline', 'Mazahir Afandiyev', 'Kadir Duran', NOW);
    expect(next).toEqual({
      fields: { outlet: 'Bruxelles Korner', byline: 'Mazahir Afandiyev' },
      dismissedSuggestions: ['genre:opinion'],
      editedAt: NOW.toISOString(),
    });
    expect(edits.fields).toEqual({ outlet: 'Bruxelles Korner' });
  });

  it('drops the correction when the value is what ingestion found', () => {
    const next = withFieldEdit(
      edits,
      'outlet',
      'BRUXELLES KORNER BLOG',
      'BRUXELLES KORNER BLOG',
      NOW,
    );
    expect(next.fields).toEqual({});
  });

  it('starts from nothing on an article never corrected', () => {
    expect(withFieldEdit(undefined, 'outlet', '', 'AZERTAC', NOW)).toEqual({
      fields: { outlet: '' },
      dismissedSuggestions: [],
      editedAt: NOW.toISOString(),
    });
  });

  it('records a dismissal once', () => {
    expect(withDismissedSuggestion(edits, 'genre:opinion', NOW).dismissedSuggestions).toEqual([
      'genre:opinion',
    ]);
    expect(withDismissedSuggestion(undefined, 'authorRole:elected-official', NOW)).toEqual({
      fields: {},
      dismissedSuggestions: ['authorRole:elected-official'],
      editedAt: NOW.toISOString(),
    });
  });
});
