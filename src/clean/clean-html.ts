import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { CleanResult, SourceMeta } from '../types.js';
import { cleanLines } from './clean-text.js';
import { blockLines } from './html/block-lines.js';
import { readPageMeta } from './html/read-page-meta.js';

export type CleanHtmlResult = { clean: CleanResult; meta: Partial<SourceMeta> } | { error: string };

/** Main content by Readability over linkedom, as lines; the whole body's lines when Readability finds none. */
function mainContent(html: string): { lines: string[]; captions: string[] } | null {
  const { document } = parseHTML(html);
  const article = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
  if (!article?.content) return null;
  const { document: content } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
  const captions = [...content.querySelectorAll('figcaption')].flatMap((el) => {
    el.remove();
    return blockLines(el as unknown as Node);
  });
  return { lines: blockLines(content.body as unknown as Node), captions };
}

/**
 * HTML page → main content, title, publication date, site name, language and direction. The main
 * content's lines then go through the plain-text line classifier (src/clean/clean-text.ts) with the title
 * known; the page's other lines are listed in `dropped` as outside the main content.
 */
export function cleanHtml(html: string, url?: string): CleanHtmlResult {
  const { document } = parseHTML(html);
  const doc = document as unknown as Document;
  if (!doc.body || (doc.body.textContent ?? '').trim() === '')
    return { error: 'the HTML page has no body text' };
  const pageLines = blockLines(doc.body as unknown as Node);
  const meta = readPageMeta(doc, url, new Set(pageLines));
  const content = mainContent(html) ?? { lines: pageLines, captions: [] };
  const cleaned = cleanLines(content.lines, { title: meta.title || undefined });
  if (cleaned.text.trim() === '') return { error: 'the HTML page has no article text' };
  const inContent = new Set([...content.lines, ...content.captions]);
  const outside = pageLines
    .filter((l) => !inContent.has(l))
    .map((text) => ({ text, reason: 'outside the main content' }));
  const captions = content.captions.map((text) => ({ text, reason: 'photo caption' }));
  return {
    clean: {
      ...cleaned,
      dropped: [...cleaned.dropped, ...captions, ...outside],
      lang: meta.lang,
      dir: meta.dir,
    },
    meta: {
      published: meta.published,
      siteName: meta.siteName,
      publishedHow: meta.published ? 'metadata' : undefined,
      publishedFrom: meta.published ? "the page's metadata" : undefined,
      title: meta.title || undefined,
    },
  };
}
