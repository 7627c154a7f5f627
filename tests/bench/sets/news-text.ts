/**
 * Deterministic news-like articles for the set benchmarks: a headline, a dateline and
 * paragraphs of wire-style sentences naming people, organisations and places, with quotes,
 * numbers and dates. Some names carry non-ASCII letters, one an emoji (a surrogate pair) and
 * one a combining mark that NFC keeps decomposed, so every code-point conversion in the
 * exporters has real work to do. Each word's offsets are kept as annotation candidates.
 */

import { seeded } from '../seeded-random';

export { seeded };

/** A pick from `list`. */
export function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!;
}

export const PEOPLE = [
  'Djeyhoun Baïramov',
  'Murat Nurtleu',
  'Ayşe Yıldız',
  'Jean-Luc Mélenchon',
  'Olúwaṣẹ́un Ọ̀ṣọ́ọ̀sì',
  'Ingrid Søndergaard',
  'Leyla Həsənova',
  'Sarah Thompson',
  'Miguel Ángel Peña',
  'Zoë Kraus',
] as const;

export const ORGANISATIONS = [
  'the European Commission',
  'the central bank',
  'Reuters',
  'Agence France-Presse',
  'the Ministry of Finance',
  'NATO',
  'the World Health Organization',
  'Türk Telekom',
] as const;

export const PLACES = [
  'Baku',
  'İstanbul',
  'Zürich',
  'Astana',
  'Brussels',
  'Lagos',
  'Ọ̀yọ́',
  'São Paulo',
  'Kraków',
] as const;

const VERBS = ['said', 'told reporters', 'argued', 'warned', 'claimed', 'insisted', 'denied'];
const LOADED = [
  'a reckless gamble',
  'a shameful betrayal',
  'an outright disaster',
  'a historic triumph 🎉',
  'a cynical ploy',
];
const TOPICS = [
  'taxes will rise next year',
  'inflation is expected to ease by March',
  'the pipeline will double exports',
  'unemployment fell to its lowest level since 2008',
  'the election was free and fair',
  'the vaccine programme saved 12,000 lives',
  'the border crossing reopened on Tuesday',
  'prices rose 4.5% in the first quarter',
];
const FILLER = [
  'Economists were divided on whether the increase would slow growth.',
  'The report, published on Tuesday, drew criticism from opposition parties.',
  'Officials declined to comment further when contacted on Monday.',
  'Trade between the two countries has doubled in two years, according to customs data.',
  'Analysts in the café district of the capital were sceptical of the figures.',
  'The naïve reading of the data, critics said, ignores seasonal effects.',
];

/** A word of the text: `[start, end)` in UTF-16 code units, and its paragraph. */
export interface WordSpan {
  start: number;
  end: number;
  paragraph: number;
}

/** One generated article: its text and the offsets of every word and of every name. */
export interface NewsArticle {
  title: string;
  text: string;
  words: WordSpan[];
  /** Whole names (people, organisations, places) with what they are. */
  names: { start: number; end: number; kind: 'person' | 'organisation' | 'place' }[];
}

/** Builds article `index` of about `targetChars` code units. */
export function newsArticle(index: number, targetChars: number): NewsArticle {
  const random = seeded(20_261_130 + index * 7919);
  const builder = new TextBuilder();
  const place = pick(random, PLACES);
  const person = pick(random, PEOPLE);
  const title = `${place}: ${person} says ${pick(random, TOPICS)} (${index + 1})`;
  builder.add(title);
  builder.paragraph();
  while (builder.length < targetChars) {
    builder.addName(pick(random, PLACES), 'place');
    builder.add(`, ${1 + Math.floor(random() * 28)} March. `);
    for (let s = 0; s < 4; s++) sentence(builder, random);
    builder.paragraph();
  }
  return builder.finish(title);
}

function sentence(builder: TextBuilder, random: () => number): void {
  const roll = random();
  if (roll < 0.35) {
    builder.addName(pick(random, PEOPLE), 'person');
    builder.add(` ${pick(random, VERBS)} that ${pick(random, TOPICS)}, calling the plan `);
    builder.add(`${pick(random, LOADED)}. `);
  } else if (roll < 0.6) {
    builder.add('“');
    builder.add(`This is ${pick(random, LOADED)} for ${pick(random, PLACES)},`);
    builder.add('” ');
    builder.addName(pick(random, PEOPLE), 'person');
    builder.add(` of `);
    builder.addName(pick(random, ORGANISATIONS), 'organisation');
    builder.add(` ${pick(random, VERBS)}. `);
  } else if (roll < 0.8) {
    builder.add('According to ');
    builder.addName(pick(random, ORGANISATIONS), 'organisation');
    builder.add(`, ${pick(random, TOPICS)} in `);
    builder.addName(pick(random, PLACES), 'place');
    builder.add('. ');
  } else {
    builder.add(`${pick(random, FILLER)} `);
  }
}

/** Appends text and records its words (runs of letters, digits and marks). */
class TextBuilder {
  private parts: string[] = [];
  length = 0;
  private paragraphIndex = 0;
  readonly words: WordSpan[] = [];
  readonly names: NewsArticle['names'] = [];

  add(piece: string): void {
    // NFC first, as ingestion stores it: offsets must count into the stored text.
    const text = piece.normalize('NFC');
    for (const match of text.matchAll(/[\p{L}\p{N}\p{M}\p{Extended_Pictographic}'’.,%-]+/gu)) {
      const word = match[0].replace(/[.,]+$/, '');
      if (word === '') continue;
      const start = this.length + match.index;
      this.words.push({ start, end: start + word.length, paragraph: this.paragraphIndex });
    }
    this.parts.push(text);
    this.length += text.length;
  }

  addName(name: string, kind: NewsArticle['names'][number]['kind']): void {
    const text = name.normalize('NFC');
    const start = this.length;
    this.add(text);
    this.names.push({ start, end: start + text.length, kind });
  }

  paragraph(): void {
    // Sentences end with a space; a paragraph does not.
    const last = this.parts.length - 1;
    if (this.parts[last]?.endsWith(' ')) {
      this.parts[last] = this.parts[last]!.slice(0, -1);
      this.length -= 1;
    }
    this.parts.push('\n');
    this.length += 1;
    this.paragraphIndex++;
  }

  finish(title: string): NewsArticle {
    const text = this.parts.join('').trimEnd();
    return {
      title: title.normalize('NFC'),
      text,
      words: this.words.filter((w) => w.end <= text.length),
      names: this.names,
    };
  }
}
