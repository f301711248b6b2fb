/** The entities page as a reader uses it on a long list: a name filter, pages instead of a cut, Arabic types. */
import { join } from 'node:path';
import type { ServerType } from '@hono/node-server';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqliteStore } from '../../src/store/sqlite-store.js';
import { makeTempDir } from '../helpers/temp-dir.js';
import { fillStore } from '../server/fixture.js';
import { HAS_CHROMIUM, launchBrowser, screenshotPath, startServer } from './browser.js';

describe.skipIf(!HAS_CHROMIUM)('the entities page in chromium', () => {
  let browser: Browser;
  let server: ServerType;
  let store: SqliteStore;
  let url: string;
  let page: Page;

  beforeAll(async () => {
    store = new SqliteStore(join(makeTempDir('masar-ents-'), 'store.db'));
    fillStore(store);
    ({ url, server } = await startServer(store));
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1100, height: 900 }, locale: 'ar' });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => server?.close(r));
    store?.close();
  });

  const open = async (hash: string) => {
    await page.goto(`${url}${hash}`);
    await page.waitForSelector(`body[data-ready="${hash}"]`);
  };

  it('filters by a spelling variant of a name typed in the form, and keeps it in the address', async () => {
    await open('#/entities');
    await page.fill('.entity-filter input', 'استانا');
    await page.press('.entity-filter input', 'Enter');
    await page.waitForSelector('body[data-ready^="#/entities?q="]');
    await page.screenshot({ path: screenshotPath('entities-filter'), fullPage: true });
    expect(
      await page.$$eval('table.entities tbody td[dir="ltr"]', (tds) => tds.map((t) => t.textContent)),
    ).toEqual(['Astana']);
  });

  it('names a place «مكان» in the type column, its code beside it', async () => {
    await open(`#/entities?q=${encodeURIComponent('استانا')}`);
    expect(await page.textContent('table.entities tbody td:nth-child(3)')).toBe('مكان LOC');
  });

  it('says which rows a later page shows rather than cutting the list silently', async () => {
    const { total } = await (await fetch(`${url}api/entities`)).json();
    await open('#/entities?offset=1');
    expect([
      await page.textContent('.pager'),
      await page.$$eval('table.entities tbody tr', (rows) => rows.length),
    ]).toEqual([`2–${total} of ${total}`, total - 1]);
  });
});
