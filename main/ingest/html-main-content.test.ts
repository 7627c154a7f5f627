import { describe, expect, it } from 'vitest';
import { ingestBytes } from './ingest-bytes';

const meta = (sourceName: string) => ({
  sourcePath: `/sites/azertac/${sourceName}`,
  sourceName,
  modifiedAtMs: Date.UTC(2025, 2, 12),
});

const PARAGRAPHS = [
  'Selon le ministre, les échanges entre les deux rives de la Caspienne ont doublé en deux ans, et les ports de Bakou et d’Aktau tournent à plein.',
  '« C’est un tournant », a-t-il déclaré à la presse, en ajoutant que la coopération, déjà ancienne, se poursuivra avec de nouveaux accords.',
  'Les experts, eux, restent prudents: le corridor dépend encore des tarifs, des douanes et de la météo sur la Caspienne.',
];

const NEWS_PAGE = `<!doctype html><html lang="fr"><head>
<title>Le corridor médian gagne en importance | Le Journal</title>
<meta property="og:site_name" content="Le Journal">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2025-03-11T08:30:00+04:00">
<script>window.__pwned = 1</script>
</head><body onload="steal()">
<nav class="menu"><a href="/">Accueil</a> <a href="/monde">Monde</a> <a href="/eco">Économie</a> <a href="javascript:alert(1)">Sport</a></nav>
<div class="ticker">USD 1,70 EUR 1,85</div>
<header><h1>Le corridor médian gagne en importance</h1></header>
<div class="layout">
  <div class="story-body" id="article">
    ${PARAGRAPHS.map((p) => `<p onclick="x()">${p}</p>`).join('\n    ')}
    <iframe src="https://ads.example/frame">IFRAME-TEXT</iframe>
    <img src="data:image/png;base64,${'A'.repeat(200_000)}" onerror="alert(2)">
  </div>
  <aside class="sidebar related"><h3>À lire aussi</h3><ul>
    <li><a href="/a">Un autre article, très cliqué, sur la politique régionale</a></li>
    <li><a href="/b">Encore un article, lui aussi très cliqué, sur l’énergie</a></li>
  </ul></aside>
</div>
<footer class="footer"><p>© 2025 Le Journal. Tous droits réservés. Mentions légales, cookies, contact.</p></footer>
</body></html>`;

describe('ingestBytes: HTML main content', () => {
  it('keeps the headline and the article, not the menu, ticker, sidebar or footer', () => {
    const outcome = ingestBytes(Buffer.from(NEWS_PAGE), meta('corridor.html'));
    if (outcome.kind !== 'article') throw new Error(outcome.failure.message);
    const { article } = outcome;
    expect(article.text).toBe(
      ['Le corridor médian gagne en importance', ...PARAGRAPHS].join('\n\n'),
    );
    expect(article.text).not.toMatch(/Accueil|USD|lire aussi|Tous droits|IFRAME|alert|AAAA/);
    expect(article.original).toBe(NEWS_PAGE);
    expect(article.bodyRanges).toEqual([{ start: 0, end: article.text.length }]);
    expect(article.chromeRanges).toEqual([]);
  });

  it('reads author, date, site name and language from the meta tags', () => {
    const outcome = ingestBytes(Buffer.from(NEWS_PAGE), meta('corridor.html'));
    if (outcome.kind !== 'article') throw new Error(outcome.failure.message);
    expect(outcome.article.language).toBe('fr');
    // The site's name, which og:site_name gives, is not part of the article's title.
    expect(outcome.article.title).toBe('Le corridor médian gagne en importance');
    expect(outcome.article.metadata).toMatchObject({
      byline: 'Jane Doe',
      bylines: [{ name: 'Jane Doe', kind: 'document' }],
      publishedDate: '2025-03-11T08:30',
      outlet: { name: 'Le Journal', confidence: 'high' },
    });
  });

  it('keeps the whole page when no block of paragraphs stands out', () => {
    const html = '<html><body><div>Court.</div><ul><li>Un</li><li>Deux</li></ul></body></html>';
    const outcome = ingestBytes(Buffer.from(html), meta('court.html'));
    if (outcome.kind !== 'article') throw new Error(outcome.failure.message);
    expect(outcome.article.text).toBe('Court.\n\nUn\nDeux');
  });

  it('stays fast on deep nesting and huge attributes', () => {
    const hostile =
      '<div>'.repeat(100_000) +
      `<p title="${'x'.repeat(5_000_000)}">${PARAGRAPHS[0]}</p>` +
      '<script>'.repeat(1000);
    const started = Date.now();
    const outcome = ingestBytes(Buffer.from(hostile), meta('hostile.html'));
    expect(Date.now() - started).toBeLessThan(5_000);
    if (outcome.kind !== 'article') throw new Error(outcome.failure.message);
    expect(outcome.article.text).toBe(PARAGRAPHS[0]);
  });
});
