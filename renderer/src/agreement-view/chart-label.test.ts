import { expect, it } from 'vitest';
import { shortLabel } from './chart-label';

it('keeps short paths, drops the categories of long ones, and cuts long leaves', () => {
  expect(shortLabel('Entities › Person')).toBe('Entities › Person');
  expect(shortLabel('Persuasion techniques › Exaggeration or minimisation')).toBe(
    'Exaggeration or minimisation',
  );
  expect(shortLabel('Persuasion techniques › Bandwagon or reductio ad Hitlerum (PTC)', 20)).toBe(
    'Bandwagon or reduct…',
  );
});
