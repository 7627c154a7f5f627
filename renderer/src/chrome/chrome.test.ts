import { describe, expect, it } from 'vitest';
import { paragraphStartOffsets } from '../reader/paragraph-offsets';
import { chromeBlocks, type ChromeRange } from './chrome-blocks';
import { markAsBody, markAsChrome, wholeLines } from './chrome-corrections';

const TEXT = [
  'MENU',
  '• GÜNDEM',
  '',
  '• SPOR',
  'Azerbaïdjan – États-Unis : une visite historique',
  'Par Kadir Duran',
  'Paylaş',
  'Tüm hakları saklıdır ©',
].join('\n');
const starts = paragraphStartOffsets(TEXT);
const at = (line: string) => TEXT.indexOf(line);
const range = (
  first: string,
  last: string,
  kind: ChromeRange['kind'] = 'navigation',
): ChromeRange => ({
  start: at(first),
  end: at(last) + last.length,
  kind,
});

describe('chromeBlocks', () => {
  it('groups whole chrome lines, blank lines between them included', () => {
    const ranges = [range('MENU', '• SPOR'), range('Paylaş', 'Tüm hakları saklıdır ©', 'footer')];
    expect(chromeBlocks(TEXT, starts, ranges)).toEqual([
      { firstParagraph: 0, lastParagraph: 3, lineCount: 3 },
      { firstParagraph: 6, lastParagraph: 7, lineCount: 2 },
    ]);
  });

  it('never collapses a line that is only partly chrome', () => {
    const partial: ChromeRange[] = [
      { start: at('Par Kadir'), end: at('Par Kadir') + 3, kind: 'marked' },
    ];
    expect(chromeBlocks(TEXT, starts, partial)).toEqual([]);
  });
});

describe('corrections', () => {
  it('widens a selection to whole lines', () => {
    const span = { start: at('Kadir'), end: at('Kadir') + 2 };
    expect(TEXT.slice(wholeLines(TEXT, span).start, wholeLines(TEXT, span).end)).toBe(
      'Par Kadir Duran',
    );
  });

  it('marks a body line as chrome, and gives a chrome line back to the body', () => {
    const ranges = [range('MENU', '• SPOR')];
    const marked = markAsChrome(TEXT, ranges, { start: at('Paylaş') + 1, end: at('Paylaş') + 2 });
    expect(marked.at(-1)).toEqual({ ...range('Paylaş', 'Paylaş'), kind: 'marked' });

    const back = markAsBody(TEXT, marked, { start: at('• GÜNDEM'), end: at('• GÜNDEM') + 3 });
    expect(back.map((r) => TEXT.slice(r.start, r.end))).toEqual(['MENU\n', '\n\n• SPOR', 'Paylaş']);
    expect(chromeBlocks(TEXT, starts, back).map((b) => b.firstParagraph)).toEqual([0, 3, 6]);
  });
});
