import { describe, expect, it } from 'vitest';
import { describeSource } from './field-source';

describe('describeSource', () => {
  it('says where each field was read, with the property the page used', () => {
    expect(describeSource({ kind: 'json-ld', detail: 'author' })).toBe(
      'From the page’s JSON-LD (author)',
    );
    expect(describeSource({ kind: 'open-graph', detail: 'og:site_name' })).toBe(
      'From the page’s Open Graph tags (og:site_name)',
    );
    expect(describeSource({ kind: 'text', detail: 'beside the headline' })).toBe(
      'From the text (beside the headline)',
    );
    expect(describeSource({ kind: 'file-name' })).toBe('From the file name');
  });

  it('says nothing for articles stored before sources were recorded', () => {
    expect(describeSource(undefined)).toBeUndefined();
  });
});
