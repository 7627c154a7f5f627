import { describe, expect, it } from 'vitest';
import type { Annotation, AnnotationId, AuthorId, CodebookItemId } from '../../annotation/types';
import { sampleInput, span, TEXT } from '../shared/testing';
import { sha256Hex } from '../../sets/sha256';
import { nameGuid } from './name-guid';
import { codeGuid } from './qde-codebook';
import { CODED_ATTRIBUTE_VALUES } from './qde-selections';
import { exportRefiQdaParts } from './refi-qda-export';
import {
  exportFiles,
  readDescriptions,
  readElements,
  SAMPLE_OPTIONS,
  unescapeXml,
} from './refi-qda-testing';

const selectionOf = (xml: string, id: string) =>
  readElements(xml, 'PlainTextSelection').find(
    (s) => s.attributes.guid === nameGuid(`selection:${id}`),
  );

describe('exportRefiQda: files and offsets', () => {
  it('writes project.qde and one internal source file per article', () => {
    const { output, qde, byPath } = exportFiles(sampleInput());
    const [source] = readElements(qde, 'TextSource');
    const guid = source!.attributes.guid!;
    expect(guid).toMatch(/^[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}$/);
    expect(source!.attributes).toMatchObject({
      name: 'Titre',
      plainTextPath: `internal://${guid}.txt`,
    });
    expect(output.map((f) => f.path)).toEqual(['project.qde', `sources/${guid}.txt`]);
    expect(byPath.get(`sources/${guid}.txt`)).toBe(TEXT);
    expect(qde).toMatch(
      /^<\?xml version="1.0" encoding="utf-8"\?>\n<Project xmlns="urn:QDA-XML:project:1.0"/,
    );
  });

  it('counts code points, end exclusive, past an emoji and a combining mark', () => {
    const { qde, byPath } = exportFiles(sampleInput());
    const codePoints = Array.from(byPath.get([...byPath.keys()][1]!)!);
    // "Le 😀 " is 6 code units but 5 code points; "ministre\u0301" is 9 code points.
    expect(selectionOf(qde, 'a1')!.attributes).toMatchObject({
      startPosition: '5',
      endPosition: '14',
    });
    for (const a of sampleInput().annotations.filter((x) => x.kind === 'span')) {
      const { startPosition, endPosition } = selectionOf(qde, a.id)!.attributes;
      const quote = codePoints.slice(Number(startPosition), Number(endPosition)).join('');
      expect(quote).toBe(a.quote.exact);
    }
  });

  it('codes document-level labels, and the frames they name, over the whole text', () => {
    const input = sampleInput();
    const doc = input.annotations.find((a) => a.id === 'd1')!;
    doc.attributes = { genre: 'reporting', frames: ['frame.economic'] };
    const { qde, lossiness } = exportFiles(input);
    // Written, yet they come back as annotations of their own: said, not silent.
    expect(lossiness.dropped).toContainEqual({ what: CODED_ATTRIBUTE_VALUES, count: 1 });
    expect(selectionOf(qde, 'd1')!.attributes).toMatchObject({
      startPosition: '0',
      endPosition: String(Array.from(TEXT).length),
    });
    const codings = qde.slice(selectionOf(qde, 'd1')!.index).split('</PlainTextSelection>')[0]!;
    expect(readElements(codings, 'CodeRef').map((r) => r.attributes.targetGUID)).toEqual([
      codeGuid('genre'),
      codeGuid('frame.economic'),
    ]);
  });

  it('names the authors as users and credits each selection and coding to one', () => {
    const input = sampleInput([
      span('b1', 'claim', 'pays', { author: 'u2' as AuthorId, note: 'second analyst' }),
    ]);
    const { qde } = exportFiles(input);
    expect(readElements(qde, 'User').map((u) => u.attributes)).toEqual([
      { guid: nameGuid('user:u1'), name: 'Ana', id: 'u1' },
      { guid: nameGuid('user:u2'), name: 'unknown', id: 'u2' },
    ]);
    expect(selectionOf(qde, 'b1')!.attributes).toMatchObject({
      creatingUser: nameGuid('user:u2'),
      creationDateTime: '2026-01-01T00:00:00Z',
    });
    const users = new Set(readElements(qde, 'User').map((u) => u.attributes.guid));
    for (const c of readElements(qde, 'Coding')) expect(users).toContain(c.attributes.creatingUser);
  });

  it('writes, byte for byte, the project file earlier versions wrote for the same set', async () => {
    // SHA-256 of project.qde recorded before SHA-1 moved to @noble/hashes: every GUID kept.
    expect(await sha256Hex(exportFiles(sampleInput()).qde)).toBe(
      '221fc0763a9993386dd7addbf0f88375493f5476a90a457c017fc60b4ed443b8',
    );
    const twoAuthors = sampleInput([
      span('b1', 'claim', 'pays', { author: 'u2' as AuthorId, note: 'second analyst' }),
      span('o1', 'old', 'libre'),
    ]);
    expect(await sha256Hex(exportFiles(twoAuthors).qde)).toBe(
      '84d5b3ebe2d5c371e1eb3f10eb828005a3b76f43e8f918fbc89d549d8c99100f',
    );
  });

  it('gives the same bytes for the same set and time, and stable GUIDs', () => {
    const first = exportFiles(sampleInput());
    const again = exportFiles(sampleInput());
    expect(again.output).toEqual(first.output);
    const later = exportFiles(sampleInput(), {
      ...SAMPLE_OPTIONS,
      exportedAt: '2026-04-01T00:00:00Z',
    });
    expect(later.qde.replace('2026-04-01T00:00:00Z', '2026-03-11T10:00:00.000Z')).toBe(first.qde);
  });
});

