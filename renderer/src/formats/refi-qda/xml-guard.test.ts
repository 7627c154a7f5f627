import { describe, expect, it } from 'vitest';
import { xmlGuardReason } from './xml-guard';

const LIMITS = { maxChars: 10_000, maxDepth: 4 };

describe('xmlGuardReason', () => {
  it('lets a plain QDA-XML document through', () => {
    const xml =
      '<?xml version="1.0"?><Project name="a > b"><!-- <!DOCTYPE x> --><Sources>' +
      '<TextSource guid="x"><PlainTextContent><![CDATA[<!ENTITY y "z"> <a><b><c><d>]]></PlainTextContent>' +
      '</TextSource><TextSource guid="y" /></Sources></Project>';
    // The `>` in a value, the DTD in a comment and the markup in CDATA are no tags.
    expect(xmlGuardReason(xml, LIMITS)).toBeUndefined();
  });

  it('refuses a DTD: internal entities (billion laughs) and external ones (XXE)', () => {
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE Project [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;">]><Project>&b;</Project>';
    const xxe =
      '<!DOCTYPE Project [<!ENTITY x SYSTEM "file:///etc/passwd">]><Project>&x;</Project>';
    for (const xml of [laughs, xxe]) {
      expect(xmlGuardReason(xml, LIMITS)).toMatch(/declares a DTD/);
    }
  });

  it('counts nesting, self-closing and closing tags included', () => {
    const four = '<a><b><c><d/><d></d></c></b></a>';
    expect(xmlGuardReason(four, LIMITS)).toBeUndefined();
    for (const deep of [
      '<a><b><c><d><e/></d></c></b></a>',
      '<a><b><c><d><e></e></d></c></b></a>',
    ]) {
      expect(xmlGuardReason(deep, LIMITS)).toBe('its elements nest deeper than 4 levels');
    }
  });

  it('refuses a document over the size limit before scanning it', () => {
    expect(xmlGuardReason(`<a>${'x'.repeat(20_000)}</a>`, LIMITS)).toMatch(/^its XML is/);
  });
});
