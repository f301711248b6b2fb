import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGES_DIR, pageSlugs, viewPage } from '../fixtures/pages/view.js';

/** Golden pages (test/fixtures/pages/<slug>): regenerate with `npx tsx scripts/regen-page-fixtures.ts`. */
const read = (slug: string, file: string) => readFileSync(join(PAGES_DIR, slug, file), 'utf8');

describe('golden HTML page fixtures', () => {
  it('has at least fifteen pages', () => {
    expect(pageSlugs().length).toBeGreaterThanOrEqual(15);
  });

  for (const slug of pageSlugs()) {
    describe(slug, () => {
      const view = viewPage(slug);

      it('extracts the expected text', () => {
        expect(view.text).toBe(read(slug, 'expected.txt'));
      });

      it('reads the expected title, date, site name, language and direction', () => {
        expect(view.json).toEqual(JSON.parse(read(slug, 'expected.json')));
      });

      it('keeps each paragraph verbatim from the source', () => {
        const source = read(slug, 'source.html').replace(/\s+/gu, ' ');
        const paragraphs = view.text
          .split('\n\n')
          .map((p) => p.trim())
          .filter((p) => p !== '');
        expect(paragraphs.filter((p) => !source.includes(p))).toEqual([]);
      });
    });
  }
});
