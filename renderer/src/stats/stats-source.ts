/**
 * Reads what the statistics view counts: every article (metadata only, never texts), every
 * annotation of every author (rows and imported packs, two bulk reads), the statuses and
 * the analysts, in one read transaction so the figures describe one state of the database.
 */
import type { Annotation } from '../annotation/types';
import { ancestry, pathLabel, type CodebookIndex } from '../codebook/codebook-lookup';
import { db } from '../db/db';
import type { AnalystRecord, ArticleRecord, ArticleStatusRecord } from '../db/records';
import { shownMetadata } from '../metadata/shown-metadata';
import { describeSets, setName } from '../review/review-sets';
import type { StatsArticle, StatsInput, StatsLabels } from './corpus-stats';
import { packedAnnotations } from '../store/annotation-storage';

/** The stored state the view tallies. */
export interface StatsSnapshot {
  articles: ArticleRecord[];
  annotations: Annotation[];
  statuses: ArticleStatusRecord[];
  analysts: AnalystRecord[];
}

/** Reads the whole corpus's metadata, annotations and statuses at one point in time. */
export function readStatsSnapshot(): Promise<StatsSnapshot> {
  const tables = [db.articles, db.annotations, db.annotationPacks, db.articleStatuses, db.analysts];
  return db.transaction('r', tables, async () => {
    const [articles, rows, packs, statuses, analysts] = await Promise.all([
      db.articles.toArray(),
      db.annotations.toArray(),
      db.annotationPacks.toArray(),
      db.articleStatuses.toArray(),
      db.analysts.toArray(),
    ]);
    const annotations = rows.concat(...packs.map(packedAnnotations));
    return { articles, annotations, statuses, analysts };
  });
}

/** The article as the tally needs it: the shown outlet and the publication month. */
export function statsArticleOf(article: ArticleRecord): StatsArticle {
  const shown = shownMetadata(article);
  const date = shown.publishedDate.value;
  return {
    id: article.id,
    title: shown.title.value || article.title,
    outlet: shown.outlet.value,
    month: /^\d{4}-\d{2}/.test(date) ? date.slice(0, 7) : '',
  };
}

/** Labels and categories from the active codebook; an unknown id shows as itself. */
export function statsLabelsOf(codebook: CodebookIndex): StatsLabels {
  return {
    labelOf: (id) => pathLabel(codebook, id) || id,
    categoryOf: (id) => ancestry(codebook, id)[0]?.id ?? id,
  };
}

/** The tally's input for the selected articles (`selected` null: all of them). */
export function statsInputOf(
  snapshot: StatsSnapshot,
  codebook: CodebookIndex,
  self: { id: string; name: string },
  selected: ReadonlySet<string> | null,
): StatsInput {
  const articles = snapshot.articles.filter((a) => selected === null || selected.has(a.id));
  const authors = new Set(snapshot.annotations.map((a) => a.author as string));
  for (const status of snapshot.statuses) authors.add(status.analyst);
  authors.add(self.id);
  const sets = describeSets(authors, snapshot.analysts, self);
  return {
    articles: articles.map(statsArticleOf),
    annotations: snapshot.annotations,
    labels: statsLabelsOf(codebook),
    statuses: snapshot.statuses,
    analysts: sets.map((set) => set.author),
    analystName: (id) => setName(sets, id),
  };
}
