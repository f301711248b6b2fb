/** Title, site name, language and direction of an HTML page, from its head, JSON-LD and markup. */

import { titleSegments, trimTitleSegments } from '../trim-title-segments.js';
import { findPageDate, metaContent } from './find-page-date.js';
import { readJsonLd } from './read-json-ld.js';

export interface PageMeta {
  title: string;
  published?: string;
  siteName?: string;
  lang: string;
  dir: 'rtl' | 'ltr';
}

const RTL_LANGS = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'ku', 'ckb', 'sd', 'ug', 'yi', 'dv']);
const ARABIC = /\p{Script=Arabic}/u;
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/gu, ' ').trim() || undefined;

/**
 * Cuts the site name off a `<title>`: «Headline - Site», «Site | Headline». An end segment goes when it is
 * (or holds, or is held by) the site name, or has no Arabic letter while the title has some.
 */
export function stripSiteName(title: string, siteName?: string): string {
  const site = siteName?.trim().toLowerCase();
  const arabicTitle = ARABIC.test(title);
  return trimTitleSegments(title, (segment) => {
    const seg = segment.trim().toLowerCase();
    if (site && seg !== '' && (seg.includes(site) || site.includes(seg))) return true;
    return arabicTitle && !ARABIC.test(segment);
  });
}

function findLang(document: Document, jsonLang?: string): string {
  const raw =
    document.documentElement?.getAttribute('lang') ??
    metaContent(document, ['og:locale', 'content-language', 'language']) ??
    document.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content') ??
    jsonLang ??
    'ar';
  return raw.trim().toLowerCase().split(/[-_]/u)[0] || 'ar';
}

/** When the title is «A - B» and the page shows one segment alone as a line (its headline), that segment. */
function headlineSegment(title: string, pageLines: ReadonlySet<string>): string | undefined {
  const segments = titleSegments(title);
  return segments.length > 1 ? segments.find((s) => pageLines.has(s)) : undefined;
}

export function readPageMeta(
  document: Document,
  url?: string,
  pageLines: ReadonlySet<string> = new Set(),
): PageMeta {
  const jsonLd = readJsonLd(document);
  const siteName =
    metaContent(document, ['og:site_name', 'application-name', 'twitter:site']) ?? jsonLd?.publisherName;
  const headline =
    jsonLd?.headline ??
    metaContent(document, ['og:title', 'twitter:title', 'headline']) ??
    text(document.querySelector('article h1, main h1, h1')) ??
    text(document.querySelector('title')) ??
    '';
  const lang = findLang(document, jsonLd?.inLanguage);
  const dirAttr = (
    document.documentElement?.getAttribute('dir') ?? document.body?.getAttribute('dir')
  )?.toLowerCase();
  const dir = dirAttr === 'rtl' || dirAttr === 'ltr' ? dirAttr : RTL_LANGS.has(lang) ? 'rtl' : 'ltr';
  const title = headline.replace(/\s+/gu, ' ').trim();
  return {
    title: headlineSegment(title, pageLines) ?? stripSiteName(title, siteName),
    published: findPageDate(document, jsonLd, url),
    siteName,
    lang,
    dir,
  };
}
