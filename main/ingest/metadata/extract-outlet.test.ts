import { describe, expect, it } from 'vitest';
import { extractDateline } from './extract-dateline';
import { extractOutlet, listOutlets } from './extract-outlet';

describe('extractOutlet', () => {
  it('takes a known agency from the dateline', () => {
    const text = 'Titre\nBakou, 11 mars, AZERTAC\nTexte.';
    const outlet = extractOutlet({ text, dateline: extractDateline(text) });
    expect(outlet).toMatchObject({
      name: 'AZERTAC',
      confidence: 'medium',
      knownAgency: { isStateOwned: true },
      evidence: [{ kind: 'dateline', text: 'Bakou, 11 mars, AZERTAC' }],
    });
  });

  it('merges a dateline agency with its domain', () => {
    const text = 'Bakou, 11 mars, AZERTAC\nTexte.\nSource : https://azertac.az/fr';
    const outlet = extractOutlet({ text, dateline: extractDateline(text) });
    expect(outlet).toMatchObject({ name: 'AZERTAC', confidence: 'high' });
    expect(outlet?.evidence.map((e) => e.kind)).toEqual(['dateline', 'domain']);
  });

  it('reads copyright banners, preferring a repeated banner over a company line', () => {
    const banner = 'BRUXELLES KORNER BLOG COPYRIGHT 2015-2025';
    const text = `${banner}\nTexte\n${banner}\n© 2025 S-B-E Ltd | Yazılım: Onemsoft`;
    const [first, second] = listOutlets({ text, folderName: 'bruxelles-korner' });
    expect(first).toMatchObject({ name: 'BRUXELLES KORNER BLOG', confidence: 'high' });
    expect(first?.evidence.map((e) => e.kind)).toEqual(['copyright', 'folder']);
    expect(second).toMatchObject({ name: 'S-B-E Ltd', confidence: 'low' });
  });

  it('reads rights phrases in French, Turkish and Russian, and domains', () => {
    expect(extractOutlet({ text: 'Le Soir - Tous droits réservés' })?.name).toBe('Le Soir');
    expect(extractOutlet({ text: '© Haber Sitesi. Tüm hakları saklıdır.' })?.name).toBe(
      'Haber Sitesi',
    );
    expect(extractOutlet({ text: '© 2024 Вести. Все права защищены' })?.name).toBe('Вести');
    expect(extractOutlet({ text: 'Lire sur www.lalibre.be' })).toMatchObject({
      name: 'www.lalibre.be',
      confidence: 'low',
      evidence: [{ kind: 'domain' }],
    });
  });

  it('ignores social networks, e-mail hosts and generic folders', () => {
    const text = 'Suivez-nous sur facebook.com et youtube.com\nÉcrire à info@azertac.az';
    expect(extractOutlet({ text, folderName: 'samples' })).toBeUndefined();
    expect(extractOutlet({ text: '', folderName: 'Le Monde' })).toMatchObject({
      name: 'Le Monde',
      confidence: 'low',
    });
    expect(extractOutlet({ text: '' })).toBeUndefined();
  });

  it('finishes quickly on a megabyte of domain-like garbage', () => {
    const garbage = 'a.b.c-d.e©x.az.'.repeat(70_000) + '\n' + 'ab-'.repeat(300_000);
    const started = performance.now();
    listOutlets({ text: garbage });
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