describe('exportRefiQdaParts: the project in pieces for the archive', () => {
  it('cuts a large project only between lines, each piece UTF-8 whole, joined it is the file', () => {
    // About 2 MB of XML: more than one piece. Notes with non-ASCII text and escapes, so a cut
    // inside a character or an escape would show.
    const many = Array.from({ length: 3000 }, (_, n) =>
      span(`m${n}`, 'claim', 'pays', n % 2 ? { note: 'Bakı & Gəncə 𝒳 <ok>' } : {}),
    );
    const input = sampleInput(many);
    const { project } = exportRefiQdaParts(input, SAMPLE_OPTIONS).output;
    expect(project.length).toBeGreaterThan(1);
    for (const piece of project) {
      expect(piece).toMatch(/^ *</);
      expect(piece.endsWith('>\n')).toBe(true);
      expect(new TextDecoder().decode(new TextEncoder().encode(piece))).toBe(piece);
    }
    const qde = project.join('');
    expect(qde).toBe(exportFiles(input).qde);
    const sample = readElements(exportFiles(sampleInput()).qde, 'PlainTextSelection').length;
    expect(readElements(qde, 'PlainTextSelection')).toHaveLength(3000 + sample);
    expect(readDescriptions(qde).filter((d) => d === 'Bakı & Gəncə 𝒳 <ok>')).toHaveLength(1500);
  });
});

