import 'fake-indexeddb/auto';
import { beforeEach, expect, it } from 'vitest';
import { db } from '../db/db';
import { getOrCreateAnalyst, renameAnalyst } from './analyst-repository';

beforeEach(async () => {
  await db.delete({ disableAutoOpen: false });
});

it('gives the profile one stable analyst id, and renaming keeps it', async () => {
  const [first, second] = await Promise.all([getOrCreateAnalyst(), getOrCreateAnalyst()]);
  expect(first.id).toBe(second.id);
  expect(first.name).toBe('');
  const renamed = await renameAnalyst('  Leyla Mammadova ');
  expect(renamed).toEqual({ id: first.id, name: 'Leyla Mammadova' });
  expect(await getOrCreateAnalyst()).toEqual(renamed);
});
