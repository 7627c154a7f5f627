#!/usr/bin/env node
/**
 * Builds one fixture database per earlier schema version (1–9) with the real code of that
 * version, taken from the git history, and exports each with dexie-export-import into
 * tests/fixtures/schema-versions/. Run once (`node scripts/make-schema-fixtures.mjs`); the
 * output is committed, and tests/e2e/schema-upgrade.spec.ts opens every fixture with the
 * current schema in Chromium.
 *
 * Read-only on the repository: files are read with `git show <commit>:<path>` into a temp
 * folder, never checked out. Each version's `db.ts` is bundled there with rolldown (its
 * relative imports fetched from the same commit, `dexie` from node_modules) and its
 * `SourcemarkDatabase` is constructed under fake-indexeddb with every `version(n)` above
 * the wanted one left out, so the stores and upgrades are exactly those that version's
 * app declared. Versions 5 and 6 arrived in one commit: version 5 is that commit's code
 * stopped at 5.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, normalize, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import 'fake-indexeddb/auto';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'tests/fixtures/schema-versions');
const DB_PATH = 'renderer/src/db/db.ts';
const git = (...args) =>
  execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });

/** The first commit whose db.ts declares `version(n)`: the code that introduced it. */
function commitOfVersion(n) {
  const commits = git('log', '--reverse', '--format=%H', '-S', `this.version(${n})`, '--', DB_PATH)
    .split('\n')
    .filter(Boolean);
  if (commits.length === 0) throw new Error(`No commit declares schema version ${n}`);
  return commits[0];
}

