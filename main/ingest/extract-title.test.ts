import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  extractMarkdownTitle,
  extractTitle,
  MAX_TITLE_CHARS,
  truncateTitle,
} from './extract-title';
import { normaliseText } from '../../renderer/src/text/normal-form';

const sample = (name: string) =>
  normaliseText(
    readFileSync(
      fileURLToPath(new URL(`../../resources/samples/${name}`, import.meta.url)),
      'utf8',
    ),
  );

describe('extractTitle', () => {
  it('finds the repeated headline of a page dump, past menus and all-caps banners', () => {
    expect(extractTitle(sample('003_23b432f3b9fe1fde.txt'))).toBe(
      'Azerbaïdjan – États-Unis : une visite historique d’Ilham Aliyev à Washington scelle un tournant diplomatique',
    );
  });

  it('takes the first headline-shaped line of a clean article', () => {
    expect(extractTitle(sample('000_3dae4a0746d7e458.txt'))).toBe(
      "Un plan d'action signé entre les ministères azerbaïdjanais et kazakh des Affaires étrangères pour 2025-2026",
    );
  });

  it('prefers a repeated headline over an earlier one that occurs once', () => {
    const text = [
      'Accueil',
      'Les dernières nouvelles de la région du Caucase',
      'Le sommet de Bakou se termine sans accord final',
      'Partager',
      'Le sommet de Bakou se termine sans accord final',
      'Le texte.',
    ].join('\n');
    expect(extractTitle(text)).toBe('Le sommet de Bakou se termine sans accord final');
  });

  it('ignores repeated lines that are all caps, too short or too few words', () => {
    const text =
      'MENU\nBRUXELLES KORNER BLOG COPYRIGHT 2015-2025\nBRUXELLES KORNER BLOG COPYRIGHT 2015-2025\nFoto Galeri\nFoto Galeri\nDeux mots\nUne phrase de titre assez longue ici\nSuite';
    expect(extractTitle(text)).toBe('Une phrase de titre assez longue ici');
  });

  it('strips bullets and Markdown hashes from the line', () => {
    expect(extractTitle('\n  • Une ligne à puce devenue titre du texte\n')).toBe(
      'Une ligne à puce devenue titre du texte',
    );
    expect(extractTitle('## Un sous-titre qui sert de titre ici\n')).toBe(
      'Un sous-titre qui sert de titre ici',
    );
  });

  it('falls back to the first non-empty line, truncated at 200 characters', () => {
    expect(extractTitle('\n\nMENU\nx')).toBe('MENU');
    const long = 'mot '.repeat(80).trim();
    const title = extractTitle(long);
    expect(title.length).toBeLessThanOrEqual(MAX_TITLE_CHARS);
    expect(title.endsWith('mot…')).toBe(true);
    expect(extractTitle('')).toBe('');
  });
});

describe('truncateTitle', () => {
  it('never splits an emoji', () => {
    const title = truncateTitle(`${'a'.repeat(198)}😀😀😀`);
    expect(title).not.toMatch(/[\ud800-\udbff]…$/);
    expect(title.length).toBeLessThanOrEqual(MAX_TITLE_CHARS);
  });
});

describe('extractMarkdownTitle', () => {
  it('takes the first level-1 heading, without closing hashes', () => {
    expect(extractMarkdownTitle('Intro courte\n\n## Section\n\n# Le vrai titre #\n\nTexte')).toBe(
      'Le vrai titre',
    );
  });

  it('falls back to the plain-text rules without a level-1 heading', () => {
    expect(extractMarkdownTitle('## Un titre de section bien formé\n\nTexte')).toBe(
      'Un titre de section bien formé',
    );
  });
});
