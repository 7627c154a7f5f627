/**
 * What a click on a chart searches for: the picked bar or cell, and the view's own
 * selection, as a query in the search screen's syntax. Pure.
 */
import type { ChartPick } from '../charts/chart-options';
import { UNKNOWN } from './corpus-stats';

/** What a chart's columns are. */
export type StatsDimension = 'label' | 'outlet' | 'role' | 'analyst' | 'month' | 'pair' | 'verdict';

/** The view's selection, added to every query. */
export interface StatsSelection {
  outlet: string;
  language: string;
}

const FIELD: Partial<Record<StatsDimension, string>> = {
  outlet: 'outlet',
  role: 'role',
  analyst: 'analyst',
  month: 'date',
};

function quoted(value: string): string {
  return `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
}

/** A field term, quoted so spaces and colons stay inside it. */
export function term(field: string, value: string): string {
  return `${field}:${quoted(value)}`;
}

/** The search query for a picked bar or cell. */
export function pickToQuery(
  pick: ChartPick,
  dimension: StatsDimension,
  selection: StatsSelection,
): string {
  const terms: string[] = [];
  if (dimension === 'pair') {
    for (const label of pick.row.split('\t')) terms.push(term('label', label));
  } else if (dimension === 'verdict') {
    // An attribute is matched as key=value in the search syntax.
    terms.push(`verdict=${quoted(pick.row)}`);
  } else {
    terms.push(term('label', pick.row));
  }
  const field = FIELD[dimension];
  if (field && pick.column !== undefined && pick.column !== UNKNOWN) {
    terms.push(term(field, pick.column));
  }
  if (selection.outlet && dimension !== 'outlet') terms.push(term('outlet', selection.outlet));
  if (selection.language) terms.push(term('lang', selection.language));
  return terms.join(' ');
}
