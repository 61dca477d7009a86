import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { askInChat as ask, screenshotPath, useBrowserApp } from './browser.ts';

// Real browser against the real app on the seed corpus. Two-core CI machines: every wait is generous
// and waits for a selector or state, never for a fixed time.
// 90 s: both browser suites may run at once on two shared cores, each with its own app and index.
const actionTimeout = 90_000;
const testTimeout = 240_000;

// Generic questions about topics every seed report discusses; chosen by reading the corpus, not the eval set.
const broadQuestion = 'Hur arbetar regionerna med digitala vårdmöten och egenmonitorering?';
const municipalQuestion = 'Hur samverkar kommunerna med regionen kring hemsjukvården?';

const session = useBrowserApp({ actionTimeout, startTimeout: 300_000 });

async function openPage(viewport = { width: 1280, height: 900 }): Promise<Page> {
  const page = await session.newPage(await session.newContext({ viewport }));
  await page.goto(session.url);
  await page.waitForSelector('body[data-filters="loaded"]');
  // The page opens on the coverage map (views.test.ts); this suite is about the chat.
  await page.locator('#tab-chat').click();
  return page;
}

async function chooseRegions(page: Page, regions: string[]): Promise<void> {
  if ((await page.locator('#filter-panel').getAttribute('open')) === null) await page.locator('#filter-panel > summary').click();
  for (const region of regions) await page.locator(`#filter-regions input[type="checkbox"][value="${region}"]`).check();
}

async function regionNames(page: Page): Promise<string[]> {
  return page.locator('#filter-regions input[type="checkbox"]').evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).value));
}

