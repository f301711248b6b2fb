/**
 * The timeline as a reader narrows it: by type, entity and date (kept in the address), each sentence named by
 * its report's outlet and day, a narrow screen, and a page that asks the server for nothing it lacks. The
 * fixture's timeline (checked by hand): talks in Astana on 2017-01-23 (Outlet A) and 2017-05-02 (Outlet B),
 * a meeting from 2017-06-12 to 2017-06-18 with no place.
 */
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, screenshotPath, useFixtureUi } from './browser.js';

describe.skipIf(!HAS_CHROMIUM)('the timeline page in chromium', () => {
  const ui = useFixtureUi('masar-tl-');
  let browser: Browser;
  let page: Page;
  let astana: string;

  beforeAll(async () => {
    ({ browser, page } = ui);
    const timeline = await (await fetch(`${ui.url}api/timeline`)).json();
    astana = timeline.entities.find((e: { latin: string }) => e.latin === 'Astana').id;
  });
  const open = (p: Page, hash: string) => ui.open(hash, p);
  const dates = (p: Page) =>
    p.$$eval('li.event .event-date > span[dir="ltr"]', (els) => els.map((e) => e.textContent));

  it('shows only the events that name an entity given in the address', async () => {
    await open(page, `#/?entity=${astana}`);
    expect(await dates(page)).toEqual(['2017-01-23', '2017-05-02']);
  });

  it('narrows to a type chosen in the form and writes it into the address', async () => {
    await open(page, '#/');
    await page.selectOption('select[name=type]', 'meeting');
    await page.waitForSelector('body[data-ready="#/?type=meeting"]');
    expect(await dates(page)).toEqual(['2017-06-12 – 2017-06-18']);
  });

  it('keeps an event that ends on or after the «from» day', async () => {
    await open(page, '#/?from=2017-06-15');
    await page.screenshot({ path: screenshotPath('timeline-from'), fullPage: true });
    expect(await dates(page)).toEqual(['2017-06-12 – 2017-06-18']);
  });

  it('spells the «from» day of the address in words under its date input', async () => {
    await open(page, '#/?from=2017-06-15');
    await page.screenshot({ path: screenshotPath('timeline-date-hint') });
    expect(await page.textContent('#from-day-hint')).toBe('15 يونيو 2017 · 15 June 2017');
  });

  it('spells a day picked in the date input, and says «any day» when it is cleared', async () => {
    await open(page, '#/');
    await page.fill('input[name=to]', '2017-05-02');
    const picked = await page.textContent('#to-day-hint');
    await page.fill('input[name=to]', '');
    expect([picked, await page.textContent('#to-day-hint')]).toEqual([
      '2 مايو 2017 · 2 May 2017',
      'أي يوم · any day',
    ]);
  });

  it('says so when no event passes the filter', async () => {
    await open(page, '#/?from=2019-01-01');
    expect(await page.textContent('.timeline-events .empty')).toBe(
      'لا أحداث تطابق التصفية. No event matches the filter.',
    );
  });

  it('names each sentence by its outlet and day, with the title on hover', async () => {
    await open(page, `#/?entity=${astana}`);
    const link = page.locator('a.source-link').first();
    expect([await link.textContent(), await link.getAttribute('title')]).toEqual([
      'Outlet A · 2017-01-23',
      'انطلاق محادثات أستانة',
    ]);
  });

  it('gives an event its Latin label once, without its type code again («Talks — Astana»)', async () => {
    await open(page, `#/?entity=${astana}`);
    expect(await page.textContent('li.event h3 .latin')).toBe('Talks — Astana');
  });

  it('links an entity page to its events on the timeline', async () => {
    await open(page, `#/entity/${astana}`);
    await page.click('a.on-timeline');
    await page.waitForSelector(`body[data-ready="#/?entity=${astana}"]`);
    expect(await page.$$eval('li.event', (els) => els.length)).toBe(2);
  });

  it('puts the date above the event on a narrow screen, the sentences keeping the width', async () => {
    const narrow = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await open(narrow, '#/');
    await narrow.screenshot({ path: screenshotPath('timeline-narrow'), fullPage: true });
    const box = await narrow.$eval('li.event', (li) => {
      const date = li.querySelector('.event-date')?.getBoundingClientRect();
      const body = li.querySelector('.event-body')?.getBoundingClientRect();
      return { dateAbove: (date?.bottom ?? 0) <= (body?.top ?? 0), bodyWidth: body?.width ?? 0 };
    });
    await narrow.close();
    expect(box.dateAbove && box.bodyWidth > 300).toBe(true);
  });

  it('loads with no failed request nor console error (the icon is the app’s own)', async () => {
    const fresh = await browser.newPage();
    const problems: string[] = [];
    fresh.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    fresh.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()} ${r.url()}`));
    await open(fresh, '#/');
    await fresh.waitForLoadState('networkidle');
    await fresh.close();
    expect(problems).toEqual([]);
  });
});
