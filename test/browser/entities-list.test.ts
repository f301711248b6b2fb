/** The entities page as a reader uses it on a long list: a name filter, pages instead of a cut, Arabic types. */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, screenshotPath, useFixtureUi } from './browser.js';

describe.skipIf(!HAS_CHROMIUM)('the entities page in chromium', () => {
  const ui = useFixtureUi('masar-ents-');
  let page: Page;
  let url: string;
  beforeAll(() => {
    ({ page, url } = ui);
  });
  const open = (hash: string) => ui.open(hash);

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
