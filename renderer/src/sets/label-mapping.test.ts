import { describe, expect, it } from 'vitest';
import type { AnnotationId, ArticleId, AuthorId, CodebookItemId } from '../annotation/types';
import { testCodebook } from '../codebook/test-codebook';
import { spanAnnotationOf } from '../testing/annotation-records';
import type { IncomingSet } from './incoming-set';
import {
  applyLabelPlan,
  findUnknownLabels,
  planLabels,
  UNMAPPED_LABEL_ATTRIBUTE,
  type LabelDecision,
} from './label-mapping';
import { readSetFolder, type ReadContext } from './read-set-file';

const TEXT = 'Bakou. Djeyhoun Baïramov a rencontré Murat Nurtleu.';
const codebook = testCodebook();

/** A colleague's brat folder whose three spans carry two labels the codebook lacks. */
const BRAT = [
  { path: 'a.txt', content: TEXT },
  {
    path: 'a.ann',
    content: [
      'T1\tPersonne 7 24\tDjeyhoun Baïramov',
      'T2\tPersonne 37 50\tMurat Nurtleu',
      'T3\tPropagande 0 5\tBakou',
      'T4\tPerson 0 5\tBakou',
    ].join('\n'),
  },
];

async function read(decisions: ReadonlyMap<string, LabelDecision> = new Map()) {
  const plan = planLabels(codebook, decisions);
  if (!plan.ok) throw new Error(plan.error);
  const context: ReadContext = {
    colleagueName: 'Aysel',
    codebook: plan.value.ref,
    itemIdForLabel: plan.value.itemIdForLabel,
    now: '2026-03-11T10:00:00.000Z',
    libraryArticles: async () => [],
  };
  const outcome = await readSetFolder(BRAT, context);
  if (!outcome.ok) throw new Error(outcome.reason);
  const incoming = applyLabelPlan(outcome.incoming, plan.value);
  return { incoming, plan: plan.value, unknown: findUnknownLabels(incoming, plan.value.codebook) };
}

const labelsOf = (incoming: IncomingSet) => incoming.annotations.map((a) => a.annotation.itemId);

describe('the label mapping step', () => {
  it('lists each unknown label once, with its count, where it first is, and suggestions', async () => {
    const { unknown, incoming } = await read();
    expect(unknown.map(({ label, count, firstLocation }) => [label, count, firstLocation])).toEqual(
      [
        ['Personne', 2, 'a.ann:1'],
        ['Propagande', 1, 'a.ann:3'],
      ],
    );
    expect(unknown[0]!.suggestions).toContain('entity.person');
    // Nothing is decided yet: the read holds the raw labels and nothing more.
    expect(incoming.codebookVersion).toBeUndefined();
  });

  it('maps a label onto the chosen item, under the codebook the import names', async () => {
    const { incoming, unknown } = await read(
      new Map([
        ['Personne', { kind: 'item', itemId: 'entity.person' as CodebookItemId }],
        ['Propagande', { kind: 'raw' }],
      ]),
    );
    expect(unknown).toEqual([]);
    expect(labelsOf(incoming)).toEqual([
      'entity.person',
      'entity.person',
      'Propagande',
      'entity.person',
    ]);
    const raw = incoming.annotations[2]!.annotation;
    expect(raw.attributes[UNMAPPED_LABEL_ATTRIBUTE]).toBe(true);
    expect(incoming.annotations[0]!.annotation.attributes).toEqual({});
  });

  it('adds labels as items of one new codebook version, stored with the import', async () => {
    const { incoming, plan, unknown } = await read(
      new Map([
        ['Personne', { kind: 'add' }],
        ['Propagande', { kind: 'add' }],
      ]),
    );
    expect(unknown).toEqual([]);
    expect(plan.newVersion?.version).toBe(codebook.version + 1);
    expect(incoming.codebookVersion).toBe(plan.newVersion);
    const added = plan.newVersion!.items.filter((item) => item.parentId === 'imported');
    expect(added.map((item) => [item.id, item.label])).toEqual([
      ['imported.personne', 'Personne'],
      ['imported.propagande', 'Propagande'],
    ]);
    expect(labelsOf(incoming)).toEqual([
      'imported.personne',
      'imported.personne',
      'imported.propagande',
      'entity.person',
    ]);
    expect(incoming.annotations.every((a) => a.annotation.codebook.version === 4)).toBe(true);
  });

  it("maps a native file's unknown item ids, which no label matcher sees", () => {
    const foreign = spanAnnotationOf('n1', 'a1' as ArticleId, TEXT, 7, 24, {
      author: 'aysel' as AuthorId,
      itemId: 'their.person' as CodebookItemId,
    });
    const incoming: IncomingSet = {
      formatLabel: 'Sourcemark set',
      authors: [],
      articles: [],
      annotations: [
        { annotation: { ...foreign, id: 'n1' as AnnotationId }, location: 'annotations[0]' },
      ],
      entities: [],
      problems: [],
    };
    expect(findUnknownLabels(incoming, codebook).map((u) => u.label)).toEqual(['their.person']);
    const plan = planLabels(
      codebook,
      new Map([['their.person', { kind: 'item', itemId: 'entity.person' as CodebookItemId }]]),
    );
    if (!plan.ok) throw new Error(plan.error);
    const mapped = applyLabelPlan(incoming, plan.value).annotations[0]!.annotation;
    expect(mapped.itemId).toBe('entity.person');
    expect(mapped.codebook).toEqual({ codebookId: 'test', version: 3 });
  });

  it('refuses a label that cannot be an item, with the reason', () => {
    const plan = planLabels(codebook, new Map([['   ', { kind: 'add' }]]));
    expect(plan).toEqual({ ok: false, error: expect.stringContaining('The label is empty') });
  });
});
