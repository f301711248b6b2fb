/**
 * Writing the parsers' patterns in plain Arabic: letters are normalized the way the matching text is, and
 * «لل» opening a word is written «لال», as the matching text restores it (../match-text.ts).
 */
import { normalizeForMatch } from '../../text/normalize.js';

export const ar = (source: string): string =>
  source.replace(/[\u0600-\u06FF]+/gu, (run) =>
    normalizeForMatch(run).replace(/^([وف]?)لل(?=\p{L}{2})/u, '$1لال'),
  );
export const regex = (source: string): RegExp => new RegExp(ar(source), 'gu');
