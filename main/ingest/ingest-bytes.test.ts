import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { hashText } from './hash-text';
import { ingestBytes, type IngestOutcome, type SourceMeta } from './ingest-bytes';
import { MAX_FILE_BYTES } from './limits';

const meta = (sourceName: string): SourceMeta => ({
  sourcePath: `/articles/${sourceName}`,
  sourceName,
  modifiedAtMs: 1_700_000_000_000,
});
const utf8 = (text: string) => Buffer.from(text, 'utf8');

function article(outcome: IngestOutcome) {
  if (outcome.kind !== 'article')
    throw new Error(`expected an article, got: ${outcome.failure.message}`);
  return outcome.article;
}

const FRENCH =
  'Le corridor médian gagne en importance\r\n\r\nSelon le ministre, les échanges entre les deux rives de la Caspienne ont doublé en deux ans.\r\n';

describe('ingestBytes: articles', () => {
  it('builds a text article with every field of the contract', () => {
    const bytes = utf8(FRENCH);
    const result = article(ingestBytes(bytes, meta('corridor.txt')));
    const text = FRENCH.replaceAll('\r\n', '\n');
    expect(result).toEqual({
      sourcePath: '/articles/corridor.txt',
      sourceName: 'corridor.txt',
      format: 'txt',
      sizeBytes: bytes.length,
      modifiedAtMs: 1_700_000_000_000,
      encoding: 'UTF-8',
      text,
      textSha256: hashText(text),
      title: 'Le corridor médian gagne en importance',
      language: 'fr',
      original: FRENCH,
      bodyRanges: [{ start: 0, end: text.trimEnd().length }],
      chromeRanges: [],
      metadata: {
        bylines: [],
        suggestions: [],
        sources: {
          title: { kind: 'text', detail: 'headline line' },
          language: { kind: 'text', detail: 'guessed' },
        },
      },
    });
  });

  it('extracts an HTML page: text without scripts, <title>, lang, raw HTML as original', () => {
    const html =
      '<html lang="tr"><head><title>Sayfa başlığı</title><script>window.__pwned = 1</script></head>' +
      '<body><p onclick="alert(1)">Dışişleri bakanları görüştü.</p></body></html>';
    const result = article(ingestBytes(utf8(html), meta('sayfa.html')));
    expect(result).toMatchObject({
      format: 'html',
      text: 'Dışişleri bakanları görüştü.',
      title: 'Sayfa başlığı',
      language: 'tr',
      original: html,
    });
  });

  it('keeps the whole page as text beside the extracted article, and none for a bare page', () => {
    const story =
      'Le ministre des affaires étrangères s’est entretenu avec son homologue kazakh. ' +
      'Les deux pays ont signé un plan d’action pour les années 2025 et 2026, a-t-il annoncé.';
    const html =
      '<html><body><nav><a href="/">Accueil</a> <a href="/monde">Monde</a></nav>' +
      `<article><h1>Un plan d’action</h1><p>${story}</p><p>${story}</p></article>` +
      '<footer>© Tous droits réservés</footer></body></html>';
    const result = article(ingestBytes(utf8(html), meta('page.html')));
    expect(result.text).not.toContain('Accueil');
    expect(result.text).toContain(story);
    expect(result.pageText).toContain('Accueil');
    expect(result.pageText).toContain('Tous droits réservés');
    expect(result.pageText).toContain(story);
    const bare = article(ingestBytes(utf8('<p>Dışişleri bakanları görüştü.</p>'), meta('b.html')));
    expect(bare.pageText).toBeUndefined();
  });

  it('decodes an HTML page in the charset its <meta> declares', () => {
    const html =
      '<meta charset="windows-1254"><p>Bakü ile Astana arasında stratejik ortaklık güçleniyor.</p>';
    const result = article(ingestBytes(iconv.encode(html, 'windows-1254'), meta('haber.htm')));
    expect(result).toMatchObject({
      encoding: 'windows-1254',
      text: 'Bakü ile Astana arasında stratejik ortaklık güçleniyor.',
    });
  });

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])(
    'reads a legacy page whose <meta charset> is "%s" as one declaring no known charset',
    (label) => {
      const html = `<meta charset="${label}"><p>Un café au lait, très bon, à Genève.</p>`;
      const result = article(ingestBytes(iconv.encode(html, 'windows-1252'), meta('cafe.html')));
      expect(result).toMatchObject({
        encoding: 'windows-1252',
        text: 'Un café au lait, très bon, à Genève.',
      });
    },
  );

  it('titles Markdown by its first # heading and keeps the Markdown text', () => {
    const md = 'Brouillon\n\n# Le sommet de Bakou\n\nLe *texte* reste en Markdown.';
    const result = article(ingestBytes(utf8(md), meta('note.markdown')));
    expect(result).toMatchObject({ format: 'md', title: 'Le sommet de Bakou', text: md });
  });

  it('keeps the dropped: path of a browser upload', () => {
    const outcome = ingestBytes(utf8('Une dépêche.'), {
      sourcePath: 'dropped:depeche.txt',
      sourceName: 'depeche.txt',
      modifiedAtMs: 1,
    });
    expect(article(outcome).sourcePath).toBe('dropped:depeche.txt');
  });
});

