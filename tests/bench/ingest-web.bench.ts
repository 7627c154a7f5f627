/**
 * Ingestion of realistic web material: 500 saved news pages (~60 KB each: head with meta
 * tags and scripts, menus, tickers, article, sidebar, footer) and 500 text dumps of such
 * pages (menus and tickers around the article, as copied from a browser), each through
 * the full pipeline (main-content pick, chrome detection, metadata). Each set is ingested
 * in `SM_BENCH_RUNS` rounds (default 3; median, min, max). A file refused is listed under
 * `problems`, not thrown. Prints readable figures, then one JSON line
 * `{"benchmarks":{"ingest-web":{…}}}`. The HTML pages are also read through the HTML
 * worker pool, as a folder import reads them (`htmlPool`).
 */
import { ingestBytes } from '../../main/ingest/ingest-bytes';
import { MAX_HTML_WORKERS } from '../../main/ingest/html/html-runner';
import { readThroughPool, startHtmlPool } from './html-pool';
import { atLeast, benchRuns, capped, printResults, summarise } from './report';

const PAGES = 500;
/**
 * Issue 12's speed target: "HTML ingestion stays above 50 pages/s in the benchmark" (this
 * one; it read 381/s before Readability), as a folder import reads pages: through the pool.
 */
const HTML_PAGES_PER_SECOND = 50;
const RUNS = benchRuns();
const MB = 1024 * 1024;

const SENTENCES = [
  'Selon le ministre, les échanges entre les deux rives de la Caspienne ont doublé en deux ans.',
  '« C’est un tournant », a-t-il déclaré à la presse, en ajoutant que la coopération se poursuivra.',
  'Les experts restent prudents: le corridor dépend encore des tarifs, des douanes et de la météo.',
  'Le port de Bakou a traité un volume record de conteneurs, d’après les chiffres publiés mardi.',
];

function paragraph(i: number, length: number): string {
  const parts: string[] = [];
  for (let k = 0; parts.join(' ').length < length; k++) parts.push(SENTENCES[(i + k) % 4]!);
  return parts.join(' ');
}

function page(i: number): string {
  const menu = Array.from({ length: 40 }, (_, k) => `<li><a href="/s/${k}">Rubrique ${k}</a></li>`);
  const body = Array.from({ length: 12 }, (_, k) => `<p>${paragraph(i + k, 400)}</p>`);
  const related = Array.from(
    { length: 15 },
    (_, k) => `<li><a href="/a/${k}">Titre lié numéro ${k} sur la région</a></li>`,
  );
  return `<!doctype html><html lang="fr"><head><title>Article ${i} | Le Journal</title>
<meta property="og:site_name" content="Le Journal"><meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2025-03-11T08:30:00Z">
<script>${'var x = 1;'.repeat(2000)}</script><style>${'.a{color:red}'.repeat(1000)}</style></head>
<body><nav class="menu"><ul>${menu.join('')}</ul></nav><div class="ticker">USD 1,70 EUR 1,85</div>
<header><h1>Le corridor médian, épisode ${i}</h1></header>
<div class="layout"><article class="story">${body.join('\n')}</article>
<aside class="related"><ul>${related.join('')}</ul></aside></div>
<footer class="footer"><p>© 2025 Le Journal. Tous droits réservés.</p></footer>
<img src="data:image/png;base64,${'A'.repeat(20_000)}"></body></html>`;
}

function dump(i: number): string {
  const menu = Array.from({ length: 30 }, (_, k) => `Rubrique ${k}`);
  const body = Array.from({ length: 12 }, (_, k) => paragraph(i + k, 400));
  const related = Array.from({ length: 15 }, (_, k) => `Titre lié numéro ${k} sur la région`);
  return [
    ...menu,
    'USD 1,70 EUR 1,85',
    `Bakou, 11 mars, AZERTAC`,
    ...body,
    'Lire aussi',
    ...related,
    '© 2025 Le Journal. Tous droits réservés.',
  ].join('\n\n');
}

const problems = new Set<string>();

