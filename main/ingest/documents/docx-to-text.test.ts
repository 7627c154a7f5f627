import { describe, expect, it } from 'vitest';
import { readCoreProperties } from './docx-to-text';

const core = (fields: string) =>
  '<cp:coreProperties xmlns:dc="http://purl.org/dc/elements/1.1/">' +
  fields +
  '</cp:coreProperties>';

describe('readCoreProperties', () => {
  it('decodes the XML entities of a title and leaves unknown ones as written', () => {
    const xml = core(
      '<dc:title>Tom &amp; Jerry &#x2014; &constructor; &__proto__; &toString; &hasOwnProperty;</dc:title>',
    );
    expect(readCoreProperties(xml).title).toBe(
      'Tom & Jerry — &constructor; &__proto__; &toString; &hasOwnProperty;',
    );
  });
});
