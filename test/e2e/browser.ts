import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect } from 'vitest';

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
