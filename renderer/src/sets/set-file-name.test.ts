import { expect, it } from 'vitest';
import { isSetFileName } from './set-file-name';

it('tells set files from article files, in any case', () => {
  const sets = ['aysel.sourcemark.json', 'export.JSONLD', 'doccano.jsonl', 'brat.zip'];
  const articles = ['article.txt', 'page.html', 'notes.md', 'report.pdf', 'json.txt', 'zip'];
  expect(sets.map(isSetFileName)).toEqual([true, true, true, true]);
  expect(articles.map(isSetFileName)).toEqual([false, false, false, false, false, false]);
});
