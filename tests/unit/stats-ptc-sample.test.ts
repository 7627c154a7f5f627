// Statistics checked on real, professional annotations: the PTC sample's 662 spans.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../renderer/src/annotation/types';
import { tallyCorpus } from '../../renderer/src/stats/corpus-stats';
import { input, span } from '../../renderer/src/stats/stats-testing';

const PTC = join(import.meta.dirname, '..', 'fixtures', 'ptc-sample-40');

/** The PTC sample's technique spans as annotations, one author, one article per file. */
function ptcAnnotations(): { annotations: Annotation[]; lines: string[][] } {
  const folder = join(PTC, 'labels-technique');
  const lines: string[][] = [];
  const annotations: Annotation[] = [];
  for (const file of readdirSync(folder)) {
    for (const line of readFileSync(join(folder, file), 'utf8').split('\n').filter(Boolean)) {
      const [article, technique, start, end] = line.split('\t') as [string, string, string, string];
      lines.push([article, technique, start, end]);
      annotations.push(
        span(`a${annotations.length}`, article, technique, Number(start), Number(end)),
      );
    }
  }
  return { annotations, lines };
}

describe('statistics over the PTC sample (662 professional spans)', () => {
  const { annotations, lines } = ptcAnnotations();
  const articleIds = [...new Set(lines.map(([article]) => article!))];
  const articles = articleIds.map((id) => ({ id, title: `Article ${id}`, outlet: '', month: '' }));
  const stats = tallyCorpus(input({ articles, annotations }));

  it('counts every span once per technique, as the label files hold them', () => {
    const expected = new Map<string, number>();
    for (const [, technique] of lines)
      expected.set(technique!, (expected.get(technique!) ?? 0) + 1);
    expect(stats.annotationCount).toBe(662);
    expect(new Map(stats.perLabel.map((row) => [row.key, row.count]))).toEqual(expected);
    expect(stats.perLabel[0]!.count).toBe(Math.max(...expected.values()));
  });

  it('counts overlapping pairs of different techniques as a brute-force comparison does', () => {
    const brute = new Map<string, number>();
    for (let i = 0; i < lines.length; i += 1) {
      for (let j = i + 1; j < lines.length; j += 1) {
        const [a1, t1, s1, e1] = lines[i]!;
        const [a2, t2, s2, e2] = lines[j]!;
        if (a1 !== a2 || t1 === t2) continue;
        if (Number(s1) < Number(e2) && Number(s2) < Number(e1)) {
          const key = [t1, t2].sort().join('+');
          brute.set(key, (brute.get(key) ?? 0) + 1);
        }
      }
    }
    const swept = new Map(stats.overlapping.map((pair) => [`${pair.a}+${pair.b}`, pair.count]));
    expect(swept).toEqual(brute);
    expect(brute.size).toBeGreaterThan(5);
  });

  it('counts techniques held by the same article in articles, not in spans', () => {
    const perArticle = new Map<string, Set<string>>();
    for (const [article, technique] of lines) {
      perArticle.set(article!, (perArticle.get(article!) ?? new Set()).add(technique!));
    }
    const pair = stats.sameArticle[0]!;
    const holding = [...perArticle.values()].filter((set) => set.has(pair.a) && set.has(pair.b));
    expect(pair.count).toBe(holding.length);
  });

  it('lists the most annotated articles first, with their counts', () => {
    const counts = articleIds.map((id) => lines.filter(([article]) => article === id).length);
    expect(stats.topArticles[0]!.count).toBe(Math.max(...counts));
    expect(stats.topArticles.length).toBe(Math.min(20, articleIds.length));
  });
});
