/**
 * Provinces and states of the Arabic-speaking countries (data/places/provinces.json, built by
 * `npm run build:places` from an ODbL package) where the tagger found nothing: LOC, longest name first. The
 * first word may carry a proclitic (بريف، والحسكة); a name written with the article must be read with it.
 * A name that is a sports club somewhere in the article (after a word of data/places/place-heads.json
 * CLUB_CUES: «مرمى X», «فريق X»; or with a masculine country adjective, a province being feminine: «X الكويتي»)
 * is a club in the whole article, and none of its matches is kept.
 */
import type { Token } from '../../types.js';
import { countryOfDemonym } from '../resolve/demonyms.js';
import type { Candidate } from './candidate.js';
import { headCut } from './find-org-phrases.js';
import { loadPhraseWords } from './load-phrase-words.js';
import { adjacent, shapeOf } from './word-shape.js';

/** Whether the token is the name's first word: the article as in the name, proclitics allowed. */
function startsName(token: Token, word: string): boolean {
  if (token.norm === word) return true;
  const { article, bare } = shapeOf(token);
  return word.startsWith('ال') ? article && `ال${bare}` === word : !article && bare === word;
}

function matchAt(text: string, tokens: Token[], i: number): number {
  const token = tokens[i];
  const { article, bare } = shapeOf(token);
  const provinces = loadPhraseWords().provinces;
  const lists = [
    ...(provinces.get(token.norm) ?? []),
    ...(provinces.get(article ? `ال${bare}` : bare) ?? []),
  ];
  for (const words of lists.sort((a, b) => b.length - a.length)) {
    if (!startsName(token, words[0])) continue;
    let k = 1;
    while (k < words.length) {
      const t = tokens[i + k];
      if (!t || t.sentence !== token.sentence || !adjacent(text, tokens[i + k - 1], t) || t.norm !== words[k])
        break;
      k++;
    }
    if (k === words.length) return i + k - 1;
  }
  return -1;
}

/** A masculine nisba of a country (الكويتي), not its feminine (الكويتية). */
const masculineCountryAdjective = (token: Token | undefined): boolean =>
  token !== undefined && /ي$/u.test(token.norm) && countryOfDemonym(token.text) !== null;

/** Whether the match [first, last] reads as a sports club (see the module comment). */
function namesClub(tokens: Token[], first: number, last: number): boolean {
  const [before, after] = [tokens[first - 1], tokens[last + 1]];
  const same = (t: Token | undefined) => t !== undefined && t.sentence === tokens[first].sentence;
  if (same(before) && loadPhraseWords().clubCues.has(before.stem)) return true;
  return same(after) && masculineCountryAdjective(after);
}

const keyOf = (tokens: Token[], c: Candidate): string =>
  [shapeOf(tokens[c.first]).bare, ...tokens.slice(c.first + 1, c.last + 1).map((t) => t.norm)].join(' ');

/** Province names of the tokens of one document, outside the tagger's mentions. */
export function findProvinces(text: string, tokens: Token[], covered: (i: number) => boolean): Candidate[] {
  const matches = matchProvinces(text, tokens, covered);
  const clubs = new Set(
    matches.filter((c) => namesClub(tokens, c.first, c.last)).map((c) => keyOf(tokens, c)),
  );
  return matches.filter((c) => !clubs.has(keyOf(tokens, c)));
}

function matchProvinces(text: string, tokens: Token[], covered: (i: number) => boolean): Candidate[] {
  const found: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (covered(i)) continue;
    const last = matchAt(text, tokens, i);
    if (last < 0) continue;
    found.push({ first: i, last, type: 'LOC', cut: headCut(tokens[i]), rule: 'province' });
    i = last;
  }
  return found;
}
