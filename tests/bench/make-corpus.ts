/**
 * A reproducible corpus of news articles on disk for the ingestion benchmark: French,
 * Turkish and English prose, as .txt, .md and .html, in UTF-8 and in the legacy Windows
 * encodings, with CRLF in some files and page chrome (menus, scripts) in the HTML.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { seeded as random } from './seeded-random';

/** One generated file, with what ingestion is expected to find in it. */
export interface CorpusFile {
  path: string;
  bytes: number;
  language: 'fr' | 'tr' | 'en';
  encoding: string;
}

const SENTENCES = {
  fr: [
    'Le ministre des Affaires étrangères a reçu son homologue à Bakou pour évoquer la coopération régionale.',
    'Selon les autorités, les échanges commerciaux ont progressé de {n} % au cours du dernier trimestre.',
    'Les deux délégations ont souligné l’importance du corridor médian reliant la Caspienne à l’Europe.',
    '« C’est un tournant historique », a déclaré le porte-parole à l’issue de la réunion.',
    'La délégation a visité les territoires libérés, où des travaux de déminage se poursuivent.',
    'Des experts estiment que la sécurité énergétique dépendra de nouveaux gazoducs d’ici {y}.',
    'Le président a insisté sur la nécessité d’un dialogue fondé sur le respect mutuel.',
    'Plusieurs accords ont été signés dans les domaines de l’éducation, de la santé et du transport.',
    'L’opposition a critiqué l’absence de transparence entourant les négociations.',
    'Les observateurs internationaux suivront le scrutin prévu en {y}.',
  ],
  tr: [
    'Dışişleri bakanları İstanbul’da bir araya gelerek bölgesel işbirliğini görüştü.',
    'Yetkililere göre iki ülke arasındaki ticaret hacmi son çeyrekte yüzde {n} arttı.',
    'Görüşmede enerji güvenliği ve ulaştırma koridorları ele alındı.',
    'Bakan, açıklamasında “Bu tarihi bir dönüm noktasıdır” ifadesini kullandı.',
    'Heyet, Ağrı ve Iğdır’daki yatırım projelerini yerinde inceledi.',
    'Uzmanlar, yeni boru hatlarının {y} yılına kadar tamamlanacağını öngörüyor.',
    'Şubat ayında imzalanan anlaşmalar eğitim, sağlık ve ulaşım alanlarını kapsıyor.',
    'Muhalefet, müzakerelerin şeffaflıktan uzak yürütüldüğünü öne sürdü.',
    'Cumhurbaşkanı, karşılıklı saygıya dayalı bir diyaloğun önemine dikkat çekti.',
    'Uluslararası gözlemciler {y} yılında yapılacak seçimi izleyecek.',
  ],
  en: [
    'The foreign ministers met in Baku to discuss regional cooperation and transport links.',
    'According to officials, bilateral trade grew by {n} percent in the last quarter.',
    'Both delegations stressed the importance of the Middle Corridor linking the Caspian to Europe.',
    '“This is a historic turning point,” the spokesperson said after the meeting.',
    'The delegation visited the liberated territories, where demining work continues.',
    'Analysts expect new pipelines to shape energy security by {y}.',
    'The president insisted on dialogue based on mutual respect.',
    'Several agreements were signed covering education, health and transport.',
    'The opposition criticised the lack of transparency around the negotiations.',
    'International observers will monitor the election planned for {y}.',
  ],
} as const;

const HEADLINES = {
  fr: 'Coopération régionale : Bakou et ses voisins signent de nouveaux accords',
  tr: 'Bölgesel işbirliği: Bakü ve komşuları yeni anlaşmalar imzaladı',
  en: 'Regional cooperation: Baku and its neighbours sign new agreements',
} as const;

function paragraphs(language: keyof typeof SENTENCES, next: () => number, count: number): string[] {
  const pool = SENTENCES[language];
  return Array.from({ length: count }, () =>
    Array.from({ length: 3 + Math.floor(next() * 4) }, () =>
      pool[Math.floor(next() * pool.length)]!.replace(
        '{n}',
        String(1 + Math.floor(next() * 40)),
      ).replace('{y}', String(2025 + Math.floor(next() * 6))),
    ).join(' '),
  );
}

function asHtml(title: string, language: string, body: string[], next: () => number): string {
  const chrome = Array.from(
    { length: 20 },
    (_, i) => `<li><a href="/section/${i}">Section ${i}</a></li>`,
  ).join('');
  const script = `var analytics = { id: ${Math.floor(next() * 1e6)}, pages: [${'1,'.repeat(200)}0] };`;
  return [
    `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><title>${title}</title>`,
    `<style>body{font:16px serif}.nav li{display:inline}</style><script>${script}</script></head>`,
    `<body><nav class="nav"><ul>${chrome}</ul></nav><article><h1>${title}</h1>`,
    ...body.map((p) => `<p onclick="track()">${p.replace(/ (\S+) /, ' <b>$1</b> ')}</p>`),
    `</article><footer><p>© 2025 Agence</p><script>track('end')</script></footer></body></html>`,
  ].join('\n');
}

/**
 * Writes `count` articles of about `averageBytes` each under `root`, in nested folders,
 * and answers what was written. Deterministic for a given seed.
 */
export async function makeCorpus(
  root: string,
  count: number,
  averageBytes: number,
  seed = 42,
): Promise<CorpusFile[]> {
  const next = random(seed);
  const files: CorpusFile[] = [];
  // A paragraph averages ~4.5 sentences of ~90 characters.
  const paragraphsPerArticle = Math.max(2, Math.round(averageBytes / 420));
  for (let i = 0; i < count; i++) {
    const language = (['fr', 'tr', 'en'] as const)[i % 3]!;
    const body = paragraphs(
      language,
      next,
      Math.max(2, Math.round(paragraphsPerArticle * (0.5 + next()))),
    );
    const title = HEADLINES[language];
    const kind = i % 4 === 0 ? 'html' : i % 4 === 1 ? 'md' : 'txt';
    let content: string;
    if (kind === 'html') content = asHtml(title, language, body, next);
    else if (kind === 'md') content = `# ${title}\n\n${body.join('\n\n')}\n`;
    else
      content = `MENU\nAccueil\nActualités\n\n${title}\n\nPar la rédaction\n\n${body.join('\n\n')}\n`;
    if (kind === 'txt' && i % 5 === 0) content = content.replaceAll('\n', '\r\n');
    // Legacy encodings for some plain-text files, as old archives and Word exports have.
    const isLegacy = kind === 'txt' && language !== 'en' && (i % 8 === 2 || i % 8 === 3);
    const encoding = !isLegacy ? 'UTF-8' : language === 'tr' ? 'windows-1254' : 'windows-1252';
    const bytes = encoding === 'UTF-8' ? Buffer.from(content) : iconv.encode(content, encoding);
    const folder = join(root, `batch-${i % 10}`, i % 3 === 0 ? 'nested' : '');
    await mkdir(folder, { recursive: true });
    const path = join(
      folder,
      `article-${String(i).padStart(4, '0')}.${kind === 'md' ? 'md' : kind}`,
    );
    await writeFile(path, bytes);
    files.push({ path, bytes: bytes.length, language, encoding });
  }
  return files;
}
