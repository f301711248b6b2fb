import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { cleanHtml } from '../../src/clean/clean-html.js';
import { findPageDate, toIsoDay } from '../../src/clean/html/find-page-date.js';
import { stripSiteName } from '../../src/clean/html/read-page-meta.js';

const doc = (html: string) => parseHTML(html).document as unknown as Document;

describe('toIsoDay', () => {
  it('reads an ISO timestamp', () => {
    expect(toIsoDay('2018-3-12T10:00:00+03:00')).toBe('2018-03-12');
  });

  it('reads Arabic-Indic digits', () => {
    expect(toIsoDay('٢٠١٨/٠٣/١٢')).toBe('2018-03-12');
  });

  it('refuses a day that is not on the calendar', () => {
    expect(toIsoDay('2018-02-30')).toBeNull();
  });
});

describe('findPageDate', () => {
  it('takes a date from the URL path when the page states none', () => {
    expect(
      findPageDate(
        doc('<html><head></head><body></body></html>'),
        null,
        'https://x.example/news/2018/03/12/story',
      ),
    ).toBe('2018-03-12');
  });

  it('takes a compact date from the URL path', () => {
    expect(findPageDate(doc('<html><body></body></html>'), null, 'https://x.example/a/20180312/story')).toBe(
      '2018-03-12',
    );
  });

  it('prefers the time element marked datePublished over a later one', () => {
    const html =
      '<html><body><time datetime="2019-01-02">x</time><time itemprop="datePublished" datetime="2019-01-01">y</time></body></html>';
    expect(findPageDate(doc(html), null)).toBe('2019-01-01');
  });
});

describe('stripSiteName', () => {
  it('cuts the site name at either end', () => {
    expect(stripSiteName('الموقع | عنوان الخبر', 'الموقع')).toBe('عنوان الخبر');
  });

  it('keeps an inner dash of the headline', () => {
    expect(stripSiteName('خط غاز قطر - تركيا يعود إلى الواجهة')).toBe('خط غاز قطر - تركيا يعود إلى الواجهة');
  });
});

describe('cleanHtml', () => {
  it('rejects a page whose body has no text, with the reason', () => {
    expect(cleanHtml('<html><head><title>ع</title></head><body>  </body></html>')).toEqual({
      error: 'the HTML page has no body text',
    });
  });

  it('reads direction ltr from an English page', () => {
    const html = `<html lang="en"><body><article><p>${'The ministry announced new measures on Sunday to support farmers. '.repeat(6)}</p></article></body></html>`;
    const result = cleanHtml(html);
    expect('clean' in result && result.clean.dir).toBe('ltr');
  });
});