function expectKindSwedishMessage(text: string | null): void {
  expect(text ?? '').toMatch(/[a-zåäö]{3,}/i);
  expect(text ?? '').not.toMatch(/\bat\s+\S+\s*\(|Error:|stack|undefined|\[object/i);
}

describe('Utblick i en riktig webbläsare', () => {
  it('visar sidan på svenska och säger till när reservinbäddaren används', { timeout: testTimeout }, async () => {
    const page = await openPage();
    expect(await page.locator('html').getAttribute('lang')).toBe('sv');
    await expect.poll(() => page.locator('#service-notice').isVisible()).toBe(true);
    expect(await page.locator('#service-notice').textContent()).toContain('reservinbäddaren');
    expect((await regionNames(page)).length).toBeGreaterThan(1);
  });

  it('besvarar en fråga med källhänvisningar och visar källan med den citerade meningen markerad', { timeout: testTimeout }, async () => {
    const page = await openPage();
    await ask(page, broadQuestion);
    const answer = page.locator('.turn .answer').last();
    await expect.poll(() => answer.getAttribute('class')).not.toContain('unanswerable');
    const markers = answer.locator('.answer-body .cite');
    expect(await markers.count()).toBeGreaterThan(0);
    expect(await markers.first().textContent()).toMatch(/^\[\d+\]$/);

    await markers.first().click();
    const dialog = page.locator('#source-view');
    await dialog.waitFor({ state: 'visible' });
    await page.locator('#source-view mark').first().waitFor({ state: 'visible' });
    await expect.poll(() => page.locator('#source-body').getAttribute('aria-busy')).toBe('false');
    expect(await dialog.getAttribute('aria-labelledby')).toBe('source-title');
    expect(await page.locator('#source-view .source-meta').textContent()).toMatch(/Rapport.*Region.*Sida.*Tema/s);
    await page.screenshot({ path: await screenshotPath('answer-with-source.png') });

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    // Focus goes back to the [n] that opened the source.
    expect(await page.evaluate(() => document.activeElement?.classList.contains('cite'))).toBe(true);

    // A follow-up carries the previous turn as history, and the conversation keeps both answers.
    const sent: { history?: { role: string; content: string }[] }[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/api/ask')) sent.push(request.postDataJSON());
    });
    await ask(page, 'Och hur ser det ut i Dalarna?');
    expect(sent[0]?.history?.map((turn) => turn.role)).toEqual(['user', 'assistant']);
    expect(sent[0]?.history?.[0]?.content).toBe(broadQuestion);
    expect(await page.locator('.turn').count()).toBe(2);
  });

  it('filtrerar på region: chip syns och alla källor kommer från regionen', { timeout: testTimeout }, async () => {
    const page = await openPage();
    await chooseRegions(page, ['Dalarna']);
    const chip = page.locator('#active-filters .chip');
    await chip.first().waitFor({ state: 'visible' });
    expect(await chip.allTextContents()).toEqual([expect.stringContaining('Dalarna')]);

    const sent: unknown[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/api/ask')) sent.push(request.postDataJSON());
    });
    await ask(page, municipalQuestion);
    expect(sent).toEqual([expect.objectContaining({ filters: { regions: ['Dalarna'] } })]);
    const sourceRegions = await page.locator('.turn .answer').last().locator('.source-list li').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.region));
    expect(sourceRegions.length).toBeGreaterThan(0);
    expect(new Set(sourceRegions)).toEqual(new Set(['Dalarna']));

    // Clearing is one click and empties the chip row.
    await page.locator('#clear-filters').click();
    await chip.first().waitFor({ state: 'detached' });
  });

  it('jämför regioner: en rad per region i urvalet, och urvalet följer filtret', { timeout: testTimeout }, async () => {
    const page = await openPage();
    const all = await regionNames(page);
    await page.locator('#tab-compare').click();
    const themeValue = await page.locator('#matrix-theme option').nth(1).evaluate((option) => (option as HTMLOptionElement).value);
    await page.locator('#matrix-theme').selectOption(themeValue);
    // A theme brings its default questions as columns.
    expect(await page.locator('.matrix-column').count()).toBe(3);
    await page.locator('#matrix-submit').click();
    await page.locator('.matrix-row').first().waitFor();
    expect(await page.locator('.matrix-row').evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.region))).toEqual(all);
    expect(await page.locator('.compare-matrix thead th').count()).toBe(4);
    // Every cell says its state in words.
    for (const cell of await page.locator('.matrix-row td').all()) expect(await cell.locator('.state').textContent()).toMatch(/Belägg|Nämns bara|Inga belägg/);
    expect(await page.locator('.compare-matrix .cite').count()).toBeGreaterThan(0);

    // Narrow the scope with the region filter: the matrix follows it.
    const scope = all.slice(0, 2);
    await chooseRegions(page, scope);
    await page.locator('#matrix-submit').click();
    await page.waitForFunction((count) => document.querySelectorAll('.matrix-row').length === count && document.getElementById('matrix-output')?.getAttribute('aria-busy') === 'false', scope.length);
    expect(await page.locator('.matrix-row').evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.region))).toEqual(scope);
  });

  it('sammanfattar ett tema och laddar ner det som Markdown', { timeout: testTimeout }, async () => {
    const page = await openPage();
    await page.locator('#tab-summary').click();
    const themeValue = await page.locator('#summary-theme option').nth(1).evaluate((option) => (option as HTMLOptionElement).value);
    await page.locator('#summary-theme').selectOption(themeValue);
    await page.locator('#summary-submit').click();
    await page.locator('.summary-document').waitFor();
    expect(await page.locator('.summary-document h3, .summary-document h4').count()).toBeGreaterThan(0);
    await page.screenshot({ path: await screenshotPath('summary.png'), fullPage: true });

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ladda ner .md' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^sammanfattning-[a-z0-9-]+\.md$/);
    const content = await readFile(await download.path(), 'utf8');
    expect(content).toMatch(/^#{1,6} \S/);
  });

  it('ger vänliga felmeddelanden för tom och för lång fråga utan att fråga servern', { timeout: testTimeout }, async () => {
    const page = await openPage();
    let requests = 0;
    page.on('request', (request) => {
      if (request.url().endsWith('/api/ask')) requests += 1;
    });
    const error = page.locator('#ask-error');

    await page.locator('#question').fill('   ');
    await page.locator('#question').press('Enter');
    await error.waitFor({ state: 'visible' });
    expectKindSwedishMessage(await error.textContent());
    expect(await error.textContent()).toContain('fråga');
    expect(await page.locator('#question').getAttribute('aria-invalid')).toBe('true');

    await page.locator('#question').fill('Hur fungerar mobila team? '.repeat(50));
    await page.locator('#question').press('Enter');
    await expect.poll(() => error.textContent()).toContain('för lång');
    expectKindSwedishMessage(await error.textContent());
    expect(requests).toBe(0);

    // Shift+Enter is a newline, not a send.
    await page.locator('#question').fill('Rad ett');
    await page.locator('#question').press('Shift+Enter');
    expect(await page.locator('#question').inputValue()).toBe('Rad ett\n');
    expect(requests).toBe(0);
  });

  it('visar serverns felmeddelande, aldrig en stackspårning', { timeout: testTimeout }, async () => {
    const page = await openPage();
    // Only the browser's view of /api/ask is replaced: the page must show error.message as the API sends it.
    await page.route('**/api/ask', (route) =>
      route.fulfill({ status: 400, contentType: 'application/json', body: JSON.stringify({ error: { code: 'BAD_REQUEST', message: 'Frågan får vara högst 1000 tecken.' } }) }),
    );
    await page.locator('#question').fill('Hur arbetar man med fast läkarkontakt?');
    await page.locator('#question').press('Enter');
    await expect.poll(() => page.locator('#ask-error').textContent()).toBe('Frågan får vara högst 1000 tecken.');
    // The question stays so it can be corrected.
    expect(await page.locator('#question').inputValue()).toBe('Hur arbetar man med fast läkarkontakt?');

    await page.unroute('**/api/ask');
    await page.route('**/api/ask', (route) =>
      route.fulfill({ status: 500, contentType: 'application/json', body: JSON.stringify({ error: { code: 'INTERNAL', message: 'Ett oväntat fel inträffade.\n    at answer (src/answer/answer-question.ts:12:3)' } }) }),
    );
    await page.locator('#question').press('Enter');
    await expect.poll(() => page.locator('#ask-error').textContent()).toBe('Ett oväntat fel inträffade.');
    expect(await page.locator('#ask-spinner').isHidden()).toBe(true);
  });

  it('Markdown-renderaren visar rapporttext som text, aldrig som HTML', { timeout: testTimeout }, async () => {
    const page = await openPage();
    // A string, not a function: vitest would rewrite a dynamic import() inside a function body.
    const script = `(async () => {
      const { renderMarkdown } = await import(new URL('markdown.js', document.baseURI).href);
      const host = document.createElement('div');
      const citation = { n: 1, passageId: 'p1', reportId: 'r1', reportTitle: 'Rapport', region: 'Dalarna', page: 3, theme: { id: 't', label: 'Tema' }, excerpt: '**x**' };
      host.append(renderMarkdown('## Rubrik\\n\\nText <img src=x onerror="window.hacked=1"> med **fet** stil [1] och [9].\\n\\n- punkt ett\\n- punkt två\\n\\n1. först', {
        resolveCitation: (n) => (n === 1 ? citation : null),
      }));
      return {
        html: host.innerHTML,
        images: host.querySelectorAll('img').length,
        heading: host.querySelector('h3')?.textContent,
        bold: host.querySelector('strong')?.textContent,
        cites: Array.from(host.querySelectorAll('.cite'), (node) => node.textContent),
        bullets: host.querySelectorAll('ul > li').length,
        numbered: host.querySelectorAll('ol > li').length,
      };
    })()`;
    const rendered = (await page.evaluate(script)) as {
      html: string;
      images: number;
      heading: string | undefined;
      bold: string | undefined;
      cites: string[];
      bullets: number;
      numbered: number;
    };
    expect(rendered.images).toBe(0);
    expect(rendered.html).toContain('&lt;img');
    expect(rendered.heading).toBe('Rubrik');
    expect(rendered.bold).toBe('fet');
    // [9] has no citation behind it, so it stays plain text instead of becoming a dead button.
    expect(rendered.cites).toEqual(['[1]']);
    expect(rendered.html).toContain('[9]');
    expect([rendered.bullets, rendered.numbered]).toEqual([2, 1]);
  });

  it('fungerar på en smal skärm (360 px)', { timeout: testTimeout }, async () => {
    const page = await openPage({ width: 360, height: 780 });
    await ask(page, broadQuestion);
    await page.locator('.turn .answer .cite').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.screenshot({ path: await screenshotPath('narrow.png'), fullPage: true });
  });
});
