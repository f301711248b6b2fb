/**
 * Regenerates test/fixtures/pages/<slug>/{expected.txt, expected.json} from source.html with the current
 * extractor (Readability's test-pages habit). Read the diff by hand before committing: the expected files
 * are the reviewed truth, not whatever the code prints.  Usage: npx tsx scripts/regen-page-fixtures.ts [slug...]
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAGES_DIR, pageSlugs, viewPage } from '../test/fixtures/pages/view.js';

const only = process.argv.slice(2);
for (const slug of pageSlugs()) {
  if (only.length > 0 && !only.includes(slug)) continue;
  const view = viewPage(slug);
  writeFileSync(join(PAGES_DIR, slug, 'expected.txt'), view.text);
  writeFileSync(join(PAGES_DIR, slug, 'expected.json'), `${JSON.stringify(view.json, null, 2)}\n`);
  console.log(
    `${slug}: ${'error' in view.json ? `rejected (${view.json.error})` : `${view.text.split('\n\n').length} paragraphs`}`,
  );
}
