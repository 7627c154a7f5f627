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

it('registers the analyst as `self` in the analysts table, and keeps the row named', async () => {
  const analyst = await getOrCreateAnalyst();
  expect(await db.analysts.toArray()).toEqual([{ id: analyst.id, name: '', role: 'self' }]);
  await renameAnalyst('Leyla');
  expect(await db.analysts.get(analyst.id)).toEqual({
    id: analyst.id,
    name: 'Leyla',
    role: 'self',
  });
});

it('adds the missing row for a profile whose analyst predates the table', async () => {
  await db.settings.put({ key: 'analyst', value: { id: 'old-id', name: 'Aysel' } });
  await getOrCreateAnalyst();
  expect(await db.analysts.get('old-id' as never)).toMatchObject({ name: 'Aysel', role: 'self' });
});
