import { describe, expect, it } from 'vitest';
import { createDocumentAnnotation, createSpanAnnotation } from './annotation-factory';
import type { AnnotationId, ArticleId, AuthorId, CodebookItemId, EntityId } from './types';

const deps = {
  now: () => new Date('2026-03-01T10:00:00Z'),
  newId: () => 'ann-1' as AnnotationId,
};
const common = {
  articleId: 'art-1' as ArticleId,
  itemId: 'entity.person' as CodebookItemId,
  codebook: { codebookId: 'default', version: 2 },
  author: 'me' as AuthorId,
};
const text = 'Selon le ministre Ilham Aliyev, la paix 😀 est proche.';

describe('createSpanAnnotation', () => {
  it('builds a complete record with quote, id and equal timestamps', () => {
    const start = text.indexOf('Ilham');
    const result = createSpanAnnotation(
      { ...common, text, span: { start, end: start + 12 }, entityId: 'e-1' as EntityId },
      deps,
    );
    expect(result).toEqual({
      ok: true,
      annotation: {
        id: 'ann-1',
        kind: 'span',
        articleId: 'art-1',
        itemId: 'entity.person',
        codebook: { codebookId: 'default', version: 2 },
        attributes: {},
        note: '',
        author: 'me',
        createdAt: '2026-03-01T10:00:00.000Z',
        modifiedAt: '2026-03-01T10:00:00.000Z',
        span: { start, end: start + 12 },
        quote: {
          exact: 'Ilham Aliyev',
          prefix: 'Selon le ministre ',
          suffix: text.slice(start + 12),
        },
        entityId: 'e-1',
      },
    });
  });

  it('refuses an invalid span with a readable reason and makes no id', () => {
    let ids = 0;
    const counting = { ...deps, newId: () => `ann-${++ids}` as AnnotationId };
    const emoji = text.indexOf('😀');
    const result = createSpanAnnotation(
      { ...common, text, span: { start: emoji + 1, end: emoji + 4 } },
      counting,
    );
    expect(result).toMatchObject({ ok: false, reason: 'splits-surrogate-pair' });
    expect(
      createSpanAnnotation({ ...common, text, span: { start: 5, end: 5 } }, counting),
    ).toMatchObject({
      ok: false,
      reason: 'empty',
    });
    expect(ids).toBe(0);
  });

  it('copies what the caller could later change', () => {
    const attributes = { frames: ['economic'], checkWorthy: true };
    const span = { start: 0, end: 5 };
    const result = createSpanAnnotation({ ...common, text, span, attributes }, deps);
    attributes.frames.push('security');
    span.end = 9;
    if (!result.ok) throw new Error(result.message);
    expect(result.annotation.attributes).toEqual({ frames: ['economic'], checkWorthy: true });
    expect(result.annotation.span).toEqual({ start: 0, end: 5 });
    expect('links' in result.annotation).toBe(false);
  });

  it('defaults to a real clock and a random UUID', () => {
    const result = createSpanAnnotation({ ...common, text, span: { start: 0, end: 5 } });
    if (!result.ok) throw new Error(result.message);
    expect(result.annotation.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(Date.parse(result.annotation.createdAt)).not.toBeNaN();
  });
});

describe('createDocumentAnnotation', () => {
  it('builds a document note with attributes and note', () => {
    expect(
      createDocumentAnnotation(
        {
          ...common,
          itemId: 'doc.genre' as CodebookItemId,
          attributes: { genre: 'op-ed' },
          note: 'Tribune.',
        },
        deps,
      ),
    ).toEqual({
      id: 'ann-1',
      kind: 'document',
      articleId: 'art-1',
      itemId: 'doc.genre',
      codebook: { codebookId: 'default', version: 2 },
      attributes: { genre: 'op-ed' },
      note: 'Tribune.',
      author: 'me',
      createdAt: '2026-03-01T10:00:00.000Z',
      modifiedAt: '2026-03-01T10:00:00.000Z',
    });
  });
});
