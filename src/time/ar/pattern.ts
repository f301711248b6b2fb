/** Writing the parsers' patterns in plain Arabic: letters are normalized the way the matching text is. */
import { normalizeForMatch } from '../../text/normalize.js';

export const ar = (source: string): string =>
  source.replace(/[\u0600-\u06FF]+/gu, (run) => normalizeForMatch(run));
export const regex = (source: string): RegExp => new RegExp(ar(source), 'gu');
