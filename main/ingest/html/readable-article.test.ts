import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { compactHtml } from './compact-html';
import { isValidByline } from './readable-article';

const PAGES = fileURLToPath(new URL('../../../tests/fixtures/readability-pages/', import.meta.url));

type BylineTest = (node: Element, matchString: string) => boolean;
const readabilitysOwn = (Readability.prototype as unknown as { _isValidByline: BylineTest })
  ._isValidByline;

describe('isValidByline', () => {
  it('is the test Readability itself runs', () => {
    // Replacing a method Readability no longer has would do nothing: it must still exist.
    expect(typeof readabilitysOwn).toBe('function');
  });

  it('answers as Readability does for every element of real pages', () => {
    const context = {
      REGEXPS: (new Readability(parseHTML('<p>x</p>').document) as never as { REGEXPS: unknown })
        .REGEXPS,
    };
    let bylines = 0;
    for (const id of ['ars-1', 'blogger', 'citylab-1', 'salon-1']) {
      const html = readFileSync(join(PAGES, id, 'source.html'), 'utf8');
      const { document } = parseHTML(compactHtml(html).html) as unknown as { document: Document };
      for (const element of Array.from(document.querySelectorAll('*'))) {
        // What Readability passes: the element's class and id.
        const matchString = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
        const expected = readabilitysOwn.call(context, element, matchString);
        expect(isValidByline(element, matchString)).toBe(expected);
        bylines += Number(expected);
      }
    }
    // The pages do hold bylines: both answers were exercised.
    expect(bylines).toBeGreaterThan(3);
  });
});