/** Writes `path` at `commit` and every file it imports relatively, into `dir`. */
function fetchTree(commit, path, dir, seen = new Set()) {
  if (seen.has(path)) return seen;
  seen.add(path);
  const source = git('show', `${commit}:${path}`);
  const target = join(dir, path);
  execFileSync('mkdir', ['-p', dirname(target)]);
  execFileSync('tee', [target], { input: source, stdio: ['pipe', 'ignore', 'inherit'] });
  for (const [, spec] of source.matchAll(/from\s+'(\.{1,2}\/[^']+)'/g)) {
    const base = normalize(join(dirname(path), spec));
    const candidates = [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`, base];
    const found = candidates.find((candidate) => {
      try {
        git('cat-file', '-e', `${commit}:${candidate}`);
        return true;
      } catch {
        return false;
      }
    });
    if (found) fetchTree(commit, found, dir, seen);
  }
  return seen;
}

/** Bundles `db.ts` of `commit` to an ES module in `dir`; answers its file URL. */
async function bundleDatabase(commit, dir) {
  fetchTree(commit, DB_PATH, dir);
  const { rolldown } = await import('rolldown');
  const bundle = await rolldown({
    input: join(dir, DB_PATH),
    external: ['dexie'],
    logLevel: 'silent',
  });
  const file = join(dir, 'db.bundle.mjs');
  await bundle.write({ file, format: 'esm' });
  await bundle.close();
  return pathToFileURL(file).href;
}

// ---- the rows each version's app stored -------------------------------------------------

const MENU = ['Accueil', 'Politique', 'Économie', 'Monde', 'Contact'];
const ARTICLES = [
  {
    name: 'a.txt',
    body: 'Le ministre a parlé de la coopération régionale.\nIl a ajouté : « un tournant ».',
  },
  { name: 'b.txt', body: 'Les échanges sur la Caspienne ont doublé en deux ans.' },
  { name: 'c.md', body: '# Un titre\n\nUn article en Markdown, sans menu de site.' },
];

/** A deterministic SHA-256-like hex id (the fixtures only need distinct, stable values). */
function fakeHash(seed) {
  let h = 2166136261;
  for (const ch of seed) h = Math.imul(h ^ ch.codePointAt(0), 16777619) >>> 0;
  return Array.from({ length: 8 }, (_, i) =>
    ((h * (i + 1)) >>> 0).toString(16).padStart(8, '0'),
  ).join('');
}

function articleRows(version) {
  return ARTICLES.map((article, i) => {
    const text =
      article.name === 'c.md'
        ? article.body
        : `${MENU.join('\n')}\n${article.body}\n${MENU.at(-1)}`;
    const id = `00000000-0000-4000-8000-00000000000${i + 1}`;
    const record = {
      id,
      title: text.split('\n')[0],
      sourcePath: `/corpus/site/${article.name}`,
      sourceName: article.name,
      format: article.name.endsWith('.md') ? 'md' : 'txt',
      sizeBytes: new TextEncoder().encode(text).length,
      modifiedAtMs: Date.UTC(2026, 0, 1 + i),
      encoding: 'UTF-8',
      language: 'fr',
      textSha256: fakeHash(text),
      textLength: text.length,
      addedAt: `2026-01-0${i + 1}T10:00:00.000Z`,
    };
    if (version >= 3) record.metadata = { bylines: [], suggestions: [] };
    const textRow = { articleId: id, text, original: text };
    if (version >= 4) {
      textRow.bodyRanges = [{ start: 0, end: text.length }];
      textRow.chromeRanges = [];
    }
    return { record, textRow };
  });
}

function annotation(id, articleId, author, text, start, end, itemId) {
  return {
    id,
    articleId,
    kind: 'span',
    itemId,
    span: { start, end },
    quote: {
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - 32), start),
      suffix: text.slice(end, end + 32),
    },
    attributes: {},
    note: '',
    author,
    codebook: { codebookId: 'sourcemark-news-default', version: 1 },
    createdAt: '2026-01-05T09:00:00.000Z',
    modifiedAt: '2026-01-05T09:00:00.000Z',
  };
}

/** Every table's rows as the app of `version` would have stored them. */
function rowsOf(version) {
  const articles = articleRows(version);
  const tables = {
    articles: articles.map((a) => a.record),
    articleTexts: articles.map((a) => a.textRow),
    settings: [{ key: 'samplesSeeded', value: true }],
  };
  if (version < 2) return tables;
  const [first, second] = articles;
  const at = (a, word) => a.textRow.text.indexOf(word);
  const own = [
    annotation(
      '10000000-0000-4000-8000-000000000001',
      first.record.id,
      'analyst-1',
      first.textRow.text,
      at(first, 'ministre'),
      at(first, 'ministre') + 8,
      'entity.person',
    ),
    annotation(
      '10000000-0000-4000-8000-000000000002',
      second.record.id,
      'analyst-1',
      second.textRow.text,
      at(second, 'Caspienne'),
      at(second, 'Caspienne') + 9,
      'entity.location',
    ),
  ];
  own[0].entityId = 'entity-1';
  const colleague = [
    annotation(
      '20000000-0000-4000-8000-000000000001',
      first.record.id,
      'colleague-1',
      first.textRow.text,
      at(first, 'tournant'),
      at(first, 'tournant') + 8,
      'technique.loaded-language',
    ),
  ];
  tables.entities = [
    { id: 'entity-1', name: 'Le ministre', aliases: ['ministre'], wikidataQid: 'Q1' },
  ];
  tables.codebookVersions = [
    {
      codebookId: 'sourcemark-news-default',
      version: 1,
      codebook: { id: 'sourcemark-news-default', items: [] },
      savedAt: '2026-01-01T00:00:00.000Z',
    },
  ];
  tables.settings.push({ key: 'analyst', value: { id: 'analyst-1', name: 'Analyst' } });
  if (version < 4) tables.annotations = [...own, ...colleague];
  else {
    tables.annotations = own;
    tables.annotationPacks = [
      { articleId: first.record.id, author: 'colleague-1', annotations: colleague },
    ];
    tables.annotationPackIds = [
      {
        articleId: first.record.id,
        author: 'colleague-1',
        annotationIds: colleague.map((row) => row.id),
      },
    ];
  }
  if (version >= 3) {
    tables.analysts = [
      { id: 'analyst-1', name: 'Analyst', role: 'self' },
      {
        id: 'colleague-1',
        name: 'Colleague',
        role: 'colleague',
        importedAt: '2026-01-06T00:00:00.000Z',
      },
    ];
    tables.comments = [
      {
        id: 'comment-1',
        annotationId: colleague[0].id,
        articleId: first.record.id,
        author: 'analyst-1',
        body: 'Loaded? Check the quote.',
        createdAt: '2026-01-07T00:00:00.000Z',
      },
    ];
    tables.articleVersions = [
      {
        articleId: second.record.id,
        version: 1,
        text: 'An earlier text.',
        textSha256: fakeHash('An earlier text.'),
        replacedAt: '2026-01-08T00:00:00.000Z',
      },
    ];
  }
  if (version >= 9) {
    // A deleted article: its rows sit in one trash row (version 10 parts its text's original
    // out of the text row, in the trash too).
    const text = 'Un article supprimé.\nSon texte reste dans la corbeille.';
    const id = '00000000-0000-4000-8000-000000000009';
    tables.trash = [
      {
        id: '30000000-0000-4000-8000-000000000001',
        kind: 'article',
        label: 'Un article supprimé.',
        deletedAt: '2026-01-09T00:00:00.000Z',
        // Far ahead: the app empties the trash of rows past this date when it starts.
        purgeAfter: '2099-01-01T00:00:00.000Z',
        rows: {
          articles: [
            {
              ...articles[0].record,
              id,
              title: 'Un article supprimé.',
              sourcePath: '/corpus/site/d.html',
              sourceName: 'd.html',
              format: 'html',
              textSha256: fakeHash(text),
              textLength: text.length,
            },
          ],
          articleTexts: [
            {
              articleId: id,
              text,
              original: `<html><body><p>${text.replace('\n', '</p><p>')}</p></body></html>`,
              pageText: `Menu\n${text}\nPied de page`,
              bodyRanges: [{ start: 0, end: text.length }],
              chromeRanges: [],
            },
          ],
        },
      },
    ];
  }
  return tables;
}

// ---- build and export -------------------------------------------------------------------

async function buildFixture(version, work) {
  const commit = commitOfVersion(version);
  const dir = join(work, `v${version}`);
  await mkdir(dir, { recursive: true });
  await symlink(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  const url = await bundleDatabase(commit, dir);
  const { Dexie } = await import('dexie');
  const module = await import(url);

  // The versions above `version` are left out: the app of that version had not written them.
  const realVersion = Dexie.prototype.version;
  const skipped = { stores: () => skipped, upgrade: () => skipped };
  Dexie.prototype.version = function (n) {
    return n > version ? skipped : realVersion.call(this, n);
  };
  const name = `sourcemark-fixture-v${version}`;
  const database = new module.SourcemarkDatabase(name);
  Dexie.prototype.version = realVersion;

  await database.open();
  const rows = rowsOf(version);
  if (version >= 5) {
    // Version 5's index, counted with that commit's own rule (`library/site-lines.ts`).
    const lines = await import(pathToFileURL(await bundleSiteLines(dir)).href);
    const pages = rows.articles.flatMap((article, i) =>
      lines.isPageDump(article.format)
        ? [
            {
              folder: lines.folderOf(article.sourcePath),
              lines: lines.siteLinesOf(rows.articleTexts[i].text),
            },
          ]
        : [],
    );
    const tally = lines.tallySitePages(pages);
    rows.siteFolders = [...tally].map(([folder, t]) => ({ folder, pages: t.pages }));
    rows.siteLines = [...tally].flatMap(([folder, t]) =>
      [...t.lines].map(([line, pages]) => ({ folder, line, pages })),
    );
  }
  await database.transaction('rw', database.tables, async () => {
    for (const [table, list] of Object.entries(rows)) await database.table(table).bulkAdd(list);
  });

  const { exportDB } = await import('dexie-export-import');
  const blob = await exportDB(database, { prettyJson: true });
  const json = JSON.parse(await blob.text());
  json.data.databaseName = 'sourcemark';
  json.sourcemark = {
    schemaVersion: version,
    commit,
    note: "Made by scripts/make-schema-fixtures.mjs with that commit's db.ts; do not edit by hand.",
  };
  database.close();
  await Dexie.delete(name);
  const file = join(OUT, `schema-v${version}.json`);
  await writeFile(file, `${JSON.stringify(json, null, 2)}\n`);
  const count = json.data.tables.reduce((sum, table) => sum + table.rowCount, 0);
  console.log(
    `schema v${version} from ${commit.slice(0, 10)}: ${json.data.tables.length} tables, ${count} rows → ${file}`,
  );
}

async function bundleSiteLines(dir) {
  const { rolldown } = await import('rolldown');
  const bundle = await rolldown({
    input: join(dir, 'renderer/src/library/site-lines.ts'),
    logLevel: 'silent',
  });
  const file = join(dir, 'site-lines.bundle.mjs');
  await bundle.write({ file, format: 'esm' });
  await bundle.close();
  return file;
}

// dexie-export-import reads `self` and reads its blobs with FileReader.readAsArrayBuffer;
// Node 20 has Blob but neither.
globalThis.self ??= globalThis;
globalThis.FileReader ??= class {
  readAsArrayBuffer(blob) {
    blob.arrayBuffer().then(
      (result) => this.onload?.({ target: { result } }),
      (error) => this.onerror?.({ target: { error } }),
    );
  }
};
await mkdir(OUT, { recursive: true });
const work = await mkdtemp(join(tmpdir(), 'sourcemark-schema-fixtures-'));
try {
  for (let version = 1; version <= 9; version += 1) await buildFixture(version, work);
} finally {
  await rm(work, { recursive: true, force: true });
}
