import { describe, expect, it } from 'vitest';
import { htmlToText } from './html-to-text';

describe('htmlToText: what is text', () => {
  const hostile = `<!doctype html>
<html lang="fr-FR"><head>
  <title>  Une page
     sauvegardée </title>
  <meta property="og:title" content="Titre Open Graph">
  <script>window.__pwned = true; document.write("SCRIPT-TEXT")</script>
  <style>body { color: red } .STYLE-TEXT {}</style>
  <link rel="stylesheet" href="https://example.invalid/x.css">
</head>
<body onload="alert('ONLOAD-TEXT')">
  <noscript>NOSCRIPT-TEXT</noscript>
  <template><p>TEMPLATE-TEXT</p></template>
  <iframe src="javascript:alert(1)">IFRAME-TEXT</iframe>
  <svg><text>SVG-TEXT</text><script>SVG-SCRIPT</script></svg>
  <p onclick="alert('HANDLER-TEXT')">Le texte de la page, <a href="javascript:alert('HREF-TEXT')">avec un lien</a>.</p>
  <img src="x" onerror="alert('ONERROR-TEXT')" alt="ALT-TEXT">
  <button onclick="x()">BUTTON-TEXT</button><textarea>TEXTAREA-TEXT</textarea>
  <script type="module">import("https://example.invalid/MODULE-TEXT.js")</script>
</body></html>`;

  it('keeps the words and nothing of scripts, styles, frames, SVG, templates or handlers', () => {
    const page = htmlToText(hostile);
    expect(page.text).toBe('Le texte de la page, avec un lien.');
    expect(page.text).not.toMatch(/TEXT|alert|javascript|pwned|color/);
  });

  it('returns the title (whitespace collapsed) and the lang attribute', () => {
    expect(htmlToText(hostile)).toMatchObject({ title: 'Une page sauvegardée', lang: 'fr-FR' });
  });

  it('falls back to og:title without a <title>, and reports the first h1', () => {
    const page = htmlToText(
      '<meta name="og:title" content=" Titre  social "><h1>Le <em>titre</em></h1><h1>Autre</h1><p>x</p>',
    );
    expect(page).toMatchObject({ title: 'Titre social', heading: 'Le titre', lang: undefined });
  });

  it('decodes named and numeric entities', () => {
    expect(
      htmlToText(
        '<p>Caf&eacute; &amp; th&#233; &#x1F600; &lt;b&gt; &laquo;&nbsp;citation&nbsp;&raquo;</p>',
      ).text,
    ).toBe('Café & thé 😀 <b> «\u00a0citation\u00a0»');
  });

  it('reads a page with no <head> or <body>, and text after a head that is never closed', () => {
    expect(htmlToText('<head><title>T</title><p>Premier.</p><p>Second.</p>').text).toBe(
      'Premier.\n\nSecond.',
    );
  });
});

describe('htmlToText: layout', () => {
  it('puts paragraphs apart by one blank line and line elements on their own lines', () => {
    const html =
      '<article><h1>Titre</h1><p>Un   paragraphe\n  sur deux lignes.</p>' +
      '<div>Ligne A</div><div>Ligne B</div><ul><li>un</li><li>deux</li></ul>' +
      '<blockquote>Citation</blockquote></article><footer>Pied</footer>';
    expect(htmlToText(html).text).toBe(
      'Titre\n\nUn paragraphe sur deux lignes.\n\nLigne A\nLigne B\n\nun\ndeux\n\nCitation\n\nPied',
    );
  });

  it('breaks lines at <br>, and two <br> make one blank line, never more', () => {
    expect(htmlToText('<p>a<br>b<br><br>c<br><br><br><br>d</p>').text).toBe('a\nb\n\nc\n\nd');
  });

  it('keeps inline elements inside the line, with the spaces the source has', () => {
    expect(
      htmlToText('<p>Le <b>ministre</b><i>s</i> a <a href="#">dit</a> : « non ».</p>').text,
    ).toBe('Le ministres a dit : « non ».');
  });

  it('separates table cells by tabs and rows by lines', () => {
    expect(
      htmlToText(
        '<table><tr><th>Pays</th><th>Taux</th></tr><tr><td>AZ</td><td>3 %</td></tr></table>',
      ).text,
    ).toBe('Pays\tTaux\nAZ\t3 %');
  });

  it('keeps preformatted text as written, cutting only runs of blank lines', () => {
    expect(
      htmlToText('<p>Avant</p><pre>  ligne 1\n    ligne 2\n\n\n\nfin</pre><p>Après</p>').text,
    ).toBe('Avant\n\n  ligne 1\n    ligne 2\n\nfin\n\nAprès');
  });

  it('gives empty text for a page with nothing readable', () => {
    expect(
      htmlToText('<html><head><title>Seul</title><script>x()</script></head><body> </body></html>'),
    ).toMatchObject({
      text: '',
      title: 'Seul',
    });
  });
});

describe('htmlToText: bounded on hostile input', () => {
  it('skips a 10 MB data: URI in an attribute quickly', () => {
    const html = `<p>avant <img src="data:image/png;base64,${'A'.repeat(10_000_000)}"> après</p>`;
    const started = performance.now();
    const page = htmlToText(html);
    expect(performance.now() - started).toBeLessThan(3000);
    expect(page.text).toBe('avant après');
  });

  it('stays linear on a million unclosed elements (htmlparser2 alone is quadratic there)', () => {
    const html = `${'<div>'.repeat(1_000_000)}fond${'</span>'.repeat(200_000)}`;
    const started = performance.now();
    const page = htmlToText(html);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(page.text).toBe('fond');
  });

  it('still drops script text found after the nesting limit restarted the parse', () => {
    const html = `${'<b>'.repeat(2000)}texte<script>SCRIPT-TEXT</script> suite`;
    expect(htmlToText(html).text).toBe('texte suite');
  });
});