describe('ingestBytes: failures name the file and the reason', () => {
  it.each([
    ['report.pdf', utf8('%PDF-1.7'), 'unsupported-type', /^"report\.pdf" was skipped: only \.txt/],
    ['empty.txt', new Uint8Array(), 'empty', /^"empty\.txt" is empty\.$/],
    ['blank.md', utf8(' \r\n\t\n  '), 'empty', /^"blank\.md" is empty: it has only whitespace\.$/],
    [
      'scripts.html',
      utf8('<script>alert(1)</script><style>p{}</style>'),
      'empty',
      /no readable text/,
    ],
    [
      'photo.txt',
      Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
      'binary',
      /^"photo\.txt" is not text: it looks like a PNG image\.$/,
    ],
    [
      'broken.txt',
      Uint8Array.from([0xef, 0xbb, 0xbf, ...Array(64).fill(0xff)]),
      'undecodable',
      /^"broken\.txt" could not be decoded/,
    ],
  ])('refuses %s', (name, bytes, reason, message) => {
    const outcome = ingestBytes(bytes, meta(name));
    expect(outcome).toEqual({
      kind: 'failure',
      failure: { path: `/articles/${name}`, reason, message: expect.stringMatching(message) },
    });
  });

  it('refuses content over the limit, stating the limit', () => {
    const outcome = ingestBytes(new Uint8Array(MAX_FILE_BYTES + 1).fill(0x61), meta('huge.txt'));
    expect(outcome).toMatchObject({
      kind: 'failure',
      failure: {
        reason: 'too-large',
        message: '"huge.txt" is too large to import: 20.1 MB (limit 20 MB).',
      },
    });
  });

  it('refuses a text over the article limit once normalised, never cutting it', () => {
    // U+1D160 is 4 bytes of UTF-8 and, in NFC, 3 characters of 2 code units each: 14 MB of
    // them is a file under the byte limit whose text is 21 million code units.
    const bytes = utf8('\u{1D160}'.repeat(3_500_000));
    expect(bytes.length).toBeLessThan(MAX_FILE_BYTES);
    expect(ingestBytes(bytes, meta('notes.txt'))).toEqual({
      kind: 'failure',
      failure: {
        path: '/articles/notes.txt',
        reason: 'too-large',
        message:
          '"notes.txt" is too large to import: its text is 21,000,000 characters long, and an article holds at most 20,971,520; split it into smaller files.',
      },
    });
  });

  it('accepts content of exactly the limit', () => {
    const bytes = new Uint8Array(MAX_FILE_BYTES).fill(0x61);
    expect(ingestBytes(bytes, meta('max.txt')).kind).toBe('article');
  });
});
