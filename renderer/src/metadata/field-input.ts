/**
 * The analyst's corrections of an article's metadata as values: reading what was typed
 * into a header field, and the `MetadataEdits` after one correction or dismissal. Pure.
 */
import type { MetadataEdits, MetadataField } from '../db/records';

/** Longest correction kept, as ingestion bounds what it finds. */
export const MAX_FIELD_CHARS = 300;

/** What was typed, as stored, or why it cannot be. */
export type FieldInput = { ok: true; value: string } | { ok: false; message: string };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?$/;
const LANGUAGE_CODE = /^[a-z]{2,3}$/;

function readDate(text: string): FieldInput {
  const match = ISO_DATE.exec(text);
  const invalid: FieldInput = {
    ok: false,
    message: 'Write the date as YYYY-MM-DD, or YYYY-MM-DD HH:mm with a time.',
  };
  if (!match) return invalid;
  const [, year, month, day, hour, minute] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  // `Date` rolls 31 April over to 1 May: a day that does not come back is not a day.
  if (date.getUTCDate() !== Number(day) || date.getUTCMonth() !== Number(month) - 1) {
    return invalid;
  }
  if (hour === undefined || minute === undefined)
    return { ok: true, value: `${year}-${month}-${day}` };
  if (Number(hour) > 23 || Number(minute) > 59) return invalid;
  return { ok: true, value: `${year}-${month}-${day}T${hour}:${minute}` };
}

/**
 * `raw` as the value of `field`: spaces collapsed and trimmed; `''` means "none" except
 * for the title, which cannot be empty, and the language, where it means unknown (`und`).
 * Dates must be `YYYY-MM-DD` with an optional time, languages an ISO 639 code.
 */
export function readFieldInput(field: MetadataField, raw: string): FieldInput {
  const text = raw.replace(/\s+/g, ' ').trim();
  if (text.length > MAX_FIELD_CHARS) {
    return { ok: false, message: `Keep it under ${MAX_FIELD_CHARS} characters.` };
  }
  switch (field) {
    case 'title':
      return text === ''
        ? { ok: false, message: 'A title cannot be empty.' }
        : { ok: true, value: text };
    case 'publishedDate':
      return text === '' ? { ok: true, value: '' } : readDate(text);
    case 'language': {
      const code = text.toLowerCase();
      if (code === '' || code === 'und') return { ok: true, value: 'und' };
      return LANGUAGE_CODE.test(code)
        ? { ok: true, value: code }
        : { ok: false, message: 'Write a language code such as fr, tr or ru.' };
    }
    default:
      return { ok: true, value: text };
  }
}

function base(edits: MetadataEdits | undefined, now: Date): MetadataEdits {
  return {
    fields: { ...edits?.fields },
    dismissedSuggestions: [...(edits?.dismissedSuggestions ?? [])],
    editedAt: now.toISOString(),
  };
}

/**
 * `edits` with `field` corrected to `value`. A value equal to what ingestion `found` drops
 * the correction instead, so "restoring" a field leaves no trace of an edit.
 */
export function withFieldEdit(
  edits: MetadataEdits | undefined,
  field: MetadataField,
  value: string,
  found: string,
  now: Date,
): MetadataEdits {
  const next = base(edits, now);
  if (value === found) delete next.fields[field];
  else next.fields[field] = value;
  return next;
}

/** `edits` with the suggestion `key` (`field:value`) dismissed. */
export function withDismissedSuggestion(
  edits: MetadataEdits | undefined,
  key: string,
  now: Date,
): MetadataEdits {
  const next = base(edits, now);
  if (!next.dismissedSuggestions.includes(key)) next.dismissedSuggestions.push(key);
  return next;
}
