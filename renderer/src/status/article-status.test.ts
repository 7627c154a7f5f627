import { describe, expect, it } from 'vitest';
import type { ArticleId, ArticleStatusRecord } from '../db/records';
import { invertChangeSet } from '../store/change-set';
import { nextStatus, statusChange } from './article-status';

const id = 'a1' as ArticleId;
const NOW = new Date('2026-12-06T05:00:00.000Z');

describe('statusChange', () => {
  it('stores a row for a status other than new, and its undo removes it again', () => {
    const change = statusChange(id, 'me', undefined, 'in-progress', 'Dispatch', NOW);
    expect(change.label).toBe('Mark “Dispatch” in progress');
    expect(change.rows).toEqual([
      {
        table: 'articleStatuses',
        before: null,
        after: {
          articleId: id,
          analyst: 'me',
          status: 'in-progress',
          updatedAt: NOW.toISOString(),
        },
      },
    ]);
    expect(invertChangeSet(change).rows?.[0]).toMatchObject({
      before: change.rows![0]!.after,
      after: null,
    });
  });

  it('removes the row when set back to new, and changes nothing when the status is the same', () => {
    const stored: ArticleStatusRecord = {
      articleId: id,
      analyst: 'me',
      status: 'done',
      updatedAt: '',
    };
    expect(statusChange(id, 'me', stored, 'new', 'Dispatch', NOW).rows).toEqual([
      { table: 'articleStatuses', before: stored, after: null },
    ]);
    expect(statusChange(id, 'me', stored, 'done', 'Dispatch', NOW).rows).toBeUndefined();
    expect(statusChange(id, 'me', undefined, 'new', 'Dispatch', NOW).rows).toBeUndefined();
  });

  it('cycles new, in progress, done', () => {
    expect([nextStatus('new'), nextStatus('in-progress'), nextStatus('done')]).toEqual([
      'in-progress',
      'done',
      'new',
    ]);
  });
});
