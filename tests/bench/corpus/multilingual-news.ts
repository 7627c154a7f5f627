/**
 * A seeded corpus of news articles in French, English and Turkish for the corpus benchmark
 * and the search-library comparison: each article has a title, a byline, an outlet, a
 * publication date, a language and a text of about `targetChars` code units, with a line of
 * page chrome on top (so chrome exclusion has work to do). English articles come from the
 * sets benchmarks' generator (`sets/news-text.ts`); French and Turkish ones from the
 * sentence templates below, with their diacritics, elisions and suffixes ("l’Élysée",
 * "İstanbul’da", "ılık"). The same index always gives the same article.
 */
import { newsArticle, pick, seeded } from '../sets/news-text';

export type CorpusLanguage = 'fr' | 'en' | 'tr';

/** One generated article, as the app would store it. */
export interface CorpusArticle {
  index: number;
  language: CorpusLanguage;
  title: string;
  byline: string;
  outlet: string;
  /** ISO date, 2024-01-01 … 2025-12-28. */
  publishedDate: string;
  text: string;
  /** The first line is site chrome ("Accueil | Politique | …"). */
  chromeRanges: { start: number; end: number }[];
}

const FR = {
  people: [
    'Emmanuel Macron',
    'Élisabeth Borne',
    'Jean-Luc Mélenchon',
    'Ségolène Royal',
    'Agnès Buzyn',
  ],
  places: ['Paris', 'Besançon', 'Orléans', 'Saint-Étienne', 'l’Élysée', 'Nîmes'],
  topics: [
    'les impôts augmenteront l’an prochain',
    'l’inflation devrait ralentir d’ici mars',
    'la réforme des retraites a été adoptée',
    'le chômage a baissé pour la première fois depuis 2008',
    'la banque centrale relèvera ses taux',
  ],
  verbs: ['a déclaré', 'a affirmé', 'a démenti', 'a prévenu', 'a insisté'],
  filler: [
    'Les économistes restent divisés sur l’effet de cette hausse.',
    'Le rapport, publié mardi, a été critiqué par l’opposition.',
    'Selon la préfecture, la manifestation a réuni des milliers de personnes.',
    'Les élus locaux réclament une réponse rapide du gouvernement.',
  ],
  outlets: ['Le Monde', 'Libération', 'Le Figaro', 'Ouest-France'],
  chrome: 'Accueil | Politique | Économie | Société | Se connecter',
};

const TR = {
  people: ['Ayşe Yıldız', 'Mehmet Öztürk', 'Gülşen Çelik', 'İbrahim Şahin', 'Ömer Ilıcak'],
  places: ['İstanbul', 'Ankara', 'İzmir', 'Diyarbakır', 'Eskişehir', 'Iğdır'],
  topics: [
    'vergiler gelecek yıl artacak',
    'enflasyonun mart ayına kadar düşmesi bekleniyor',
    'merkez bankası faizleri yükseltecek',
    'işsizlik 2008’den bu yana en düşük seviyede',
    'hava bu hafta ılık geçecek',
  ],
  verbs: ['dedi', 'açıkladı', 'iddia etti', 'uyardı', 'yalanladı'],
  filler: [
    'Ekonomistler artışın etkisi konusunda bölünmüş durumda.',
    'Salı günü yayımlanan rapor muhalefetten eleştiri aldı.',
    'Yetkililer İstanbul’da yapılan toplantı hakkında yorum yapmadı.',
    'Iğdır ve Ilıca’da seçmenler sandık başına gitti.',
  ],
  outlets: ['Hürriyet', 'Cumhuriyet', 'Sabah', 'Anadolu Ajansı'],
  chrome: 'Anasayfa | Gündem | Ekonomi | Dünya | Giriş yap',
};

const EN = {
  outlets: ['Reuters', 'The Guardian', 'Associated Press', 'BBC News'],
  chrome: 'Home | World | Business | Opinion | Sign in',
  people: ['Sarah Thompson', 'Zoë Kraus', 'Ingrid Søndergaard', 'Miguel Ángel Peña'],
};

const LANGUAGES: readonly CorpusLanguage[] = ['fr', 'en', 'tr'];

function templateText(
  lang: typeof FR,
  random: () => number,
  targetChars: number,
): { title: string; body: string } {
  const person = pick(random, lang.people);
  const title = `${pick(random, lang.places)} : ${person} — ${pick(random, lang.topics)}`;
  const paragraphs: string[] = [];
  let length = title.length;
  while (length < targetChars) {
    const sentences: string[] = [];
    for (let s = 0; s < 4; s++) {
      const roll = random();
      if (roll < 0.4) {
        sentences.push(
          `${pick(random, lang.people)} ${pick(random, lang.verbs)} que ${pick(random, lang.topics)} à ${pick(random, lang.places)}.`,
        );
      } else if (roll < 0.7) {
        sentences.push(
          `« ${pick(random, lang.topics)} », ${pick(random, lang.verbs)} ${pick(random, lang.people)}.`,
        );
      } else sentences.push(pick(random, lang.filler));
    }
    const paragraph = sentences.join(' ');
    paragraphs.push(paragraph);
    length += paragraph.length + 1;
  }
  return { title, body: [title, ...paragraphs].join('\n') };
}

/** Article `index` of the corpus, about `targetChars` code units long. */
export function corpusArticle(index: number, targetChars = 5_000): CorpusArticle {
  const random = seeded(77_001 + index * 104_729);
  const language = LANGUAGES[index % LANGUAGES.length]!;
  let title: string;
  let body: string;
  let byline: string;
  let outlet: string;
  let chrome: string;
  if (language === 'en') {
    const article = newsArticle(index, targetChars);
    title = article.title;
    body = article.text;
    byline = pick(random, EN.people);
    outlet = pick(random, EN.outlets);
    chrome = EN.chrome;
  } else {
    const lang = language === 'fr' ? FR : TR;
    ({ title, body } = templateText(lang, random, targetChars));
    byline = pick(random, lang.people);
    outlet = pick(random, lang.outlets);
    chrome = lang.chrome;
  }
  const day = Math.floor(random() * 727);
  const publishedDate = new Date(Date.UTC(2024, 0, 1 + day)).toISOString().slice(0, 10);
  const text = `${chrome}\n${body}`.normalize('NFC');
  return {
    index,
    language,
    title: title.normalize('NFC'),
    byline,
    outlet,
    publishedDate,
    text,
    chromeRanges: [{ start: 0, end: chrome.length }],
  };
}
