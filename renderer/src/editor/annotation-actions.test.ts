import { describe, expect, it } from 'vitest';
import type { AnnotationId, EntityId, RegistryEntity } from '../annotation/types';
import { article, context, item, TEXT } from '../testing/annotation-context';
import { documentAnnotationOf, spanAnnotationOf } from '../testing/annotation-records';
import {
  defaultAttributes,
  deleteAnnotations,
  linkEntity,
  relabel,
  setAttribute,
  setCue,
  setDocumentField,
  setLinks,
  setNote,
  setSource,
  tagSpan,
  tagSpans,
} from './annotation-actions';

const NOW = new Date('2026-03-11T10:00:00.000Z');
let counter = 0;
const deps = { now: () => NOW, newId: () => `new-${++counter}` as AnnotationId };
const at = (phrase: string) => {
  const start = TEXT.indexOf(phrase);
  return { start, end: start + phrase.length };
};

describe('tagSpan', () => {
  it('creates one annotation with the quote and the item’s default attributes', () => {
    const result = tagSpan(context, item('claim.claim'), at('le Kazakhstan restait'), deps);
    if (!result.ok) throw new Error(result.message);
    expect(result.change.label).toBe('Tag “Claim”');
    expect(result.change.annotations).toHaveLength(1);
    const created = result.change.annotations[0]!;
    expect(created.before).toBeNull();
    expect(created.after).toMatchObject({
      kind: 'span',
      itemId: 'claim.claim',
      articleId: article,
      span: at('le Kazakhstan restait'),
      quote: { exact: 'le Kazakhstan restait' },
      attributes: { verdict: 'unverified' },
      createdAt: NOW.toISOString(),
    });
  });

  it('refuses an empty, inverted or out-of-range span with a message', () => {
    for (const span of [
      { start: 3, end: 3 },
      { start: 8, end: 2 },
      { start: 0, end: TEXT.length + 1 },
      { start: -1, end: 4 },
    ]) {
      const result = tagSpan(context, item('entity.person'), span, deps);
      expect(result.ok, JSON.stringify(span)).toBe(false);
      if (!result.ok) expect(result.message).not.toBe('');
    }
  });
});

describe('tagSpans', () => {
  it('creates every span in one change, linked to the entity when given', () => {
    const spans = [at('Baïramov'), at('Kazakhstan')];
    const result = tagSpans(
      context,
      item('entity.gpe'),
      spans,
      { entityId: 'kz' as EntityId },
      deps,
    );
    if (!result.ok) throw new Error(result.message);
    expect(result.change.label).toBe('Tag 2 occurrences “Country, city or state”');
    expect(
      result.change.annotations.map((row) => row.after?.kind === 'span' && row.after.span),
    ).toEqual(spans);
    expect(
      result.change.annotations.every(
        (row) => row.after?.kind === 'span' && row.after.entityId === 'kz',
      ),
    ).toBe(true);
  });

  it('refuses the whole batch when one span is invalid', () => {
    const result = tagSpans(context, item('entity.gpe'), [at('Kazakhstan'), { start: 5, end: 5 }]);
    expect(result.ok).toBe(false);
  });
});

describe('edits of one annotation', () => {
  const claim = spanAnnotationOf('claim', article, TEXT, 36, 57, {
    itemId: item('claim.claim').id,
    attributes: { verdict: 'unverified', claimType: 'factual' },
  });

  it('setAttribute sets, replaces and clears (undefined or an empty list) one key', () => {
    const set = setAttribute(claim, 'verdict', 'supported', 'Verdict', NOW);
    expect(set.label).toBe('Set Verdict');
    expect(set.annotations[0]!.before).toBe(claim);
    expect(set.annotations[0]!.after?.attributes).toEqual({
      verdict: 'supported',
      claimType: 'factual',
    });
    expect(set.annotations[0]!.after?.modifiedAt).toBe(NOW.toISOString());
    const cleared = setAttribute(claim, 'claimType', undefined, 'Claim type', NOW);
    expect(cleared.annotations[0]!.after?.attributes).toEqual({ verdict: 'unverified' });
    const emptied = setAttribute(claim, 'claimType', [], 'Claim type', NOW);
    expect(emptied.annotations[0]!.after?.attributes).toEqual({ verdict: 'unverified' });
    // The original row is never mutated: undo needs it as it was.
    expect(claim.attributes).toEqual({ verdict: 'unverified', claimType: 'factual' });
  });

  it('relabel keeps attributes and records the codebook version', () => {
    const change = relabel(claim, item('technique.loaded-language'), context.codebook, NOW);
    expect(change.label).toBe('Relabel as “Loaded language”');
    expect(change.annotations[0]!.after).toMatchObject({
      itemId: 'technique.loaded-language',
      attributes: claim.attributes,
      codebook: context.codebook,
    });
  });

  it('setNote replaces the note', () => {
    expect(setNote(claim, 'à vérifier', NOW).annotations[0]!.after?.note).toBe('à vérifier');
  });

  it('setLinks drops empty links', () => {
    const change = setLinks(
      claim,
      { sourceId: 'p' as AnnotationId, cueId: undefined, sourceEntityId: undefined },
      NOW,
    );
    expect(change.label).toBe('Set attribution');
    expect(change.annotations[0]!.after).toMatchObject({ links: { sourceId: 'p' } });
    expect(Object.keys((change.annotations[0]!.after as typeof claim).links ?? {})).toEqual([
      'sourceId',
    ]);
  });
});

