import { resolve } from 'node:path';
import { findDateline } from '../../time/infer/from-dateline.js';
import { dateFromUrl } from '../../time/infer/from-url.js';
import type { MasarDoc, RunOptions } from '../../types.js';
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
  return clean ? findDateline(clean.dropped.map((d) => d.text), clean.text) : null;
}

export const publication: Stage = {
  name: 'publication',
  run(doc, { options }) {
    const forFile = givenForFile(doc.meta.file, options);
    let line: ReturnType<typeof datelineOf>;
    if (forFile) {
      doc.published = { date: forFile, how: 'given', evidence: 'given for this file with --published-for' };
    } else if (doc.meta.published) {
      const how = doc.meta.publishedHow ?? 'metadata';
      doc.published = { date: doc.meta.published, how, evidence: `stated by the input (${how})` };
    } else if ((line = datelineOf(doc))) {
      doc.published = { date: line.day, how: 'metadata', evidence: `the page's dateline «${line.line}»` };
    } else if (options.published) {
      doc.published = { date: options.published, how: 'given', evidence: 'given with --published' };
    } else {
      const day = dateFromUrl(doc.meta.url);
      if (day)
        doc.published = {
          date: day,
          how: 'inferred',
          evidence: `the address ${doc.meta.url} holds the date`,
        };
    }
  },
};
