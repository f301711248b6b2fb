import type { Stage } from '../stage.js';

/**
 * The publication date the document states about itself (jsonl field, HTML meta) or the `--published`
 * option, in that order of trust for the page, though a date given on the command line wins (contract).
 * Documents with neither stay `unknown` until the story step infers one.
 */
export const publication: Stage = {
  name: 'publication',
  run(doc, { options }) {
    if (options.published) {
      doc.published = { date: options.published, how: 'given', evidence: 'given with --published' };
    } else if (doc.meta.published) {
      const how = doc.meta.publishedHow ?? 'metadata';
      doc.published = { date: doc.meta.published, how, evidence: `stated by the input (${how})` };
    }
  },
};