describe('setSource and setCue', () => {
  const claim = spanAnnotationOf('claim', article, TEXT, 36, 57, {
    itemId: item('claim.claim').id,
    links: { sourceEntityId: 'entity-1' as EntityId, cueId: 'cue' as AnnotationId },
  });

  it('setSource replaces the source, mention or entity, and keeps the cue', () => {
    const change = setSource(claim, { sourceId: 'person' as AnnotationId }, NOW);
    expect((change.annotations[0]!.after as typeof claim).links).toEqual({
      sourceId: 'person',
      cueId: 'cue',
    });
    const none = setSource(claim, null, NOW).annotations[0]!.after as typeof claim;
    expect(none.links).toEqual({ cueId: 'cue' });
  });

  it('setCue replaces or clears the cue and keeps the source', () => {
    const change = setCue(claim, undefined, NOW);
    expect(change.label).toBe('Set attribution');
    expect((change.annotations[0]!.after as typeof claim).links).toEqual({
      sourceEntityId: 'entity-1',
    });
  });
});

describe('deleteAnnotations', () => {
  const person = spanAnnotationOf('person', article, TEXT, 12, 20);
  const cue = spanAnnotationOf('cue', article, TEXT, 21, 31, {
    itemId: item('attribution.cue').id,
  });
  const claim = spanAnnotationOf('claim', article, TEXT, 36, 57, {
    itemId: item('claim.claim').id,
    links: { sourceId: person.id, cueId: cue.id },
  });
  const other = spanAnnotationOf('other', article, TEXT, 39, 49, {
    itemId: item('entity.gpe').id,
  });
  const all = [person, cue, claim, other];

  it('deletes, and unlinks the claims that pointed at the deleted rows, in the same change', () => {
    const change = deleteAnnotations([cue], all, NOW);
    expect(change.label).toBe('Delete annotation');
    expect(change.annotations).toHaveLength(2);
    expect(change.annotations[0]).toEqual({ before: cue, after: null });
    expect(change.annotations[1]!.before).toBe(claim);
    expect(change.annotations[1]!.after).toMatchObject({ links: { sourceId: person.id } });
    expect((change.annotations[1]!.after as typeof claim).links).not.toHaveProperty('cueId');
  });

  it('does not rewrite a claim that is itself deleted, nor unrelated rows', () => {
    const change = deleteAnnotations([claim, person], all, NOW);
    expect(change.label).toBe('Delete 2 annotations');
    expect(change.annotations.map((row) => row.before?.id)).toEqual(['claim', 'person']);
    expect(change.annotations.every((row) => row.after === null)).toBe(true);
  });
});

describe('linkEntity', () => {
  const mention = spanAnnotationOf('kz', article, TEXT, 39, 49, {
    itemId: item('entity.gpe').id,
  });
  const entity: RegistryEntity = {
    id: 'entity-kz' as EntityId,
    name: 'Kazakhstan',
    aliases: [],
    typeItemId: item('entity.gpe').id,
    wikidataQid: 'Q232',
    createdAt: NOW.toISOString(),
    modifiedAt: NOW.toISOString(),
  };

  it('creates the entity in the same change when it is new', () => {
    const change = linkEntity(mention, entity, true, NOW);
    expect(change.label).toBe('Link to “Kazakhstan”');
    expect(change.annotations[0]!.after).toMatchObject({ entityId: 'entity-kz' });
    expect(change.entities).toEqual([{ before: null, after: entity }]);
  });

  it('only links to an existing entity', () => {
    expect(linkEntity(mention, entity, false, NOW).entities).toEqual([]);
  });
});

describe('setDocumentField', () => {
  const profileItem = item('document.profile');

  it('creates the profile on the first field, with only that field', () => {
    const change = setDocumentField(context, profileItem, undefined, 'genre', 'opinion', 'Genre', {
      now: () => NOW,
      newId: () => 'profile-1',
    });
    expect(change.label).toBe('Set Genre');
    expect(change.annotations).toEqual([
      {
        before: null,
        after: expect.objectContaining({
          id: 'profile-1',
          kind: 'document',
          itemId: 'document.profile',
          articleId: article,
          attributes: { genre: 'opinion' },
        }),
      },
    ]);
  });

  it('updates the existing profile and keeps its other fields', () => {
    const existing = documentAnnotationOf('profile-1', article, 'document.profile', {
      attributes: { genre: 'opinion' },
    });
    const change = setDocumentField(
      context,
      profileItem,
      existing,
      'authorRole',
      'elected-official',
      'Author role',
      { now: () => NOW },
    );
    expect(change.annotations[0]!.before).toBe(existing);
    expect(change.annotations[0]!.after?.attributes).toEqual({
      genre: 'opinion',
      authorRole: 'elected-official',
    });
  });
});

describe('defaultAttributes', () => {
  it('takes the choice defaults only', () => {
    expect(defaultAttributes(item('claim.claim'))).toEqual({ verdict: 'unverified' });
    expect(defaultAttributes(item('entity.person'))).toEqual({});
  });
});
