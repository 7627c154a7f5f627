/** Real article files on disk for end-to-end tests, in a temp folder removed afterwards. */
import { mkdtemp, mkdir, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';

export const SAMPLE_TITLES = {
  azertac:
    "Un plan d'action signé entre les ministères azerbaïdjanais et kazakh des Affaires étrangères pour 2025-2026",
  opinion:
    'Azerbaïdjan – États-Unis : une visite historique d’Ilham Aliyev à Washington scelle un tournant diplomatique',
};

export const TURKISH_TEXT =
  'Bakü ile Astana arasında stratejik ortaklık güçleniyor\n\nDışişleri bakanları İstanbul’da görüştü. Görüşmede iki ülkenin işbirliği ele alındı ve yeni anlaşmalar imzalandı.\n';

export const FRENCH_TEXT =
  'Le corridor médian gagne en importance\n\nSelon le ministre, les échanges entre les deux rives de la Caspienne ont doublé en deux ans. « C’est un tournant », a-t-il déclaré à la presse.\n';

const PNG_HEADER = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
]);

export class ArticleFiles {
  private constructor(readonly dir: string) {}

  static async create(): Promise<ArticleFiles> {
    return new ArticleFiles(await mkdtemp(join(tmpdir(), 'sourcemark-articles-')));
  }

  path(...parts: string[]): string {
    return join(this.dir, ...parts);
  }

  async write(name: string, content: string | Buffer): Promise<string> {
    const file = this.path(name);
    await mkdir(join(file, '..'), { recursive: true });
    await writeFile(file, content);
    return file;
  }

  /** A Turkish article in the legacy Windows-1254 encoding. */
  writeTurkishLegacy(name: string): Promise<string> {
    return this.write(name, iconv.encode(TURKISH_TEXT, 'windows-1254'));
  }

  writePng(name: string): Promise<string> {
    return this.write(name, Buffer.concat([PNG_HEADER, Buffer.alloc(64, 1)]));
  }

  /** A sparse file just over the 20 MB limit: instant to create, never read by the app. */
  async writeOversized(name: string): Promise<string> {
    const file = await this.write(name, '');
    await truncate(file, 20 * 1024 * 1024 + 1);
    return file;
  }

  async symlinkLoop(name: string): Promise<string> {
    const link = this.path(name);
    await mkdir(join(link, '..'), { recursive: true });
    await symlink(join(link, '..'), link);
    return link;
  }

  remove(): Promise<void> {
    return rm(this.dir, { recursive: true, force: true });
  }
}
