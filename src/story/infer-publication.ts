import type { MasarDoc, RunOptions } from '../types.js';

/**
 * First version of publication-date inference: a document with no date gets the `--period` window as its
 * range (never a day it cannot support). Returns the documents whose date changed, to be re-dated.
 */
export function inferPublication(docs: MasarDoc[], options: RunOptions): MasarDoc[] {
  const changed: MasarDoc[] = [];
  for (const doc of docs) {
    if (doc.published.date || !options.period) continue;
    doc.published = { date: null, how: 'inferred', range: { ...options.period }, evidence: 'only the --period window is known' };
    changed.push(doc);
  }
  return changed;
}
