import { describe, expect, it } from 'vitest';
import { recogniseLayout } from './set-layout';

const files = (...paths: string[]) => paths.map((path) => ({ path, content: '' }));

describe('recogniseLayout', () => {
  it('reads the PTC corpus as distributed: articles and both label folders, nested', () => {
    const layout = recogniseLayout(
      files(
        'ptc-sample/PTC-README.md',
        'ptc-sample/articles/article111.txt',
        'ptc-sample/labels-technique/article111.task2-TC.labels',
        'ptc-sample/labels-span/article111.task1-SI.labels',
      ),
    );
    expect(layout).toMatchObject({
      kind: 'semeval',
      formatLabel: 'PTC (SemEval-2020 task 11)',
      passedOver: ['ptc-sample/PTC-README.md'],
    });
    expect(layout.kind === 'semeval' && layout.spanFiles.map((f) => f.path)).toEqual([
      'ptc-sample/labels-technique/article111.task2-TC.labels',
      'ptc-sample/labels-span/article111.task1-SI.labels',
    ]);
  });

  it('reads SemEval-2023 task 3: the span file, not the other subtasks’ label files', () => {
    const layout = recogniseLayout(
      files(
        'data/en/train-articles-subtask-3/article111.txt',
        'data/en/train-labels-subtask-3-spans.txt',
        'data/en/train-labels-subtask-1.txt',
      ),
    );
    expect(layout).toMatchObject({
      kind: 'semeval',
      formatLabel: 'SemEval-2023 task 3 spans',
      passedOver: ['data/en/train-labels-subtask-1.txt'],
    });
  });

  it('reads brat with its annotation.conf, and a doccano export', () => {
    expect(recogniseLayout(files('annotation.conf', 'a.txt', 'a.ann')).kind).toBe('brat');
    expect(recogniseLayout(files('project/all.jsonl')).kind).toBe('doccano');
  });

  it('names what it expected and what it found when it knows no layout', () => {
    const articlesOnly = recogniseLayout(files('articles/article1.txt', 'articles/article2.txt'));
    expect(articlesOnly.kind === 'unknown' && articlesOnly.reason).toMatch(
      /^Sourcemark reads brat .*task2-TC\.labels.*\. This holds 2 article<ID>\.txt files but no span file/,
    );
    const other = recogniseLayout(files('notes/a.txt', 'b.txt', 'README.md', 'visual.conf'));
    expect(other.kind === 'unknown' && other.reason).toMatch(
      /This holds 2 \.txt files \(a\.txt, b\.txt\) and 1 \.md file \(README\.md\)\.$/,
    );
  });
});
