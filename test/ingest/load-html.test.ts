import { randomBytes } from 'node:crypto';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../../src/errors.ts';
import { htmlToMarkdown } from '../../src/ingest/html-markdown.ts';
import { ingestReport } from '../../src/ingest/ingest-report.ts';
import { declaredCharset, loadHtmlReport } from '../../src/ingest/load-html.ts';
import { loadQuestionBank } from '../../src/ingest/question-bank.ts';

const bank = loadQuestionBank();

/** A region's page as a content management system saves it: chrome around an article. */
function regionPage(options: { charset?: string; lang?: string; title?: string | null; main?: boolean } = {}): string {
  const { charset = 'utf-8', lang = 'sv', title = 'Nära vård i Provdal 2024 – Region Provdal', main = true } = options;
  const content = `
    <header class="article-header"><h1>Nära vård i Provdal</h1><p class="ingress">Så ställer vi om vården i länet.</p></header>
    <div class="rs_skip rsbtn"><a href="https://app.readspeaker.example/lyssna">Lyssna på sidan</a></div>
    <div class="share-buttons"><a href="https://facebook.example/dela">Dela på Facebook</a></div>
    <p>Hälsocentralerna i Åsele och Östervik har öppnat mottagningar för äldre med stora vårdbehov.
       Läs mer i <a href="https://www.provdal.se/rapport.pdf">årsrapporten<span class="sr-only"> (pdf, öppnas i nytt fönster)</span></a>.</p>
    <h2>Mobila närvårdsteam</h2>
    <p>Två mobila team besöker patienter i hemmet dygnet runt. Frågor besvaras av
       <a href="mailto:karin.holm@provdal.se">samordnaren</a> eller på <a href="tel:+46701112233">telefon</a>.</p>
    <h3>Resultat per kvartal</h3>
    <table>
      <thead><tr><th>Kvartal</th><th>Hembesök</th><th>Undvikta inläggningar</th></tr></thead>
      <tbody><tr><td>Första</td><td>412</td><td>37</td></tr><tr><td>Andra</td><td></td><td>45</td></tr></tbody>
    </table>
    <ul><li>Fler hembesök</li><li>Färre akuta inläggningar</li></ul>
    <figure><img src="team.jpg" alt="Foto: Karin Holm"><figcaption>Teamet på väg till ett hembesök.</figcaption></figure>
    <footer class="page-meta">Sidansvarig: Karin Holm. Senast uppdaterad 2024-05-02.</footer>`;
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
  <meta charset="${charset}">
  ${title ? `<title>${title}</title>` : ''}
  <meta property="og:site_name" content="Region Provdal">
  <meta name="description" content="Region Provdals arbete med nära vård.">
  <link rel="canonical" href="https://www.provdal.se/nara-vard">
  <style>.meny { color: red; }</style>
  <script>window.dataLayer = [{ sida: "Skriptets hemliga text" }];</script>
</head>
<body>
  <div id="cookie-banner"><p>Vi använder kakor för statistik.</p><button>Godkänn alla kakor</button></div>
  <div class="notice"><p>Provdal.se använder cookies. Välj Acceptera eller Neka.</p></div>
  <a class="skip" href="#innehall">Hoppa till innehållet</a>
  <header class="site"><a href="/">Region Provdal startsida</a><nav><ul><li><a href="/vard">Vård och hälsa</a></li><li><a href="/jobb">Jobba hos oss</a></li></ul></nav>
    <form action="/sok"><label>Sök på webbplatsen</label><input name="q"><button>Sök</button></form></header>
  <nav aria-label="Brödsmulor"><a href="/">Start</a> › <a href="/vard">Vård och hälsa</a></nav>
  ${main ? `<main id="innehall"><article>${content}</article></main>` : `<div class="page">${content}</div>`}
  <aside class="puffar"><p>Puff: Vaccinera dig mot influensa i höst.</p></aside>
  <iframe src="https://karta.example/inbaddning"></iframe>
  <noscript>Aktivera Javascript för att se kartan.</noscript>
  <footer class="site-footer"><p>Region Provdal, Box 100, 999 99 Provstad. Växel 010-999 00 00.</p></footer>
</body>
</html>`;
}

const chrome = [
  'Skriptets hemliga text', 'color: red', 'kakor', 'cookies', 'Hoppa till', 'startsida', 'Jobba hos oss', 'Sök på webbplatsen', 'Brödsmulor',
  'Lyssna', 'Dela på', 'nytt fönster', 'Aktivera Javascript', 'Box 100', 'Växel', 'Sidansvarig',
];
const contact = ['karin.holm', '@', 'mailto', 'tel:', '46701112233', '070', 'Foto', 'team.jpg', 'https://', 'provdal.se/'];

function refusal(bytes: Uint8Array, file = 'sida.html'): unknown {
  try {
    loadHtmlReport(bytes, file);
    return null;
  } catch (error) {
    return error;
  }
}

describe('htmlToMarkdown', () => {
  it('keeps the article and drops scripts, styles, navigation, site header and footer, cookie banners, forms and frames', () => {
    const { markdown } = htmlToMarkdown(regionPage());
    expect(markdown).toContain('Hälsocentralerna i Åsele och Östervik har öppnat mottagningar');
    expect(markdown).toContain('Så ställer vi om vården i länet.');
    expect(markdown).toContain('Teamet på väg till ett hembesök.');
    for (const text of chrome) expect(markdown, text).not.toContain(text);
    // Outside <main>, the aside is the site's, not the report's.
    expect(markdown).not.toContain('influensa');
  });

  it('without <main> or <article> still drops the chrome by element, role, name and banner wording', () => {
    const { markdown } = htmlToMarkdown(regionPage({ main: false }));
    expect(markdown).toContain('Två mobila team besöker patienter i hemmet dygnet runt.');
    for (const text of chrome) expect(markdown, text).not.toContain(text);
  });

  it('keeps the page when its wrapper names cookies or is hidden behind an open consent dialog', () => {
    const wrapped = regionPage({ main: false })
      .replace('<div class="page">', '<div class="page cookies-accepted" aria-hidden="true"><div class="inner">')
      .replace('</footer></div>', '</footer></div></div>');
    const { markdown } = htmlToMarkdown(wrapped);
    expect(markdown).toContain('Två mobila team besöker patienter i hemmet dygnet runt.');
    expect(markdown).toContain('# Nära vård i Provdal');
  });

  it('turns headings into Markdown headings, lists into items and table rows into separated cells', () => {
    const { markdown } = htmlToMarkdown(regionPage());
    const lines = markdown.split('\n');
    expect(lines).toContain('# Nära vård i Provdal');
    expect(lines).toContain('## Mobila närvårdsteam');
    expect(lines).toContain('### Resultat per kvartal');
    expect(markdown).toContain('| Kvartal | Hembesök | Undvikta inläggningar |\n| Första | 412 | 37 |\n| Andra | | 45 |');
    expect(lines.filter((line) => /^-\s+(Fler hembesök|Färre akuta inläggningar)$/.test(line))).toHaveLength(2);
  });

  it('keeps link text and drops every link target, mailto: and tel: included, and images with their alt text', () => {
    const { markdown } = htmlToMarkdown(regionPage());
    expect(markdown).toContain('Frågor besvaras av samordnaren eller på telefon.');
    expect(markdown).toContain('Läs mer i årsrapporten.');
    for (const text of contact) expect(markdown, text).not.toContain(text);
  });

  it('reads a layout table as blocks of text, not as one row of long cells', () => {
    const { markdown } = htmlToMarkdown('<table><tr><td><h2>Äldres hälsa</h2><p>Fler får hembesök.</p></td><td><p>Sidopanel om vården.</p></td></tr></table>');
    expect(markdown.split('\n\n')).toEqual(['## Äldres hälsa', 'Fler får hembesök.', 'Sidopanel om vården.']);
  });

  it('reports what the page says about itself', () => {
    const page = htmlToMarkdown(regionPage({ lang: 'en' }));
    expect(page).toMatchObject({
      title: 'Nära vård i Provdal 2024 – Region Provdal',
      firstHeading: 'Nära vård i Provdal',
      siteName: 'Region Provdal',
      description: 'Region Provdals arbete med nära vård.',
      lang: 'en',
      url: 'https://www.provdal.se/nara-vard',
    });
  });
});

describe('loadHtmlReport', () => {
  it('reads UTF-8 and declared or undeclared Windows-1252 pages with å, ä and ö intact', () => {
    const utf8 = loadHtmlReport(new Uint8Array(Buffer.from(regionPage(), 'utf8')), 'sida.html');
    expect(utf8.warnings).toEqual([]);
    const declared = new Uint8Array(iconv.encode(regionPage({ charset: 'windows-1252' }), 'windows-1252'));
    expect(declaredCharset(declared)).toBe('windows-1252');
    // "iso-8859-1" is read as its superset Windows-1252, as browsers do; so is a page that declares nothing.
    const latin = new Uint8Array(iconv.encode(regionPage({ charset: 'iso-8859-1' }), 'windows-1252'));
    const undeclared = new Uint8Array(iconv.encode(regionPage().replace('<meta charset="utf-8">', ''), 'windows-1252'));
    for (const bytes of [declared, latin, undeclared]) {
      const loaded = loadHtmlReport(bytes, 'sida.htm');
      expect(loaded.warnings).toEqual(['teckenkodning windows-1252 (inte UTF-8) avkodad']);
      expect(loaded.frontMatter.body).toBe(utf8.frontMatter.body);
    }
    expect(utf8.frontMatter.body).toContain('Åsele och Östervik');
  });

  it('takes the <title> as title, else the first h1, and the site name as region, with the canonical address', () => {
    const loaded = loadHtmlReport(new Uint8Array(Buffer.from(regionPage())), 'sida.html');
    expect(loaded.frontMatter.meta).toEqual({ title: 'Nära vård i Provdal 2024 – Region Provdal', region: 'Region Provdal', sourceUrl: 'https://www.provdal.se/nara-vard' });
    expect(loaded.frontMatter.warnings).toEqual(['region gissad från sidans webbplatsnamn: "Region Provdal"']);
    const untitled = loadHtmlReport(new Uint8Array(Buffer.from(regionPage({ title: null }))), 'sida.html');
    expect(untitled.frontMatter.meta.title).toBe('Nära vård i Provdal');
    // The title is indexed like a passage: it is redacted like one, and an address with an e-mail in it is not kept.
    const personal = regionPage({ title: 'Frågor till karin.holm@provdal.se eller 070-111 22 33' }).replace('/nara-vard', '/sok?fran=karin.holm@provdal.se');
    const redacted = loadHtmlReport(new Uint8Array(Buffer.from(personal)), 'sida.html').frontMatter.meta;
    expect(redacted.title).toBe('Frågor till [e-post] eller [telefon]');
    expect(redacted.sourceUrl).toBeUndefined();
  });

  it('reads a page in another language with a warning, and a saved page’s address from the browser’s note', () => {
    const english = loadHtmlReport(new Uint8Array(Buffer.from(regionPage({ lang: 'en' }))), 'sida.html');
    expect(english.warnings).toEqual(['sidans språk anges som "en" (inte svenska); inläst ändå']);
    expect(english.frontMatter.body).toContain('Mobila närvårdsteam');
    const saved = '<!-- saved from url=(0032)https://www.provdal.se/om-varden -->\n<html><body><p>Vården i Provdal.</p></body></html>';
    expect(loadHtmlReport(new Uint8Array(Buffer.from(saved)), 'sida.html').frontMatter.meta.sourceUrl).toBe('https://www.provdal.se/om-varden');
  });

  it('refuses empty, binary, non-HTML and chrome-only files as REPORT_UNREADABLE naming the file', () => {
    const cases: [Uint8Array, RegExp][] = [
      [new Uint8Array(), /tom/],
      [new Uint8Array(randomBytes(20_000)), /binära data/],
      [new Uint8Array(Buffer.from('Bara vanlig text om vården, inga taggar alls.\n')), /ingen webbsida/],
      [new Uint8Array(Buffer.from('{"titel": "Nära vård", "år": 2024}')), /ingen webbsida/],
      [new Uint8Array(Buffer.from('<html><head><script>var a = 1;</script></head><body><nav><a href="/">Start</a></nav></body></html>')), /ingen text/],
    ];
    for (const [bytes, reason] of cases) {
      const error = refusal(bytes, 'trasig.html');
      expect(isAppError(error) && error.code).toBe('REPORT_UNREADABLE');
      expect((error as Error).message).toMatch(/^trasig\.html: /);
      expect((error as Error).message).toMatch(reason);
    }
  });

  it('reads a large page', () => {
    const paragraphs = Array.from({ length: 4000 }, (_, index) => `<div class="block"><p>Avsnitt ${index + 1}: vårdcentralen ökade antalet hembesök.</p></div>`).join('\n');
    const loaded = loadHtmlReport(new Uint8Array(Buffer.from(`<html><body><main>${paragraphs}</main></body></html>`)), 'stor.html');
    expect(loaded.frontMatter.body).toContain('Avsnitt 4000: vårdcentralen ökade antalet hembesök.');
  });
});

describe('ingestReport with a web page', () => {
  it('gives passages under the page’s headings, the page title as report title, and no contact data', async () => {
    const bytes = new Uint8Array(iconv.encode(regionPage({ charset: 'windows-1252' }), 'windows-1252'));
    const { report, passages, cleanedText } = await ingestReport('regionens-sida.html', bytes, undefined, bank);
    expect(report).toMatchObject({ id: 'regionens-sida', title: 'Nära vård i Provdal 2024 – Region Provdal', region: 'Region Provdal', year: 2024, kind: 'report', pageCount: null, sourceUrl: 'https://www.provdal.se/nara-vard' });
    const team = passages.find((passage) => passage.text.includes('Två mobila team'));
    expect(team?.headingPath).toContain('Mobila närvårdsteam');
    expect(passages.some((passage) => passage.headingPath.includes('Resultat per kvartal') && passage.text.includes('Första | 412 | 37'))).toBe(true);
    for (const text of [...chrome, ...contact]) expect(cleanedText, text).not.toContain(text);
  });
});