/** One round over `files`: articles per second and the peak RSS sampled. */
function round(files: Buffer[], extension: string) {
  let rss = process.memoryUsage().rss;
  const started = performance.now();
  for (const [i, bytes] of files.entries()) {
    const outcome = ingestBytes(bytes, {
      sourcePath: `/bench/le-journal/${i}${extension}`,
      sourceName: `${i}${extension}`,
      modifiedAtMs: Date.UTC(2025, 2, 12),
    });
    if (outcome.kind !== 'article') problems.add(`${i}${extension}: ${outcome.failure.message}`);
    if (i % 25 === 0) rss = Math.max(rss, process.memoryUsage().rss);
  }
  const seconds = (performance.now() - started) / 1000;
  return {
    articlesPerSecond: files.length / seconds,
    rss: Math.max(rss, process.memoryUsage().rss),
  };
}

function run(name: string, files: Buffer[], extension: string) {
  const rounds = Array.from({ length: RUNS }, () => round(files, extension));
  const megabytes = files.reduce((sum, file) => sum + file.length, 0) / MB;
  const figures = {
    articles: files.length,
    megabytes: Math.round(megabytes * 10) / 10,
    articlesPerSecond: summarise(
      rounds.map((r) => r.articlesPerSecond),
      0,
    ),
    peakRssMb: Math.round(Math.max(...rounds.map((r) => r.rss)) / MB),
  };
  const speed = figures.articlesPerSecond;
  console.log(
    `${name}: ${figures.articles} files, ${figures.megabytes} MB, ${speed.median} articles/s ` +
      `(median of ${RUNS}, ${speed.min}–${speed.max}), peak RSS ${figures.peakRssMb} MB`,
  );
  return figures;
}

/**
 * The pages as a folder import reads them in the app: through the HTML worker pool, two
 * files in flight; peak RSS of the whole process (workers included) sampled meanwhile.
 */
async function runPool(files: Buffer[]) {
  const requests = files.map((bytes, i) => ({
    bytes,
    meta: {
      sourcePath: `/bench/le-journal/${i}.html`,
      sourceName: `${i}.html`,
      modifiedAtMs: Date.UTC(2025, 2, 12),
    },
  }));
  const pool = await startHtmlPool(requests.slice(0, 2 * MAX_HTML_WORKERS));
  let rss = process.memoryUsage().rss;
  const sampler = setInterval(() => (rss = Math.max(rss, process.memoryUsage().rss)), 25);
  const rates: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    const outcomes = await readThroughPool(pool, requests);
    rates.push(files.length / ((performance.now() - started) / 1000));
    for (const [i, outcome] of outcomes.entries()) {
      if (outcome.kind !== 'article') problems.add(`pool ${i}.html: ${outcome.failure.message}`);
    }
  }
  clearInterval(sampler);
  await pool.close();
  const figures = {
    workers: MAX_HTML_WORKERS,
    articlesPerSecond: summarise(rates, 0),
    peakRssMb: Math.round(rss / MB),
  };
  const speed = figures.articlesPerSecond;
  console.log(
    `html pages, ${MAX_HTML_WORKERS} workers: ${speed.median} articles/s ` +
      `(median of ${RUNS}, ${speed.min}–${speed.max}), peak RSS ${figures.peakRssMb} MB`,
  );
  return figures;
}

const html = Array.from({ length: PAGES }, (_, i) => Buffer.from(page(i)));
const text = Array.from({ length: PAGES }, (_, i) => Buffer.from(dump(i)));
const web = run('html pages', html, '.html');
const dumps = run('text dumps', text, '.txt');
const pooled = await runPool(html);
for (const problem of [...problems].slice(0, 10)) console.log(`problem: ${problem}`);
printResults('ingest-web', {
  html: web,
  htmlPool: pooled,
  text: dumps,
  targets: { htmlPagesPerSecond: atLeast(pooled.articlesPerSecond.median, HTML_PAGES_PER_SECOND) },
  problems: capped([...problems]),
});
