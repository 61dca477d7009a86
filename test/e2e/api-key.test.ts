import { describe, expect, it } from 'vitest';
import { useBrowserApp } from './browser.ts';

/*
 * The page under UTBLICK_API_KEY: static files load, the API answers 401, the page asks for the key
 * once (several requests start together), keeps it for the tab and works; and the CSP the server
 * sends lets the page run without a single violation.
 */
const key = 'sidans-nyckel-42';
const session = useBrowserApp({ app: { config: { apiKey: key } }, actionTimeout: 45_000, startTimeout: 300_000 });

describe('the page with an API key', () => {
  it('asks for the key once, keeps it for the tab, and runs under the CSP', async () => {
    const page = await session.newPage();
    const prompts: string[] = [];
    // Script errors fail the test through useBrowserApp; CSP refusals only reach the console.
    const problems: string[] = [];
    page.on('dialog', (dialog) => {
      prompts.push(dialog.message());
      void dialog.accept(key);
    });
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) problems.push(message.text());
    });
    await page.goto(session.url);
    await page.waitForSelector('body[data-filters="loaded"]');
    expect(prompts).toHaveLength(1);
    expect(prompts[0]).toMatch(/API-nyckel/);
    expect(await page.evaluate(() => sessionStorage.getItem('utblick-api-key'))).toBe(key);
    expect(await page.locator('#filter-regions input').count()).toBeGreaterThan(0);

    await page.reload();
    await page.waitForSelector('body[data-filters="loaded"]');
    expect(prompts).toHaveLength(1);
    expect(problems).toEqual([]);
  }, 120_000);
});
