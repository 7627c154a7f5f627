/**
 * Every annotation Sourcemark exports as W3C Web Annotation passes the 54 MUST assertions
 * of the Working Group's own test suite (vendored in tests/fixtures/w3c-web-annotation-tests), checked
 * with a draft-04 validator as formats.md describes. Lives in tests/unit because it reads
 * the suite with node:fs, which the renderer's tsconfig and lint rules forbid.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnnotationSet } from '../../renderer/src/formats/native/annotation-set';
import {
  annotationSetArbitrary,
  ITEM_LABELS,
} from '../../renderer/src/formats/native/testing/set-arbitrary';
import { toW3cCollection, toW3cList } from '../../renderer/src/formats/w3c/to-w3c';

const SUITE = join(import.meta.dirname, '..', 'fixtures', 'w3c-web-annotation-tests');

type Schema = Record<string, unknown>;

function readJson(path: string): Schema {
  return JSON.parse(readFileSync(join(SUITE, path), 'utf8')) as Schema;
}

/** The assertions of a .test file: paths, inline schemas or nested lists, flattened. */
function flatten(entries: unknown[]): Schema[] {
  return entries.flatMap((entry): Schema[] => {
    if (Array.isArray(entry)) return flatten(entry);
    if (typeof entry === 'string') return [readJson(entry)];
    return [entry as Schema];
  });
}

function compileMusts() {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  for (const file of readdirSync(join(SUITE, 'definitions')).filter((f) => f.endsWith('.json'))) {
    ajv.addSchema(readJson(join('definitions', file)));
  }
  const musts = flatten(readJson('annotations/annotationMusts.test').assertions as unknown[]);
  return musts.map(({ id, ...schema }) => ({
    name: String(id ?? schema.title),
    expectValid: (schema.expectedResult ?? 'valid') === 'valid',
    validate: ajv.compile(schema),
  }));
}

/** A set with every feature the exporter writes, beside the generated ones. */
function richSet(): AnnotationSet {
  const base = fc.sample(annotationSetArbitrary('always'), { seed: 42, numRuns: 1 })[0]!;
  const text = 'Le président a dit 😀 que «e\u0301tat» 👍🏽 va bien.';
  const common = {
    articleId: 'rich',
    codebook: base.codebook,
    author: base.author.id,
    createdAt: '2026-03-01T12:00:00.000Z',
    modifiedAt: '2026-03-02T12:00:00+02:00',
  };
  return {
    ...base,
    articles: [
      ...base.articles,
      { id: 'rich', title: 'Rich', textSha256: 'ab'.repeat(32), text, sourceName: 'fixture' },
    ],
    entities: [
      ...base.entities,
      {
        id: 'e-q',
        name: 'Macron',
        aliases: [],
        typeItemId: 'entity.person',
        wikidataQid: 'Q3052772',
        createdAt: common.createdAt,
        modifiedAt: common.createdAt,
      },
      {
        id: 'e-local',
        name: 'Local',
        aliases: [],
        typeItemId: 'entity.person',
        createdAt: common.createdAt,
        modifiedAt: common.createdAt,
      },
    ],
    annotations: [
      ...base.annotations,
      {
        ...common,
        id: 'r1',
        kind: 'span',
        itemId: 'entity.person',
        span: { start: 3, end: 12 },
        quote: { exact: 'président', prefix: 'Le ', suffix: ' a dit' },
        attributes: {},
        note: '',
        entityId: 'e-q',
      },
      {
        ...common,
        id: 'r2',
        kind: 'span',
        itemId: 'claim',
        span: { start: 26, end: 36 },
        quote: { exact: text.slice(26, 36), prefix: '', suffix: '' },
        attributes: { verdict: 'false', frames: ['a', 'b'], checkWorthy: true },
        note: 'Needs **checking**',
        links: { sourceId: 'r1', cueId: 'r3', sourceEntityId: 'e-local' },
      },
      {
        ...common,
        id: 'r3',
        kind: 'span',
        itemId: 'claim',
        span: { start: 13, end: 18 },
        quote: { exact: 'a dit', prefix: '', suffix: '' },
        attributes: {},
        note: '',
        entityId: 'e-local',
      },
      {
        ...common,
        id: 'r4',
        kind: 'document',
        itemId: 'genre.news',
        attributes: { outlet: 'daily' },
        note: 'Whole article',
      },
    ],
    comments: [
      {
        id: 'c-r2',
        annotationId: 'r2',
        author: 'reviewer',
        authorName: 'Rahim',
        body: 'Source is **unclear**',
        createdAt: '2026-03-03T08:00:00+02:00',
      },
      {
        id: 'c-r4',
        annotationId: 'r4',
        author: base.author.id,
        authorName: base.author.name,
        body: 'Rejected',
        createdAt: '2026-03-04T08:00:00.000Z',
        isRejection: true,
      },
    ],
  } as unknown as AnnotationSet;
}

describe('W3C conformance', () => {
  const musts = compileMusts();

  it('checks all 54 MUST assertions', () => {
    expect(musts).toHaveLength(54);
  });

  it('exports annotations that pass every MUST assertion', () => {
    const sets = [richSet(), ...fc.sample(annotationSetArbitrary(), { seed: 3, numRuns: 20 })];
    const exported = sets.flatMap(
      (set) =>
        toW3cList(set, { appVersion: '0.1.0', labelOf: (id) => ITEM_LABELS[id] ?? id }).document,
    );
    expect(exported.some((a) => a.motivation === 'linking')).toBe(true);
    // Review comments, as `replying` annotations, meet the same assertions.
    expect(exported.filter((a) => a.motivation === 'replying').length).toBeGreaterThan(2);
    expect(exported.some((a) => typeof a.target === 'string')).toBe(true);
    const failures = exported.flatMap((annotation) =>
      musts
        .filter((must) => must.validate(annotation) !== must.expectValid)
        .map((must) => `${annotation.id}: ${must.name}`),
    );
    expect(failures).toEqual([]);
  });

  it('exports a collection whose every item passes the MUST assertions on its own', () => {
    // What the app writes: an analyst's tool or validator takes items out one by one.
    const { document } = toW3cCollection(richSet(), { appVersion: '0.1.0' });
    const items = document.first.items;
    expect(items.length).toBeGreaterThan(5);
    const failures = items.flatMap((annotation) =>
      musts
        .filter((must) => must.validate(annotation) !== must.expectValid)
        .map((must) => `${annotation.id}: ${must.name}`),
    );
    expect(failures).toEqual([]);
  });

  it('catches a broken annotation (the validator is live)', () => {
    const [good] = toW3cList(richSet(), { appVersion: '0.1.0' }).document;
    const broken = { ...good, id: 'not a uri', created: 'yesterday' };
    expect(
      musts.filter((must) => must.validate(broken) !== must.expectValid).length,
    ).toBeGreaterThan(0);
  });
});
