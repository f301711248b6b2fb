import { resolve } from 'node:path';
import { findDateline } from '../../time/infer/from-dateline.js';
import { dateFromUrl } from '../../time/infer/from-url.js';
import type { MasarDoc, Published, RunOptions } from '../../types.js';
import type { Stage } from '../stage.js';

/**
 * The publication date, in this order of trust (the contract): a date given for this very file
 * (`--published-for`), the date the document states about itself (jsonl field, HTML meta), the
 * page's dateline («نشر في: 14/12/2018», dropped by clean or in the text's first or last lines), the
 * `--published` date for inputs that have none of their own, and failing all, a date in the page's URL
 * («/2018/04/15/») taken as inferred from the page. Documents with none of these stay `unknown` until the
 * story step infers one from the text and the collection.
 */
function givenForFile(file: string | undefined, options: RunOptions): string | undefined {
  return file && options.publishedFor ? options.publishedFor[resolve(file)] : undefined;
}

function datelineOf(doc: MasarDoc) {
  const clean = doc.data.clean;
  return clean
    ? findDateline(
        clean.dropped.map((d) => d.text),
        clean.text,
      )
    : null;
}

type Source = (doc: MasarDoc, options: RunOptions) => Published | null;

/** The sources of a publication date, most trusted first; the first that answers wins. */
const SOURCES: readonly Source[] = [
  (doc, options) => {
    const day = givenForFile(doc.meta.file, options);
    return day ? { date: day, how: 'given', evidence: 'given for this file with --published-for' } : null;
  },
  (doc) => {
    const how = doc.meta.publishedHow ?? 'metadata';
    return doc.meta.published
      ? { date: doc.meta.published, how, evidence: `stated by ${doc.meta.publishedFrom ?? 'the input'}` }
      : null;
  },
  (doc) => {
    const line = datelineOf(doc);
    return line ? { date: line.day, how: 'metadata', evidence: `the page's dateline «${line.line}»` } : null;
  },
  (_doc, options) =>
    options.published ? { date: options.published, how: 'given', evidence: 'given with --published' } : null,
  (doc) => {
    const day = dateFromUrl(doc.meta.url);
    return day
      ? { date: day, how: 'inferred', evidence: `the address ${doc.meta.url} holds the date` }
      : null;
  },
];

export const publication: Stage = {
  name: 'publication',
  run(doc, { options }) {
    for (const source of SOURCES) {
      const published = source(doc, options);
      if (published) {
        doc.published = published;
        return;
      }
    }
  },
};
