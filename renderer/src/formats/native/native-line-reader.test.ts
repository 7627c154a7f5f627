import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serializeNativeSet } from './native-envelope';
import { NativeLineReader, type LineReadResult } from './native-line-reader';
import { annotationSetArbitrary } from './testing/set-arbitrary';

const stamp = { exportedAt: '2026-11-23T10:00:00.000Z', appVersion: '0.1.0' };

/** Feeds `text` to a reader in pieces cut at `cuts` (character offsets), as a worker would. */
function readInPieces(text: string, cuts: readonly number[] = []): LineReadResult {
  const reader = new NativeLineReader();
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    reader.push(text.slice(from, cut));
    from = cut;
  }
  reader.push(text.slice(from));
  return reader.finish();
}

const set = () => fc.sample(annotationSetArbitrary(), { seed: 11, numRuns: 1 })[0]!;

describe('NativeLineReader', () => {
  it('gives what parsing the whole file gives, however the file is cut into pieces', () => {
    fc.assert(
      fc.property(
        annotationSetArbitrary(),
        fc.array(fc.nat(), { maxLength: 6 }),
        (generated, positions) => {
          const text = serializeNativeSet(generated, stamp);
          const cuts = positions.map((p) => p % (text.length + 1));
          const read = readInPieces(text, cuts);
          expect(read.kind).toBe('parsed');
          if (read.kind !== 'parsed') return;
          expect(read.raw).toEqual(JSON.parse(text));
          expect(read.chars).toBe(text.length);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('reads items holding emoji, combining marks and right-to-left text, cut inside a character', () => {
    const base = set();
    const text = serializeNativeSet(
      {
        ...base,
        articles: base.articles.map((a) => ({ ...a, title: 'مرحبا 👩🏽‍💻 e\u0301 — ' + a.title })),
      },
      stamp,
    );
    const middleOfEmoji = text.indexOf('👩') + 1;
    const read = readInPieces(text, [middleOfEmoji, text.indexOf('\u0301')]);
    expect(read).toEqual({ kind: 'parsed', raw: JSON.parse(text), chars: text.length });
  });

  it('reads a file with a byte order mark and CRLF line ends as its parse without the mark', () => {
    const text = serializeNativeSet(set(), stamp);
    const windows = '\uFEFF' + text.replace(/\n/g, '\r\n');
    const read = readInPieces(windows, [5, 300]);
    expect(read.kind).toBe('parsed');
    if (read.kind === 'parsed') expect(read.raw).toEqual(JSON.parse(text));
  });

  it('parses a native set with empty lists, which has no item lines, as one document', () => {
    const empty = { ...set(), articles: [], annotations: [], entities: [], comments: [] };
    const text = serializeNativeSet(empty, stamp);
    const read = readInPieces(text, [17]);
    expect(read).toEqual({ kind: 'parsed', raw: JSON.parse(text), chars: text.length });
  });

  it('hands back the whole text of a file in any other layout, to be parsed as usual', () => {
    const layouts = [
      // A native set indented by hand: its items span lines.
      JSON.stringify(JSON.parse(serializeNativeSet(set(), stamp)), null, 2),
      // Not JSON at all.
      'article1\t12\t20\tLoaded_Language\n',
      // Another tool's JSON with object lines at the same indent.
      '{\n  "type": "AnnotationCollection",\n  "items": [\n      {"id": 1},\n      {"id": 2}\n  ]\n}',
      // Broken JSON: the usual parse reports where.
      '{\n  "type": "sourcemark-annotation-set",\n  "set": {\n',
    ];
    for (const text of layouts) expect(readInPieces(text, [3])).toEqual({ kind: 'whole', text });
  });

  it('reads by lines only where each line is one whole item of a list of the set', () => {
    const text = serializeNativeSet(set(), stamp);
    const lines = text.split('\n');
    const itemLine = lines.findIndex((line) => line.startsWith('      {'));
    // Two items hand-joined on one line.
    const joined = [...lines];
    joined[itemLine] = `${lines[itemLine]} ${lines[itemLine]!.trim().replace(/,$/, '')},`;
    // A file spelling the reader's own stand-in for an item.
    const spelled = text.replace('"exportedAt"', '"x": "\\u0000item0", "exportedAt"');
    for (const odd of [joined.join('\n'), spelled]) {
      const read = readInPieces(odd);
      expect(read.kind).toBe('whole');
      if (read.kind === 'whole') expect(read.text).toBe(odd);
    }
  });

  it('leaves a nesting bomb on an item line to the usual guard, without parsing it', () => {
    const text = serializeNativeSet(set(), stamp);
    const bomb = text.replace(
      /\n {6}\{/,
      `\n      {"deep": ${'['.repeat(100)}${']'.repeat(100)}, `,
    );
    expect(readInPieces(bomb).kind).toBe('whole');
  });
});
