import { readFile } from 'node:fs/promises';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { askInChat as ask, screenshotPath, useBrowserApp } from './browser.ts';
import { hasMultiRegionDocs, multiRegionDocs } from './start-app.ts';

// The analyst's views in a real browser, on the seed corpus plus the multi-region pages (read from
// ../shared at test time, never copied). Questions here are our own wording, not the evaluation set's.
const actionTimeout = 90_000;
const testTimeout = 240_000;

if (!hasMultiRegionDocs) {
  console.warn(`e2e: ${multiRegionDocs} saknas – vyerna (matris, täckning, goda exempel, samtal, utskrift) testas inte på flerregionskorpusen.`);
}

describe.runIf(hasMultiRegionDocs)('analytikerns vyer på flerregionskorpusen', () => {
  const session = useBrowserApp({ app: { extraCorpus: [multiRegionDocs] }, actionTimeout, startTimeout: 400_000 });

  /** A context that may use the clipboard (the copy button is tested). */
  const newContext = () => session.newContext({ viewport: { width: 1400, height: 1000 }, permissions: ['clipboard-read', 'clipboard-write'] });

  async function openPage(context?: BrowserContext): Promise<Page> {
    const page = await session.newPage(context ?? (await newContext()));
    await page.goto(session.url);
    await page.waitForSelector('body[data-filters="loaded"]');
    await page.waitForSelector('body[data-coverage="loaded"]');
    return page;
  }

  it('öppnar med täckningskartan: region × tema, siffror vid hovring, ett klick listar avsnitten', { timeout: testTimeout }, async () => {
    const page = await openPage();
    expect(await page.locator('#view-coverage').isVisible()).toBe(true);
    const regions = await page.locator('.coverage-map tbody tr').count();
    expect(regions).toBeGreaterThanOrEqual(15);
    const themes = await page.locator('.coverage-map thead .theme-head').count();
    expect(await page.locator('.coverage-cell button').count()).toBe(regions * themes);
    // The map fits the page's width at this size: no horizontal scrolling of the grid.
    const scroll = await page.locator('.coverage-scroll').evaluate((node) => node.scrollWidth - node.clientWidth);
    expect(scroll).toBeLessThanOrEqual(1);

    // One Tab stop for the whole grid; arrow keys move between cells.
    expect(await page.locator('.coverage-cell button[tabindex="0"]').count()).toBe(1);
    await page.locator('.coverage-cell button[tabindex="0"]').focus();
    const before = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.column);
    await page.keyboard.press('ArrowRight');
    const after = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.column);
    expect(Number(after)).toBeGreaterThan(Number(before));

    const busiest = page.locator('.coverage-cell.level-4 button').first();
    const title = await busiest.getAttribute('title');
    expect(title).toMatch(/^.+, .+: \d+ avsnitt i \d+ rapport(er)?$/);
    const count = Number(await busiest.textContent());
    await busiest.hover();
    await busiest.click();
    await page.locator('.passage-list li').first().waitFor();
    expect(await page.locator('.passage-list li').count()).toBe(count);
    expect(await page.locator('.coverage-passages h3').textContent()).toBe(`${await busiest.getAttribute('data-region')} – ${title!.split(', ')[1]!.split(':')[0]}`);
    await page.screenshot({ path: await screenshotPath('coverage-map.png'), fullPage: true });

    // A listed passage opens in the source view, with a link to the original file.
    await page.locator('.passage-list li button').first().click();
    await page.locator('#source-view[open]').waitFor();
    await expect.poll(() => page.locator('#source-body').getAttribute('aria-busy')).toBe('false');
    const original = page.locator('#source-view .original-link');
    const href = await original.getAttribute('href');
    const file = await page.evaluate(async (url) => {
      const response = await fetch(url);
      return { status: response.status, type: response.headers.get('content-type'), length: (await response.text()).length };
    }, href!.replace(/#.*$/, ''));
    expect(file.status).toBe(200);
    expect(file.type).toMatch(/^(text\/(markdown|plain)|application\/pdf)/);
    expect(file.length).toBeGreaterThan(100);
  });

  it('bygger en matris med två egna frågor: en rad per region med lägen, exporterad som CSV, Word och Markdown', { timeout: testTimeout }, async () => {
    const page = await openPage();
    const regions = await page.locator('.coverage-map tbody tr').evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.region));
    await page.locator('#tab-compare').click();
    await page.locator('#matrix-column-0').fill('Hur arbetar regionen med fast läkarkontakt?');
    await page.locator('#matrix-add-column').click();
    await page.locator('#matrix-column-1').fill('Hur används digitala vårdbesök?');
    await page.locator('#matrix-submit').click();
    await page.locator('.compare-matrix .matrix-row').first().waitFor({ timeout: 180_000 });
    expect(await page.locator('.matrix-row').evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.region))).toEqual(regions);
    expect(await page.locator('.compare-matrix thead th').allTextContents()).toEqual(['Region', 'Hur arbetar regionen med fast läkarkontakt?', 'Hur används digitala vårdbesök?']);
    const states = await page.locator('.matrix-cell').evaluateAll((cells) => cells.map((cell) => (cell as HTMLElement).dataset.state));
    expect(states).toHaveLength(regions.length * 2);
    expect(new Set(states).size).toBeGreaterThanOrEqual(2);
    // The states look different, not only read differently.
    const colours = await page.locator('.matrix-cell .state').evaluateAll((badges) => new Set(badges.map((badge) => getComputedStyle(badge).backgroundColor)).size);
    expect(colours).toBe(new Set(states).size);
    await page.screenshot({ path: await screenshotPath('compare-matrix.png'), fullPage: true });

    await page.locator('.matrix-cell[data-state="evidence"] .cite').first().click();
    await page.locator('#source-view[open]').waitFor();
    await page.locator('#source-view mark, #source-view .cited').first().waitFor();
    await page.keyboard.press('Escape');

    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ladda ner CSV' }).click()]);
    expect(csv.suggestedFilename()).toMatch(/^jamforelse-[a-z0-9-]+\.csv$/);
    const lines = (await readFile(await csv.path(), 'utf8')).replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('"Region","Fråga","Läge","Text","Källor"');
    expect(lines).toHaveLength(1 + regions.length * 2);
    expect(lines.some((line) => line.includes('"Belägg"'))).toBe(true);

    const [word] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ladda ner Word (.docx)' }).click()]);
    expect(word.suggestedFilename()).toMatch(/\.docx$/);
    const { value: text } = await mammoth.extractRawText({ path: await word.path() });
    for (const region of regions.slice(0, 5)) expect(text).toContain(region);
    expect(text).toContain('Hur används digitala vårdbesök?');
    expect(text).toMatch(/Belägg/);

    const [markdown] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ladda ner Markdown' }).click()]);
    const table = await readFile(await markdown.path(), 'utf8');
    expect(table.split('\n').filter((line) => line.startsWith('| ')).length).toBe(2 + regions.length);
  });

  it('visar goda exempel från andra regioner än den egna, med åtgärd, resultat och källa', { timeout: testTimeout }, async () => {
    const page = await openPage();
    await page.locator('#tab-practice').click();
    const own = await page.locator('#practice-own option').nth(1).evaluate((option) => (option as HTMLOptionElement).value);
    await page.locator('#practice-own').selectOption(own);
    await page.locator('#practice-query').fill('hemsjukvård och mobila team');
    await page.locator('#practice-submit').click();
    await page.locator('.practice-region').first().waitFor();
    const shown = await page.locator('.practice-region').evaluateAll((sections) => sections.map((section) => (section as HTMLElement).dataset.region));
    expect(shown.length).toBeGreaterThan(0);
    expect(shown).not.toContain(own);
    expect(await page.locator('.good-practice .result-title').textContent()).toContain(own);
    expect(await page.locator('.practice-point .tag-measure').count()).toBeGreaterThan(0);
    expect(await page.locator('.practice-point .cite').count()).toBeGreaterThan(0);
    await page.screenshot({ path: await screenshotPath('good-practice.png'), fullPage: true });
  });

  it('behåller samtalet efter omladdning, listar tidigare samtal och kopierar ett svar med källor', { timeout: testTimeout }, async () => {
    const context = await newContext();
    const page = await openPage(context);
    const first = 'Hur arbetar regionerna med hembesök hos äldre?';
    await ask(page, first);
    await page.reload();
    await page.waitForSelector('body[data-filters="loaded"]');
    // With a kept conversation the page opens on it, not on the map.
    expect(await page.locator('#tab-chat').getAttribute('aria-selected')).toBe('true');
    expect(await page.locator('.turn .question').allTextContents()).toEqual([first]);
    expect(await page.locator('.turn .answer .cite').count()).toBeGreaterThan(0);

    await page.locator('.copy-answer').first().click();
    await expect.poll(() => page.locator('.answer-actions [role="status"]').first().textContent()).toContain('Kopierat');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.startsWith(`## ${first}`)).toBe(true);
    expect(copied).toMatch(/### (Källor|Närmaste avsnitt)\n\n- \[1\] /);

    await page.locator('#new-chat').click();
    const second = 'Hur ser arbetet med fast vårdkontakt ut i regionerna?';
    await ask(page, second);
    await page.locator('#conversations > summary').click();
    expect(await page.locator('.conversation-list li').count()).toBe(2);
    await page.locator('.conversation-open', { hasText: first }).click();
    expect(await page.locator('.turn .question').allTextContents()).toEqual([first]);
    await page.screenshot({ path: await screenshotPath('restored-conversation.png'), fullPage: true });

    await page.locator('.conversation-list li', { hasText: second }).locator('.conversation-delete').click();
    expect(await page.locator('.conversation-list li').count()).toBe(1);
    await page.reload();
    await page.waitForSelector('body[data-filters="loaded"]');
    expect(await page.locator('.turn .question').allTextContents()).toEqual([first]);
  });

  it('förhandsvisar utskrift med bara svaret och dess källor', { timeout: testTimeout }, async () => {
    const page = await openPage();
    await ask(page, 'Hur arbetar regionerna med fast läkarkontakt?');
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['.site-header', '.tabs', '.filters', '#ask-form', '#conversations', '.copy-answer', '.site-footer']) {
      expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    }
    expect(await page.locator('.turn .answer').isVisible()).toBe(true);
    expect(await page.locator('.turn .question').isVisible()).toBe(true);
    expect(await page.locator('.turn .sources').isVisible()).toBe(true);
    await page.screenshot({ path: await screenshotPath('print-answer.png'), fullPage: true });
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('#ask-form').isVisible()).toBe(true);
  });
});
