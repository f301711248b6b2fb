import { dateFromUrl } from '../../time/infer/from-url.js';
import type { Stage } from '../stage.js';

/**
 * The publication date the document states about itself (jsonl field, HTML meta) or the `--published`
 * option, in that order of trust for the page, though a date given on the command line wins (contract).
 * Failing both, a date in the page's URL («/2018/04/15/») is taken as inferred from the page. Documents
 * with none of these stay `unknown` until the story step infers one from the text and the collection.
 */
export const publication: Stage = {
  name: 'publication',
  run(doc, { options }) {
    if (options.published) {
      doc.published = { date: options.published, how: 'given', evidence: 'given with --published' };
    } else if (doc.meta.published) {
      const how = doc.meta.publishedHow ?? 'metadata';
      doc.published = { date: doc.meta.published, how, evidence: `stated by the input (${how})` };
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
