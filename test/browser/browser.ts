/**
 * Debian's chromium driven by playwright-core (no browser download), and an in-process masar server on
 * 127.0.0.1 with a random port. Screenshots go to test-artifacts/browser/ (gitignored).
 */
import { existsSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ServerType, serve } from '@hono/node-server';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { createApp } from '../../src/server/app.js';
import { SqliteStore } from '../../src/store/sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import { makeTempDir } from '../helpers/temp-dir.js';
import { fillStore } from '../server/fixture.js';

export const CHROMIUM = '/usr/bin/chromium';
export const HAS_CHROMIUM = existsSync(CHROMIUM);
if (!HAS_CHROMIUM)
  console.warn(`skipping browser tests: ${CHROMIUM} is absent (run scripts/setup-test-env.sh)`);

export const ARTIFACTS = fileURLToPath(new URL('../../test-artifacts/browser/', import.meta.url));

/** A fresh profile every launch (playwright's launch makes a new --user-data-dir itself). */
export function launchBrowser(): Promise<Browser> {
  const args = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
  return chromium.launch({ executablePath: CHROMIUM, args, headless: true });
}

export async function startServer(store: Store): Promise<{ url: string; server: ServerType }> {
  const app = createApp(store);
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) =>
      resolve({ url: `http://127.0.0.1:${info.port}/`, server }),
    );
  });
}

export function screenshotPath(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return join(ARTIFACTS, `${name}.png`);
}

export interface FixtureUi {
  browser: Browser;
  page: Page;
  url: string;
  /** Opens a route of the app and waits until the page says it is ready. */
  open(hash: string, page?: Page): Promise<void>;
}

/**
 * The server fixture's store (test/server/fixture.ts) served in-process and one chromium page on it (1100×900,
 * Arabic locale), set up before and torn down after the tests of the calling `describe`.
 */
export function useFixtureUi(tempPrefix: string): FixtureUi {
  let server: ServerType | undefined;
  let store: SqliteStore | undefined;
  const ui = {
    async open(hash: string, page: Page = ui.page) {
      await page.goto(`${ui.url}${hash}`);
      await page.waitForSelector(`body[data-ready="${hash}"]`);
    },
  } as FixtureUi;
  beforeAll(async () => {
    store = new SqliteStore(join(makeTempDir(tempPrefix), 'store.db'));
    fillStore(store);
    ({ url: ui.url, server } = await startServer(store));
    ui.browser = await launchBrowser();
    ui.page = await ui.browser.newPage({ viewport: { width: 1100, height: 900 }, locale: 'ar' });
  }, 60_000);
  afterAll(async () => {
    await ui.browser?.close();
    await new Promise((r) => server?.close(r));
    store?.close();
  });
  return ui;
}
