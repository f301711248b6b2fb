import { splitSentences } from '../../text/sentences.js';
import { tokenize } from '../../text/tokenize.js';
import type { Stage } from '../stage.js';

/** Clean text → tokens with offsets and match keys, and sentences. */
export const segment: Stage = {
  name: 'segment',
  run(doc) {
    const text = doc.data.clean?.text;
    if (text === undefined) return;
    const tokens = tokenize(text);
    doc.data.segments = { tokens, sentences: splitSentences(text, tokens) };
  },
};
