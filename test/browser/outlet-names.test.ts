/** How the pages name a report's outlet and day when it came from a file on disk without a date. */
import { beforeAll, describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, useFixtureUi } from './browser.js';

describe.skipIf(!HAS_CHROMIUM)('outlet and day labels in chromium', () => {
  const ui = useFixtureUi('masar-outlets-');
  beforeAll(() => ui.open('#/'));

  /** Run in the page as a string: vitest would rewrite a dynamic import written in a function. */
  const inPage = <T>(body: string) => ui.page.evaluate<T>(`import('/web/dom.js').then((dom) => ${body})`);
  const label = (outlet: string) =>
    inPage<string[]>(
      `{ const n = dom.outletName(${JSON.stringify(outlet)}); return [n.textContent, n.title]; }`,
    );

  it('a file path is named by its file, the whole path on hover', async () => {
    expect(await label('/home/reader/reports/korea/09.txt')).toEqual([
      '09.txt',
      '/home/reader/reports/korea/09.txt',
    ]);
  });

  it('a site name is shown as it is', async () => {
    expect(await label('Sky News Arabia')).toEqual(['Sky News Arabia', '']);
  });

  it('a URL is not cut at its slashes', async () => {
    expect(await label('https://example.org/a/b')).toEqual(['https://example.org/a/b', '']);
  });

  it('a report without a day says «undated», not «?»', async () => {
    const text = await inPage<string>('dom.publishedDay(null).textContent');
    expect(text).toBe('بلا تاريخ undated');
  });
});
