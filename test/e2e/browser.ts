import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { startApp, type RunningApp, type StartAppOptions } from './start-app.ts';

export const chromiumPath = process.env.UTBLICK_E2E_CHROMIUM ?? '/usr/bin/chromium';
export const screenshotDir = fileURLToPath(new URL('../../test-output/e2e/', import.meta.url));

// Flags: no sandbox (containers), no GPU (CI), and no background traffic since machines have no internet.
const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launches Debian's chromium; a missing browser is a failure with instructions, never a silent skip. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium saknas på ${chromiumPath}: webbläsartesterna kan inte köras. Installera med "apt-get install -y chromium" ` +
        '(npx playwright install fungerar inte utan internet), eller peka UTBLICK_E2E_CHROMIUM på en chromium-binär.',
    );
  }
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}

export interface BrowserApp {
  /** The app's base URL, ending in "/". */
  readonly url: string;
  /** A new context (Swedish locale, downloads allowed, plus the options given), closed after the test. */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
  /** A new page, in a new context when none is given, with the suite's wait timeout; its script errors fail the test. */
  newPage(context?: BrowserContext): Promise<Page>;
}

/**
 * The lifecycle every browser suite shares, as hooks in the calling suite: chromium and the app start
 * once (the browser first, so a missing chromium fails at once instead of after the index build), every
 * test's contexts close after it, JavaScript errors on its pages fail it, and all stops at the end.
 */
export function useBrowserApp(options: { app?: StartAppOptions; actionTimeout: number; startTimeout: number }): BrowserApp {
  let browser: Browser | undefined;
  let app: RunningApp | undefined;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    app = await startApp(options.app);
  }, options.startTimeout);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
    const errors = pageErrors.splice(0);
    expect(errors, 'JavaScript-fel på sidan').toEqual([]);
  });

  const started = () => {
    if (!browser || !app) throw new Error('Webbläsaren eller appen startade inte (se felet i beforeAll).');
    return { browser, app };
  };

  const session: BrowserApp = {
    get url() {
      return started().app.url;
    },
    async newContext(contextOptions = {}) {
      const context = await started().browser.newContext({ acceptDownloads: true, locale: 'sv-SE', ...contextOptions });
      contexts.push(context);
      return context;
    },
    async newPage(context) {
      const page = await (context ?? (await session.newContext())).newPage();
      page.setDefaultTimeout(options.actionTimeout);
      page.on('pageerror', (error) => pageErrors.push(error.message));
      return page;
    },
  };
  return session;
}

export async function screenshotPath(name: string): Promise<string> {
  await mkdir(screenshotDir, { recursive: true });
  return path.join(screenshotDir, name);
}

/**
 * Asks in the chat with Enter and waits for the answer: a new turn with an answer in it, and the log no
 * longer busy. Waits use the page's default timeout, which each suite sets for its machine.
 */
export async function askInChat(page: Page, question: string): Promise<void> {
  if ((await page.locator('#tab-chat').getAttribute('aria-selected')) !== 'true') await page.locator('#tab-chat').click();
  const before = await page.locator('.turn .answer').count();
  await page.locator('#question').fill(question);
  await page.locator('#question').press('Enter');
  await page.waitForFunction((count) => document.querySelectorAll('.turn .answer').length > count, before);
  await expect.poll(() => page.locator('#chat-log').getAttribute('aria-busy')).toBe('false');
}
