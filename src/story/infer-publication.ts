/**
 * Publication dates for documents that have none (`published.how === 'unknown'`), from the best evidence
 * first: the page (a date in its URL), then the text (self-dating expressions, the current month), then the
 * collection (articles with a known date reporting the same dates), within the `--period` prior when given.
 * A day only when the evidence pins one, otherwise a range. Returns the documents whose date changed, which
 * the story step re-dates.
 */
import { tagTime } from '../time/index.js';
import { collectionConstraints } from '../time/infer/from-collection.js';
import { dateFromUrl } from '../time/infer/from-url.js';
import { solve } from '../time/infer/solve.js';
import { textConstraints } from '../time/infer/text-constraints.js';
import { windowFor } from '../time/infer/window.js';
import type { MasarDoc, RunOptions, Timex } from '../types.js';

const undated = (doc: MasarDoc) => doc.published.how === 'unknown' && !doc.published.date;

function timexesOf(doc: MasarDoc): Timex[] {
  if (doc.data.time && doc.data.time.reference === null) return doc.data.time.timexes;
  return tagTime(doc.data.clean?.text ?? '', null);
}

function fromPage(doc: MasarDoc): boolean {
  const address = doc.meta.url ?? (/^https?:\/\//u.test(doc.meta.source) ? doc.meta.source : undefined);
  const day = dateFromUrl(address);
  if (!day) return false;
  doc.published = { date: day, how: 'inferred', evidence: `the address ${address} holds the date` };
  return true;
}

export function inferPublication(docs: MasarDoc[], options: RunOptions): MasarDoc[] {
  const changed: MasarDoc[] = [];
  const pending: MasarDoc[] = [];
  for (const doc of docs) {
    if (!undated(doc)) continue;
    if (fromPage(doc)) changed.push(doc);
    else pending.push(doc);
  }
  // text first for all, so that the collection step can lean on the days the text pinned
  const timexes = new Map(pending.map((doc) => [doc, timexesOf(doc)]));
  const decide = (doc: MasarDoc, withCollection: boolean) => {
    const window = windowFor(timexes.get(doc)!, options);
    if (!window) return;
    const known = withCollection ? docs.filter((d) => d.published.date && d !== doc) : [];
    const constraints = [...textConstraints(timexes.get(doc)!), ...collectionConstraints(doc, known)];
    doc.published = solve(window, constraints);
  };
  for (const doc of pending) decide(doc, false);
  for (const doc of pending) if (!doc.published.date) decide(doc, true);
  for (const doc of pending) if (doc.published.how !== 'unknown') changed.push(doc);
  return changed;
}
