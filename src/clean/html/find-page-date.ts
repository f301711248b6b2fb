/**
 * The publication date a page states about itself, in order of trust: JSON-LD `datePublished`, the
 * publication meta tags, a `<time datetime>` marked as the publication time (or the first in the article),
 * then a date in the URL path (/2018/03/12/, /2018-03-12-, /20180312/).
 */
import { mapDigits } from '../../text/normalize.js';
import type { JsonLdArticle } from './read-json-ld.js';

const META_DATE_NAMES = [
  'article:published_time',
  'og:published_time',
  'datePublished',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'date',
  'dc.date.issued',
  'DC.date.issued',
  'dcterms.created',
  'sailthru.date',
  'parsely-pub-date',
  'article.published',
];
const ISO_DAY = /(?<y>(?:19|20)\d{2})[-/.](?<m>\d{1,2})[-/.](?<d>\d{1,2})/u;
const URL_DAY = /\/(?<y>(?:19|20)\d{2})[/-]?(?<m>[01]\d)[/-]?(?<d>[0-3]\d)(?=[/_-]|\.html?|$)/u;

/** «2018-3-12T…» → «2018-03-12», or null when it is not a real calendar day. */
export function toIsoDay(raw: string | null | undefined, pattern: RegExp = ISO_DAY): string | null {
  const groups = raw ? pattern.exec(mapDigits(raw))?.groups : undefined;
  if (!groups) return null;
  const [y, m, d] = [Number(groups.y), Number(groups.m), Number(groups.d)];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

export function metaContent(document: Document, names: string[]): string | undefined {
  for (const name of names) {
    const el = document.querySelector(
      `meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`,
    );
    const content = el?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return undefined;
}

function timeElementDate(document: Document): string | null {
  const marked = document.querySelector(
    'time[itemprop="datePublished"], time[pubdate], [itemprop="datePublished"][datetime]',
  );
  const first = document.querySelector('article time[datetime], main time[datetime], time[datetime]');
  return (
    toIsoDay(marked?.getAttribute('datetime') ?? marked?.getAttribute('content')) ??
    toIsoDay(first?.getAttribute('datetime'))
  );
}

export function pageUrls(document: Document, given?: string): string[] {
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href');
  return [canonical, metaContent(document, ['og:url']), given].filter(
    (u): u is string => typeof u === 'string' && u !== '',
  );
}

export function findPageDate(
  document: Document,
  jsonLd: JsonLdArticle | null,
  url?: string,
): string | undefined {
  const found =
    toIsoDay(jsonLd?.datePublished) ??
    toIsoDay(metaContent(document, META_DATE_NAMES)) ??
    timeElementDate(document) ??
    pageUrls(document, url)
      .map((u) => toIsoDay(decodeURI(u.replace(/[?#].*$/u, '')), URL_DAY))
      .find((d) => d !== null) ??
    null;
  return found ?? undefined;
}
