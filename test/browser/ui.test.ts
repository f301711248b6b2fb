import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE_TITLE } from '../server/fixture.js';
import { HAS_CHROMIUM, screenshotPath, useFixtureUi } from './browser.js';

describe.skipIf(!HAS_CHROMIUM)('web UI in chromium', () => {
  const ui = useFixtureUi('masar-ui-');
  let page: Page;
  const pageErrors: string[] = [];
  const dialogs: string[] = [];

  beforeAll(() => {
    page = ui.page;
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
  });
  const open = (hash: string) => ui.open(hash);

  it('loads the timeline right to left', async () => {
    await open('#/');
    await page.screenshot({ path: screenshotPath('timeline'), fullPage: true });
    expect([await page.getAttribute('html', 'dir'), await page.textContent('h1')]).toEqual([
      'rtl',
      'الخط الزمني Timeline',
    ]);
  });

  it('shows each event with its status: the Geneva meeting of next week as planned', async () => {
    await open('#/');
    const geneva = page.locator('li.event', { hasText: 'جنيف' });
    expect(await geneva.locator('.badge').textContent()).toBe('مقرر planned');
  });

  it('searches from the header and highlights every spelling', async () => {
    await open('#/');
    await page.fill('#quick-search input', 'أستانة');
    await page.press('#quick-search input', 'Enter');
    await page.waitForSelector('body[data-ready^="#/search"]');
    await page.screenshot({ path: screenshotPath('search'), fullPage: true });
    const marks = await page.$$eval('.snippet mark', (els) => els.map((e) => e.textContent));
    expect(new Set(marks)).toEqual(new Set(['الأستانة', 'استانا', 'أستانة']));
  });

  it('filters search by date', async () => {
    await open(`#/search?q=${encodeURIComponent('أستانة')}&to=2017-02-01`);
    expect(await page.$$eval('.hit', (els) => els.length)).toBe(1);
  });

  it('opens an entity page with its Latin form, variants and mentions in context', async () => {
    await open('#/entities');
    await page.click('table.entities tbody tr:first-child a');
    await page.waitForSelector('body[data-ready^="#/entity/"]');
    await page.screenshot({ path: screenshotPath('entity'), fullPage: true });
    expect([
      await page.isVisible('.latin-name'),
      await page.$$eval('.mention mark', (els) => els.length > 0),
    ]).toEqual([true, true]);
  });

  it('opens an article with entities and time expressions highlighted, the resolved date on hover', async () => {
    await open(`#/search?q=${encodeURIComponent('محادثات السلام')}`);
    await page.click('.hit-title');
    await page.waitForSelector('body[data-ready^="#/doc/"]');
    await page.hover('.body .timex');
    await page.screenshot({ path: screenshotPath('article'), fullPage: true });
    expect([
      await page.getAttribute('.body .timex', 'title'),
      await page.$$eval('.body .ent', (els) => els.length > 0),
    ]).toEqual([expect.stringMatching(/^2017-01-23 · /), true]);
  });

  it('renders scraped <script> and <img onerror> as text: nothing runs, the literal text shows', async () => {
    await open(`#/documents?source=${encodeURIComponent('Outlet C')}`);
    await page.click('.doc-list a');
    await page.waitForSelector('body[data-ready^="#/doc/"]');
    await page.screenshot({ path: screenshotPath('hostile'), fullPage: true });
    const state = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: number }).__pwned ?? null,
      title: document.querySelector('h1')?.textContent,
      images: document.querySelectorAll('main img, main script').length,
      body: document.querySelector('.body')?.textContent?.includes('<img src=x onerror='),
    }));
    expect([state, pageErrors, dialogs]).toEqual([
      { pwned: null, title: HOSTILE_TITLE, images: 0, body: true },
      [],
      [],
    ]);
  });

  it('renders a scraped web page whose text holds <script> and <img onerror> as text', async () => {
    await open(`#/documents?source=${encodeURIComponent('hostile-page.html')}`);
    await page.click('.doc-list a');
    await page.waitForSelector('body[data-ready^="#/doc/"]');
    await page.screenshot({ path: screenshotPath('hostile-page'), fullPage: true });
    const state = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: number }).__pwned ?? null,
      elements: document.querySelectorAll('main img, main script').length,
      text: ['<script>window.__pwned = 4</script>', '<img src=x onerror="window.__pwned = 5">'].every((t) =>
        document.querySelector('.body')?.textContent?.includes(t),
      ),
    }));
    expect(state).toEqual({ pwned: null, elements: 0, text: true });
  });

  it('leads from an event on the timeline to its sentence marked in the article', async () => {
    await open('#/');
    const { href, sentence } = await page.$eval('.event .evidence li', (li) => ({
      href: li.querySelector('a.source-link')?.getAttribute('href') ?? '',
      sentence: li.querySelector('q')?.textContent ?? '',
    }));
    await open(href);
    await page.screenshot({ path: screenshotPath('event-in-article'), fullPage: true });
    expect(await page.$$eval('mark.event-focus', (marks) => marks.map((m) => m.textContent))).toEqual([
      sentence,
    ]);
  });
});
