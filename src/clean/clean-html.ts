import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { CleanResult, SourceMeta } from '../types.js';
import { cleanPlainText } from './clean-text.js';

function metaContent(document: Document, names: string[]): string | undefined {
  for (const name of names) {
    const el = document.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
    const content = el?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return undefined;
}

function pageDate(document: Document): string | undefined {
  const raw =
    metaContent(document, ['article:published_time', 'datePublished', 'pubdate', 'date', 'og:published_time']) ??
    document.querySelector('time[datetime]')?.getAttribute('datetime') ??
    undefined;
  return raw?.match(/\d{4}-\d{2}-\d{2}/)?.[0];
}

/** HTML page → main content (Readability over linkedom), title, date and site name from the page. */
export function cleanHtml(html: string): { clean: CleanResult; meta: Partial<SourceMeta> } | { error: string } {
  const { document } = parseHTML(html);
  if (!document.body || document.body.textContent?.trim() === '') return { error: 'the HTML page has no body text' };
  const published = pageDate(document as unknown as Document);
  const siteName = metaContent(document as unknown as Document, ['og:site_name']);
  const article = new Readability(document as unknown as Document).parse();
  const bodyText = (article?.textContent ?? document.body.textContent ?? '').replace(/[ \t]+/g, ' ');
  const text = bodyText
    .split(/\n+/)
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .join('\n');
  const title = article?.title?.trim() || document.querySelector('title')?.textContent?.trim() || '';
  const cleaned = cleanPlainText(`${title}\n${text}`);
  if (cleaned.text.trim() === '') return { error: 'the HTML page has no article text' };
  return {
    clean: { ...cleaned, title, lang: document.documentElement?.getAttribute('lang') ?? 'ar' },
    meta: { published, siteName, publishedHow: published ? 'metadata' : undefined },
  };
}
