/**
 * A site's menus and footers recur on every dump, and each dump is described again once its
 * site's chrome is known (`withSiteChrome`): that repeated text is worked out once. In the
 * ingest-ui bench's 2,000 dumps of one site this halved the host's time.
 */
import { describe, expect, it, vi } from 'vitest';
import { blockLanguages } from './block-languages';
import { guessLanguage } from './guess-language';
import { describeLines } from './chrome/line-features';
import * as keywords from './chrome/chrome-keywords';
import * as francMin from 'franc-min';

vi.mock('franc-min', async (original) => {
  const actual = await original<typeof francMin>();
  return { ...actual, franc: vi.fn(actual.franc) };
});
vi.mock('./chrome/chrome-keywords', async (original) => {
  const actual = await original<typeof keywords>();
  return { ...actual, foldCase: vi.fn(actual.foldCase) };
});

const MENU =
  'Accueil Politique Économie Société Culture Sport Monde Opinions Vidéos Podcasts Newsletter';
const dump = (n: number) =>
  `${MENU}\n\nPartager sur Facebook\n\nLe ministre a signé l’accord numéro ${n} avec ses homologues de la région, a-t-il annoncé mardi à la presse.\n\n© 2025 Tous droits réservés`;

describe('repeated chrome is worked out once', () => {
  it('guesses the language of a menu block once across the dumps of a site', () => {
    const franc = vi.mocked(francMin.franc);
    franc.mockClear();
    blockLanguages(dump(1), []);
    const first = franc.mock.calls.length;
    blockLanguages(dump(2), []);
    // Only the body, which differs, is guessed again.
    expect(first).toBeGreaterThan(1);
    expect(franc.mock.calls.slice(first).map(([sample]) => sample)).toEqual([
      expect.stringContaining('accord numéro 2'),
    ]);
  });

  it('guesses a body once more only when its longest lines changed', () => {
    const franc = vi.mocked(francMin.franc);
    const body = `${dump(4)}\n\nUne autre phrase assez longue pour compter parmi les lignes de prose du texte.`;
    expect(guessLanguage(body)).toBe('fr');
    franc.mockClear();
    // The same body without its share line (as once the site's chrome is known): same sample.
    expect(guessLanguage(body.replace('Partager sur Facebook\n\n', ''))).toBe('fr');
    expect(franc).not.toHaveBeenCalled();
  });

  it('describes a line seen before without looking at its words again', () => {
    const foldCase = vi.mocked(keywords.foldCase);
    const first = describeLines(dump(3));
    foldCase.mockClear();
    const again = describeLines(dump(3), new Set([MENU]));
    expect(foldCase).not.toHaveBeenCalled();
    const unknown = (lines: typeof first) =>
      lines.map((line) => ({ ...line, isKnownChrome: false }));
    expect(unknown(again)).toEqual(unknown(first));
    expect(again[0]?.isKnownChrome).toBe(true);
  });
});
