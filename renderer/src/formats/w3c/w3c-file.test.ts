import { describe, expect, it } from 'vitest';
import type { AnnotationSet } from '../native/annotation-set';
import { toW3cCollection } from './to-w3c';
import { oneItemALine } from '../shared/one-item-a-line';
import { spellW3cCollection } from './w3c-file';

const TEXT = 'Le président a dit «état» 😀 et\nune ligne de plus.';

const SET = {
  author: { id: 'a1', name: 'Aysel' },
  articles: [
    { id: 'art-1', title: 'T', textSha256: 'ab'.repeat(32), sourceName: 's.txt', text: TEXT },
  ],
  annotations: [1, 2, 3].map((n) => ({
    id: `ann-${n}`,
    kind: 'span',
    articleId: 'art-1',
    itemId: 'claim',
    codebook: { codebookId: 'cb', version: 1 },
    author: 'a1',
    createdAt: '2026-03-01T12:00:00.000Z',
    modifiedAt: '2026-03-01T12:00:00.000Z',
    span: { start: n, end: n + 5 },
    quote: { exact: TEXT.slice(n, n + 5), prefix: '', suffix: '' },
    attributes: {},
  })),
  entities: [],
  codebook: { id: 'cb', version: 1, name: 'CB', items: [] },
} as unknown as AnnotationSet;

describe('the W3C file', () => {
  it('writes each annotation and each embedded source compact on a line of its own', () => {
    const { document } = toW3cCollection(SET, { appVersion: '0.1.0', embedTexts: true });
    const file = spellW3cCollection(document);
    expect(JSON.parse(file)).toEqual(document);
    const lines = file.split('\n');
    const itemLines = lines.filter((line) => line.includes('"type":"Annotation"'));
    expect(itemLines.length).toBe(document.first.items.length);
    // Each such line is a whole annotation, indented one level inside `items`.
    for (const [i, line] of itemLines.entries())
      expect(JSON.parse(line.replace(/,$/, ''))).toEqual(document.first.items[i]);
    expect(lines).toContain('    "items": [');
    expect(lines.filter((l) => l.includes('"sourcemark:text"'))).toHaveLength(1);
    // The collection's own members stay indented.
    expect(lines).toContain('  "type": "AnnotationCollection",');
    expect(file.endsWith('}\n')).toBe(true);
  });

  it('writes the embedded sources first, in article id order, then the items in id order', () => {
    // The order a streamed export reads cheapest (`export/w3c-stream.ts`): whatever the set's.
    const second = {
      ...SET.articles[0]!,
      id: 'art-0',
      title: 'Second',
      textSha256: 'cd'.repeat(32),
    };
    const set = {
      ...SET,
      articles: [...SET.articles, second],
      annotations: [...SET.annotations].reverse(),
    } as AnnotationSet;
    const { document } = toW3cCollection(set, { appVersion: '0.1.0', embedTexts: true });
    const file = spellW3cCollection(document);
    expect(document.first.items.map((item) => item.id)).toEqual(
      ['ann-1', 'ann-2', 'ann-3'].map((id) => `urn:uuid:${id}`),
    );
    expect(document['sourcemark:sources']!.map((s) => s['sourcemark:articleId'])).toEqual([
      'art-0',
      'art-1',
    ]);
    expect(file.indexOf('"sourcemark:sources"')).toBeLessThan(file.indexOf('"items"'));
    expect(file.indexOf('"total"')).toBeGreaterThan(file.indexOf('"items"'));
  });

  it('writes an empty list as JSON.stringify does, and no sources member when none', () => {
    const { document } = toW3cCollection({ ...SET, annotations: [] }, { appVersion: '0.1.0' });
    const file = spellW3cCollection(document);
    expect(file).toContain('"items": []');
    expect(file).not.toContain('sourcemark:sources');
    expect(JSON.parse(file)).toEqual(document);
    expect(oneItemALine([], '  ')).toBe('[]');
    expect(oneItemALine([{ a: 1 }, 2], '  ')).toBe('[\n    {"a":1},\n    2\n  ]');
  });
});
