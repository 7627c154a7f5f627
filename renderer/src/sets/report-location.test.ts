import { describe, expect, it } from 'vitest';
import { locationInFile } from './report-location';

describe('locationInFile', () => {
  it('names the picked file before a list index or a task, never twice', () => {
    expect(locationInFile('annotations[3]', 'aysel.jsonld')).toBe('aysel.jsonld, annotations[3]');
    expect(locationInFile('task 1 annotation 1 result 2', 'ls.json')).toBe(
      'ls.json, task 1 annotation 1 result 2',
    );
    expect(locationInFile('a.ann:7', 'set.brat.zip')).toBe('a.ann:7');
    expect(locationInFile('aysel.jsonl:3 span 2', 'aysel.jsonl')).toBe('aysel.jsonl:3 span 2');
    expect(locationInFile('annotations[3]', undefined)).toBe('annotations[3]');
  });
});
