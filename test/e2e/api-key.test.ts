import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { createApp } from '../../src/http/create-app.ts';
import { buildSeedIndex, type SeedIndex } from '../support/seed-index.ts';
import { launchChromium } from './browser.ts';

/*
 * The page under UTBLICK_API_KEY: static files load, the API answers 401, the page asks for the key
 * once (several requests start together), keeps it for the tab and works; and the CSP the server
 * sends lets the page run without a single violation.
 */
const key = 'sidans-nyckel-42';
let browser: Browser | undefined;
let seed: SeedIndex | undefined;
let server: Server | undefined;
let url = '';

beforeAll(async () => {
  browser = await launchChromium();
  seed = await buildSeedIndex({ apiKey: key });
  server = await new Promise<Server>((resolve) => {
    const listening = createApp(seed!.deps).listen(0, '127.0.0.1', () => resolve(listening));
  });
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}, 300_000);

afterAll(async () => {
  await browser?.close();
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  await seed?.remove();
});

describe('the page with an API key', () => {
  it('asks for the key once, keeps it for the tab, and runs under the CSP', async () => {
    const context = await browser!.newContext({ locale: 'sv-SE' });
    const page = await context.newPage();
    page.setDefaultTimeout(45_000);
    const prompts: string[] = [];
    const problems: string[] = [];
    page.on('dialog', (dialog) => {
      prompts.push(dialog.message());
      void dialog.accept(key);
    });
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) problems.push(message.text());
    });
    await page.goto(url);
    await page.waitForSelector('body[data-filters="loaded"]');
    expect(prompts).toHaveLength(1);
    expect(prompts[0]).toMatch(/API-nyckel/);
    expect(await page.evaluate(() => sessionStorage.getItem('utblick-api-key'))).toBe(key);
    expect(await page.locator('#filter-regions input').count()).toBeGreaterThan(0);

    await page.reload();
    await page.waitForSelector('body[data-filters="loaded"]');
    expect(prompts).toHaveLength(1);
    expect(problems).toEqual([]);
    await context.close();
  }, 120_000);
});
