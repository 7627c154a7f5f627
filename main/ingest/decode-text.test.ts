import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { countUtf8Sequences, decodeText, type DecodeOutcome } from './decode-text';

const FRENCH =
  'Le corridor médian gagne en importance. Selon le ministre, les échanges entre les deux rives ' +
  'de la Caspienne ont doublé en deux ans. « C’est un tournant », a-t-il déclaré à la presse, ' +
  'après une réunion à Bakou où l’on a évoqué la sécurité énergétique.';
// Every letter that windows-1254 has and windows-1252 lacks: ı İ ş Ş ğ Ğ.
const TURKISH =
  'Dışişleri bakanları İstanbul’da görüştü. Görüşmede iki ülkenin işbirliği ele alındı, ' +
  'ŞUBAT ayında Ağrı ve Iğdır için yeni anlaşmalar imzalandı. Bakü ile Astana arasında ' +
  'stratejik ortaklık güçleniyor.';
const RUSSIAN = 'Министр иностранных дел Азербайджана провёл переговоры с коллегой из Казахстана.';

function expectDecoded(outcome: DecodeOutcome, text: string, encoding: string, hadBom = false) {
  expect(outcome).toEqual({ kind: 'decoded', text, encoding, hadBom });
}

describe('decodeText: byte order marks', () => {
  it('reads UTF-8 with a BOM and removes the BOM', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(FRENCH)]);
    expectDecoded(decodeText(bytes), FRENCH, 'UTF-8', true);
  });

  it('reads UTF-16LE and UTF-16BE with a BOM, emoji included', () => {
    const text = `${TURKISH} 🇹🇷 👍🏽`;
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le.subarray(2)).swap16();
    expectDecoded(decodeText(le), text, 'UTF-16LE', true);
    expectDecoded(
      decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), be])),
      text,
      'UTF-16BE',
      true,
    );
  });

  it('reads UTF-32LE with a BOM rather than mistaking it for UTF-16LE', () => {
    const bytes = iconv.encode(RUSSIAN, 'utf-32le', { addBOM: true });
    expect(Array.from(bytes.subarray(0, 4))).toEqual([0xff, 0xfe, 0, 0]);
    expectDecoded(decodeText(bytes), RUSSIAN, 'UTF-32LE', true);
  });
});

describe('decodeText: UTF-8', () => {
  it('reads plain ASCII and UTF-8 without a BOM', () => {
    expectDecoded(decodeText(Buffer.from('Plain ASCII.')), 'Plain ASCII.', 'UTF-8');
    const text = `${FRENCH}\n${TURKISH}\n${RUSSIAN}\n🙂 e\u0301`;
    expectDecoded(decodeText(Buffer.from(text)), text, 'UTF-8');
  });

  it('keeps a UTF-8 file with one damaged byte as UTF-8, marking the byte with U+FFFD', () => {
    const bytes = Buffer.concat([
      Buffer.from('Déjà vu à Bakou, '),
      Buffer.from([0xe9]),
      Buffer.from(' été.'),
    ]);
    expectDecoded(decodeText(bytes), 'Déjà vu à Bakou, \ufffd été.', 'UTF-8');
  });

  it('counts well-formed and broken UTF-8 sequences, refusing overlong forms', () => {
    expect(countUtf8Sequences(Buffer.from('é€😀a'))).toEqual({ valid: 3, invalid: 0 });
    expect(countUtf8Sequences(Uint8Array.from([0xc0, 0xaf, 0xe9, 0x20, 0xed, 0xa0, 0x80]))).toEqual(
      {
        valid: 0,
        invalid: 6,
      },
    );
  });
});

describe('decodeText: legacy encodings', () => {
  it.each([
    ['windows-1252', FRENCH],
    ['ISO-8859-1', FRENCH.replaceAll('’', "'")],
    ['windows-1254', TURKISH],
    ['ISO-8859-9', TURKISH.replaceAll('’', "'")],
    ['windows-1251', RUSSIAN],
    ['KOI8-R', RUSSIAN],
    [
      'windows-1250',
      'Minister spraw zagranicznych Polski spotkał się z ambasadorem. Rozmowy dotyczyły współpracy.',
    ],
  ])('reads %s text back exactly', (encoding, text) => {
    const outcome = decodeText(iconv.encode(text, encoding));
    expect(outcome.kind).toBe('decoded');
    if (outcome.kind === 'decoded') expect(outcome.text).toBe(text);
  });

  it('labels Turkish as windows-1254 and French as windows-1252', () => {
    expect(decodeText(iconv.encode(TURKISH, 'windows-1254'))).toMatchObject({
      encoding: 'windows-1254',
    });
    expect(decodeText(iconv.encode(TURKISH, 'ISO-8859-9'))).toMatchObject({
      encoding: 'windows-1254',
    });
    expect(decodeText(iconv.encode(FRENCH, 'windows-1252'))).toMatchObject({
      encoding: 'windows-1252',
    });
  });

  it.each([
    ['Şehir merkezinde toplantı', 'windows-1254'],
    ['Ağrı Dağı ve Iğdır', 'windows-1254'],
    ['Kırmızı ışıklı caddede', 'windows-1254'],
    ['Où êtes-vous ? Ça va très bien.', 'windows-1252'],
    ['Œuvre complète, vue de la fenêtre : 12 € seulement', 'ISO-8859-15'],
  ])('reads the short sentence "%s" (%s) with the right letters', (text, encoding) => {
    expect(decodeText(iconv.encode(text, encoding))).toMatchObject({ kind: 'decoded', text });
  });

  it('reads Turkish in windows-1254 correctly inside a large ASCII page', () => {
    const padding = `<script>var x = ${'1'.repeat(100)};</script>\n`.repeat(2000);
    const text = `${padding}<p>${TURKISH}</p>`;
    const outcome = decodeText(iconv.encode(text, 'windows-1254'));
    expect(outcome).toMatchObject({ kind: 'decoded', encoding: 'windows-1254' });
    if (outcome.kind === 'decoded') expect(outcome.text.endsWith(`<p>${TURKISH}</p>`)).toBe(true);
  });

  it('lets a declared charset settle a tie between equally plausible readings', () => {
    const bytes = iconv.encode('Prix : 12 €, « très » bon.', 'windows-1252');
    expect(decodeText(bytes, { declaredCharset: 'windows-1254' })).toMatchObject({
      encoding: 'windows-1254',
    });
    expect(decodeText(bytes, { declaredCharset: 'windows-1252' })).toMatchObject({
      encoding: 'windows-1252',
    });
  });

  it('does not follow a declared charset that reads as garbage', () => {
    const bytes = iconv.encode(TURKISH, 'windows-1254');
    expect(decodeText(bytes, { declaredCharset: 'windows-1252' })).toMatchObject({
      encoding: 'windows-1254',
      text: TURKISH,
    });
  });
});

describe('decodeText: undecodable', () => {
  it('refuses a UTF-8 BOM followed by bytes that are not UTF-8', () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...Array(100).fill(0xff)]);
    expect(decodeText(bytes)).toEqual({
      kind: 'undecodable',
      reason: expect.stringMatching(/UTF-8/),
    });
  });

  it('refuses high-byte noise that no encoding reads as words', () => {
    let seed = 7;
    const noise = Uint8Array.from({ length: 4000 }, (_, i) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return i % 7 === 6 ? 0x20 : 0x80 + ((seed >>> 16) % 128);
    });
    expect(decodeText(noise).kind).toBe('undecodable');
  });
});