describe('exportRefiQda: code book', () => {
  it('mirrors the hierarchy, with colours as #RRGGBB and every code codable', () => {
    const { qde } = exportFiles(sampleInput());
    const codebook = qde.slice(qde.indexOf('<CodeBook>'), qde.indexOf('</CodeBook>'));
    // Indentation shows the nesting: Codes at 2 levels in, top-level codes at 3, children at 4.
    const outline = [...codebook.matchAll(/^( *)<Code guid="[^"]*" name="([^"]*)"/gm)].map(
      (m) => `${m[1]!.length / 2 - 3}:${m[2]}`,
    );
    expect(outline).toEqual([
      '0:Entities',
      '1:Person',
      '1:GPE',
      '0:Claim',
      '0:Techniques',
      '1:Loaded language',
      '0:Document',
      '1:Genre',
      '0:Frames',
      '1:Economic',
      // An item the codebook lacks (made with another version) becomes a top-level code.
      '0:Cue',
    ]);
    const person = readElements(qde, 'Code').find((c) => c.attributes.name === 'Person')!;
    expect(person.attributes).toEqual({
      guid: codeGuid('person'),
      name: 'Person',
      isCodable: 'true',
      color: '#AABBCC',
    });
    expect(readDescriptions(codebook)).toEqual(['Countries']);
  });

  it('writes a retired item only when an annotation still uses it', () => {
    const unused = exportFiles(sampleInput()).qde;
    expect(unused).not.toContain('Old technique');
    const used = exportFiles(sampleInput([span('o1', 'old', 'libre')])).qde;
    expect(used).toMatch(
      /<Code [^>]*name="Techniques"[^>]*>\n.*Loaded language.*\n.*Old technique/,
    );
  });

  it('points every CodeRef at a Code of the code book', () => {
    const { qde } = exportFiles(sampleInput());
    const codes = new Set(readElements(qde, 'Code').map((c) => c.attributes.guid));
    const refs = readElements(qde, 'CodeRef');
    expect(refs).toHaveLength(6);
    for (const ref of refs) expect(codes).toContain(ref.attributes.targetGUID);
  });
});

describe('exportRefiQda: what it drops', () => {
  it('counts links, attributes and registry links, and keeps notes and authors', () => {
    const { lossiness, qde } = exportFiles(sampleInput());
    expect(lossiness.dropped).toEqual([
      { what: 'attribute values (claim type, verdict, genre…)', count: 4 },
      { what: "attribution links (a claim's source and cue)", count: 2 },
      { what: 'links to registry entities', count: 1 },
    ]);
    expect(readDescriptions(qde)).toContain('=cmd|calc\nsecond line');
  });

  it('leaves out orphans and spans outside the text, and says so', () => {
    const outside: Annotation = { ...span('x1', 'claim', 'libre'), span: { start: 50, end: 99 } };
    const orphan = span('x2', 'claim', 'pays', { orphanedFrom: 1 });
    const { lossiness, qde, written } = exportFiles(sampleInput([outside, orphan]));
    // The sample's five spans and one document label; the two left out are not counted.
    expect(written).toBe(6);
    expect(lossiness.dropped).toContainEqual({
      what: 'annotations outside their article text',
      count: 1,
    });
    expect(lossiness.dropped).toContainEqual({
      what: 'orphaned annotations (not found again in the changed text)',
      count: 1,
    });
    expect(selectionOf(qde, 'x1')).toBeUndefined();
    expect(selectionOf(qde, 'x2')).toBeUndefined();
  });

  it('ignores annotations of articles not exported', () => {
    const input = sampleInput([{ ...span('z1', 'claim', 'pays'), articleId: 'other' as never }]);
    expect(exportFiles(input).qde).not.toContain(nameGuid('selection:z1'));
  });
});

describe('exportRefiQda: hostile text', () => {
  const hostile = 'a < b && c > d ]]> "q" \'s\'\u0000\u0007\uD800\r\n\ttab\uFFFE end 😀';

  it('escapes markup, strips what XML 1.0 forbids, and counts it', () => {
    const input = sampleInput([
      span('h1', 'claim' as CodebookItemId, 'libre', {
        note: hostile,
        id: 'h1' as AnnotationId,
      }),
    ]);
    input.articles[0]!.title = hostile;
    const { qde, lossiness, byPath } = exportFiles(input);
    const kept = 'a < b && c > d ]]> "q" \'s\'\r\n\ttab end 😀';
    expect(readDescriptions(qde)).toContain(kept);
    expect(readElements(qde, 'TextSource')[0]!.attributes.name).toBe(kept);
    expect(qde).not.toContain(']]>');
    expect([...qde].filter(isForbiddenInXml)).toEqual([]);
    // Two copies (title and note) of four forbidden characters each.
    expect(lossiness.dropped).toContainEqual({
      what: 'characters XML 1.0 forbids (removed from names and notes)',
      count: 8,
    });
    // The source file is plain text, not XML: it keeps every character the offsets count.
    expect([...byPath.values()][1]).toBe(TEXT);
  });

  it('keeps tabs and line breaks of attribute values as references', () => {
    const input = sampleInput();
    input.articles[0]!.title = 'one\ttwo\nthree\r';
    const { qde } = exportFiles(input);
    expect(qde).toContain('name="one&#9;two&#10;three&#13;"');
    expect(unescapeXml('&#9;&lt;&amp;')).toBe('\t<&');
  });

  it('reports nothing stripped for clean text', () => {
    const { lossiness } = exportFiles(sampleInput());
    expect(lossiness.dropped.map((d) => d.what)).not.toContain(
      'characters XML 1.0 forbids (removed from names and notes)',
    );
  });
});

/** XML 1.0 §2.2: the code points no XML document may hold (a lone surrogate included). */
function isForbiddenInXml(char: string): boolean {
  const c = char.codePointAt(0)!;
  const isAllowed =
    c === 0x9 ||
    c === 0xa ||
    c === 0xd ||
    (c >= 0x20 && c <= 0xd7ff) ||
    (c >= 0xe000 && c <= 0xfffd) ||
    c >= 0x10000;
  return !isAllowed;
}
