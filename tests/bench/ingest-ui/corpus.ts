/**
 * The files of the ingest-UI benchmark, on disk as a user's are:
 * - the folder to open: text dumps saved from one news site into one folder (menus, ticker,
 *   "read also" links and footer around a distinct article), the case the site-chrome pass
 *   is for, since every dump of the folder is a witness for the others;
 * - the library's earlier articles (the pre-fill): small real files in other folders, with
 *   the rows the library holds for them, so the app's watcher finds them unchanged.
 */
import { createHash } from 'node:crypto';
import { mkdir, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { seeded } from '../seeded-random';

const SENTENCES = [
  'Selon le ministre, les échanges entre les deux rives de la Caspienne ont doublé en deux ans.',
  '« C’est un tournant », a-t-il déclaré à la presse, en ajoutant que la coopération se poursuivra.',
  'Les experts restent prudents: le corridor dépend encore des tarifs, des douanes et de la météo.',
  'Le port de Bakou a traité un volume record de conteneurs, d’après les chiffres publiés mardi.',
  'Les délégations ont signé trois accords sur l’énergie, la santé et le transport ferroviaire.',
  'L’opposition dénonce l’absence de transparence autour des négociations menées à huis clos.',
];

const MENU = Array.from({ length: 24 }, (_, k) => `Rubrique ${k}`);
const RELATED = Array.from({ length: 10 }, (_, k) => `Titre lié numéro ${k} sur la région`);

/** One saved page of the site: its chrome around article `i`, ~5 KB. */
function dump(i: number, next: () => number): string {
  const paragraphs = Array.from(
    { length: 8 },
    (_, k) =>
      Array.from({ length: 4 }, () => SENTENCES[Math.floor(next() * SENTENCES.length)]!).join(' ') +
      ` (${i}.${k})`,
  );
  return [
    ...MENU,
    'USD 1,70 EUR 1,85 · Bakou 14 °C',
    `Corridor médian : la dépêche numéro ${i} sur la coopération régionale`,
    'Bakou, 11 mars, AZERTAC',
    ...paragraphs,
    'Lire aussi',
    ...RELATED,
    '© 2025 Le Journal. Tous droits réservés.',
  ].join('\n\n');
}

/** Writes `count` dumps of one site under `folder`; answers their paths. */
export async function writeSiteFolder(folder: string, count: number): Promise<string[]> {
  await mkdir(folder, { recursive: true });
  const next = seeded(7);
  const paths: string[] = [];
  for (let i = 0; i < count; i++) {
    const path = join(folder, `depeche-${String(i).padStart(5, '0')}.txt`);
    await writeFile(path, dump(i, next));
    paths.push(path);
  }
  return paths;
}

/** An earlier article: its library row and text, as the app stores them. */
export interface PrefillArticle {
  record: Record<string, unknown> & { id: string; sourcePath: string };
  text: Record<string, unknown>;
}

/** Whole seconds, so the stored `modifiedAtMs` equals what `stat` answers, rounded. */
const MTIME_SECONDS = Date.UTC(2025, 2, 11) / 1000;

/**
 * Writes `count` small articles under `root` (20 folders) and answers the rows the library
 * would hold for them. Their size and time match the files, so the watcher leaves them be.
 */
export async function writePrefill(root: string, count: number): Promise<PrefillArticle[]> {
  const articles: PrefillArticle[] = [];
  for (let i = 0; i < count; i++) {
    const folder = join(root, `archive-${i % 20}`);
    if (i < 20) await mkdir(folder, { recursive: true });
    const name = `earlier-${String(i).padStart(5, '0')}.txt`;
    const path = join(folder, name);
    const text = `Earlier article ${i}\n\n${SENTENCES[i % SENTENCES.length]} (${i})`;
    const bytes = Buffer.from(text);
    await writeFile(path, bytes);
    await utimes(path, MTIME_SECONDS, MTIME_SECONDS);
    const id = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
    articles.push({
      record: {
        id,
        title: `Earlier article ${i}`,
        sourcePath: path,
        sourceName: name,
        format: 'txt',
        sizeBytes: bytes.length,
        modifiedAtMs: MTIME_SECONDS * 1000,
        encoding: 'utf-8',
        language: 'fr',
        textSha256: createHash('sha256').update(bytes).digest('hex'),
        textLength: text.length,
        addedAt: new Date(Date.UTC(2025, 0, 1) + i * 1000).toISOString(),
      },
      text: { articleId: id, text, original: text },
    });
  }
  return articles;
}
