import { describe, expect, it } from 'vitest';
import { type ChromeKind, detectChrome } from './detect-chrome';

// Three paragraphs of prose: enough for any page to have a body.
const PROSE = [
  'Le ministre des Affaires étrangères a reçu mardi son homologue kazakh pour discuter de la coopération régionale et du transport.',
  'Les deux parties ont souligné l’importance du corridor médian pour le commerce entre l’Asie centrale et l’Europe, selon le communiqué.',
  'Un plan d’action pour les deux prochaines années a été signé à l’issue de la réunion, a indiqué le ministère dans un communiqué.',
];

/** `before` + headline + prose + `after`; returns the text and a kind lookup by line. */
function page(before: string[], after: string[], options = {}) {
  const text = [...before, 'Un plan d’action signé entre Bakou et Astana', ...PROSE, ...after].join(
    '\n',
  );
  const result = detectChrome(text, options);
  const kindOf = (line: string): ChromeKind | 'body' | undefined => {
    const start = text.indexOf(line);
    if (result.bodyRanges.some((r) => r.start <= start && start < r.end)) return 'body';
    return result.chromeRanges.find((r) => r.start <= start && start < r.end)?.kind;
  };
  return { text, result, kindOf };
}

describe('detectChrome', () => {
  it('finds the headline and prose as one body range and nothing else in a clean text', () => {
    const { text, result } = page([], []);
    expect(result.bodyRanges).toEqual([{ start: 0, end: text.length }]);
    expect(result.chromeRanges).toEqual([]);
  });

  it('never changes the text: ranges are offsets into it, in order and disjoint', () => {
    const { text, result } = page(['MENU', '• Accueil', '• Politique', '• Sport'], ['© 2025 AZ']);
    const all = [...result.bodyRanges, ...result.chromeRanges].sort((a, b) => a.start - b.start);
    all.forEach((r, i) => {
      expect(r.end).toBeLessThanOrEqual(text.length);
      expect(r.start).toBeGreaterThanOrEqual(i === 0 ? 0 : (all[i - 1]?.end ?? 0));
    });
  });

  it('has no body when no block holds enough prose', () => {
    const result = detectChrome('Accueil\nPolitique\nSport\n© 2025');
    expect(result.bodyRanges).toEqual([]);
    expect(result.chromeRanges.map((r) => r.kind)).toEqual(['navigation', 'footer']);
  });

  it('navigation: bullet menus, runs of short lines and breadcrumbs', () => {
    const { kindOf } = page(
      ['  • GUNDEM', '  • EKONOMİ', 'Politique', 'Économie', 'Sport', '', 'Ana SayfaGundemHaber'],
      [],
    );
    expect(kindOf('  • GUNDEM')).toBe('navigation');
    expect(kindOf('Économie')).toBe('navigation');
    expect(kindOf('Ana SayfaGundemHaber')).toBe('navigation');
  });

  it('ticker: currency and index lines, glued or spaced, but not datelines', () => {
    const { kindOf } = page(
      ['DOLAR16.7682', 'USD 40,12 %0,15', 'EUR/USD 1.0875', 'BIST 100 10.245,67'],
      [],
    );
    expect(kindOf('DOLAR16.7682')).toBe('ticker');
    expect(kindOf('EUR/USD 1.0875')).toBe('ticker');
    const dated = page(['Accueil', '15 mars 2025'], []);
    expect(dated.kindOf('15 mars 2025')).not.toBe('ticker');
  });

  it('share-widget: share and follow buttons in any of our languages', () => {
    const { kindOf } = page(
      [],
      ['Paylaş', 'Partager', 'WhatsApp', 'FACEBOOKTWITTERINSTAGRAM', 'Поделиться'],
    );
    for (const line of ['Paylaş', 'FACEBOOKTWITTERINSTAGRAM', 'Поделиться']) {
      expect(kindOf(line)).toBe('share-widget');
    }
  });

  it('reactions: counters, reaction labels and emoji', () => {
    const { kindOf } = page([], ['  • 0', '    SEVDİM', 'Beğendim', '👍 ❤️', 'J’aime']);
    expect(kindOf('    SEVDİM')).toBe('reactions');
    expect(kindOf('Beğendim')).toBe('reactions');
    expect(kindOf('👍 ❤️')).toBe('reactions');
    expect(kindOf('J’aime')).toBe('reactions');
  });

  it('related: headlines after a related heading, and inline teasers cut out of the body', () => {
    const { kindOf } = page(
      [],
      ['', 'İlgili Haberler', 'Dolar güne nasıl başladı', 'Altının gramı rekor tazeledi'],
    );
    expect(kindOf('İlgili Haberler')).toBe('related');
    expect(kindOf('Altının gramı rekor tazeledi')).toBe('related');
    const teaser = 'À lire aussi : Le corridor médian change de route';
    const text = [PROSE[0], teaser, PROSE[1], PROSE[2]].join('\n');
    const result = detectChrome(text);
    expect(result.bodyRanges).toHaveLength(2);
    expect(result.chromeRanges).toEqual([
      { start: text.indexOf(teaser), end: text.indexOf(teaser) + teaser.length, kind: 'related' },
    ]);
  });

  it('footer: copyright, rights reserved, legal links and cookie notices', () => {
    const lines = [
      '© 2025 S-B-E Ltd',
      'Tüm hakları saklıdır.',
      'Politique de confidentialité',
      'Sitemizde çerezler kullanılmaktadır.',
    ];
    const { kindOf } = page(['We use cookies to improve your experience.'], lines);
    expect(kindOf('We use cookies to improve your experience.')).toBe('footer');
    for (const line of lines) expect(kindOf(line)).toBe('footer');
  });

  it('repeated: lines repeated in the text or known from other pages of the site', () => {
    const { kindOf } = page(['BRUXELLES KORNER', 'Kapat'], ['BRUXELLES KORNER', 'LOGO KAD']);
    expect(kindOf('BRUXELLES KORNER')).toBe('repeated');
    const known = page(['Haber Gönder'], [], { knownChromeLines: new Set(['Haber Gönder']) });
    expect(known.kindOf('Haber Gönder')).toBe('repeated');
  });

  it('other: chrome outside the body that matches no pattern', () => {
    const { kindOf } = page([], ['', 'Başka haber bulunmuyor!']);
    expect(kindOf('Başka haber bulunmuyor!')).toBe('other');
  });

  it('keeps a byline, a dateline and a signature block with the body', () => {
    const { kindOf } = page(
      ['Accueil', 'Politique', 'Sport'],
      ['', 'Mazahir Afandiyev', 'Membre du Milli Majlis', '', '© 2025'],
    );
    expect(kindOf('Mazahir Afandiyev')).toBe('body');
    expect(kindOf('Membre du Milli Majlis')).toBe('body');
    expect(kindOf('Un plan d’action signé')).toBe('body');
    expect(kindOf('© 2025')).toBe('footer');
  });

  it('stops the body at reader comments, however much prose they hold', () => {
    const comment =
      'Çok doğru bir çağrı, her seçimde katılım düşük kalıyor ve sonra şikâyet ediyoruz.';
    const { kindOf } = page([], ['Yorumlar (3)', 'Mehmet K.', comment, comment + ' Evet.']);
    expect(kindOf('Yorumlar (3)')).toBe('reactions');
    expect(kindOf(comment)).not.toBe('body');
  });
});
