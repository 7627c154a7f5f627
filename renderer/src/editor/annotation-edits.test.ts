import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { SpanAnnotation } from '../annotation/types';
import { db } from '../db/db';
import { listArticleAnnotations, writeEdit } from '../store/annotation-repository';
import { creation } from '../store/change-set';
import { editLatest } from '../store/edit';
import { EditHistory } from '../store/edit-history';
import { spanAnnotationOf } from '../testing/annotation-records';
import { setCue, setNote, setSource } from './annotation-actions';
import { attributeEdit, deleteEdit, documentFieldEdit } from './annotation-edits';

import { article, context, item, TEXT } from '../testing/annotation-context';
const person = spanAnnotationOf('person', article, TEXT, 12, 20);
const cue = spanAnnotationOf('cue', article, TEXT, 21, 31, { itemId: item('attribution.cue').id });
const claim = spanAnnotationOf('claim', article, TEXT, 36, 57, { itemId: item('claim.claim').id });
const stored = async (id: string) =>
  (await db.annotations.get(id as SpanAnnotation['id'])) as SpanAnnotation | undefined;
const setTo = (value: string) => () => value;

let history: EditHistory;
beforeEach(async () => {
  await db.delete({ disableAutoOpen: false });
  history = new EditHistory(writeEdit);
});

describe('two quick edits of one record compose', () => {
  it('source then cue, both picked from the claim as first shown', async () => {
    await history.apply(creation('Tag', [person, cue, claim]));
    void history.apply(editLatest(claim, (latest) => setSource(latest, { sourceId: person.id })));
    await history.apply(editLatest(claim, (latest) => setCue(latest, cue.id)));
    expect((await stored('claim'))?.links).toEqual({ sourceId: person.id, cueId: cue.id });

    expect(await history.undo()).toBe('Set attribution');
    expect((await stored('claim'))?.links).toEqual({ sourceId: person.id });
  });

  it('two fields of a new document profile make one profile holding both', async () => {
    const profileItem = item('document.profile');
    void history.apply(documentFieldEdit(context, profileItem, 'genre', setTo('opinion'), 'Genre'));
    await history.apply(
      documentFieldEdit(
        context,
        profileItem,
        'authorRole',
        setTo('elected-official'),
        'Author role',
      ),
    );
    const rows = await listArticleAnnotations(article);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.attributes).toEqual({ genre: 'opinion', authorRole: 'elected-official' });

    // Each field is its own undo step: the first undo keeps the profile with the genre.
    expect(await history.undo()).toBe('Set Author role');
    expect((await listArticleAnnotations(article))[0]?.attributes).toEqual({ genre: 'opinion' });
    expect(await history.undo()).toBe('Set Genre');
    expect(await listArticleAnnotations(article)).toEqual([]);
  });

  it('two ticks of a checklist keep both options', async () => {
    const profileItem = item('document.profile');
    const frames = profileItem.attributes.find((a) => a.kind === 'item-choice');
    if (!frames) throw new Error('the profile has no frames list');
    const tick = (value: string) => (current: unknown) => [
      ...(Array.isArray(current) ? current : []),
      value,
    ];
    void history.apply(
      documentFieldEdit(context, profileItem, frames.key, tick('a'), frames.label),
    );
    await history.apply(
      documentFieldEdit(context, profileItem, frames.key, tick('b'), frames.label),
    );
    const [profile] = await listArticleAnnotations(article);
    expect(profile?.attributes[frames.key]).toEqual(['a', 'b']);
  });

  it('an attribute, a note and a deletion, each after the other', async () => {
    await history.apply(creation('Tag', [claim]));
    void history.apply(attributeEdit(claim, 'verdict', setTo('supported'), 'Verdict'));
    void history.apply(editLatest(claim, (latest) => setNote(latest, 'à vérifier')));
    await history.apply(deleteEdit([claim], [claim]));
    expect(await stored('claim')).toBeUndefined();

    // Undoing the deletion brings back the claim with both edits.
    expect(await history.undo()).toBe('Delete annotation');
    expect(await stored('claim')).toMatchObject({
      note: 'à vérifier',
      attributes: { verdict: 'supported' },
    });
  });
});

describe('deleteEdit', () => {
  it('unlinks the claim as stored, keeping a link the view did not show yet', async () => {
    const linked = { ...claim, links: { cueId: cue.id } };
    await history.apply(creation('Tag', [person, cue, linked]));
    void history.apply(editLatest(linked, (latest) => setSource(latest, { sourceId: person.id })));
    await history.apply(deleteEdit([cue], [person, cue, linked]));
    expect(await stored('cue')).toBeUndefined();
    expect((await stored('claim'))?.links).toEqual({ sourceId: person.id });
  });
});
