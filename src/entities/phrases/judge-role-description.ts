/**
 * A non-person mention that describes a person by role instead of naming anyone (the tagger reads the
 * nisba adjective as an organization's): a title or role noun followed only by nisba adjectives
 * («الكاتب السعودي» the Saudi writer, «والصحفي المصري»), or the complement of a title word just before it
 * («ولي» + «العهد السعودي»: the crown prince) when that complement is one word no gazetteer knows and
 * nisba adjectives. Title and role nouns: the TITLE entries of data/gazetteers/titles-roles.json; a
 * complement that is a known name (سفير + «الولايات المتحدة», أمين + «الأمم المتحدة») is left alone.
 */
import type { Token } from '../../types.js';
import { loadGazetteers } from '../ner/gazetteers.js';
import { countryOfDemonym } from '../resolve/demonyms.js';
import { shapeOf } from './word-shape.js';

/** A nisba adjective: a demonym (السعودي، الروسية) or a definite word written in -ي / -ية (not -ى: الأقصى). */
const NISBA_ENDING = /\p{L}{2,}(?:ي|ية)$/u;
const MARKS = /[\p{Mn}\u0640]/gu;

/** Labels of a token's word as written, without its proclitics, or with the article. */
function labels(token: Token): Set<string> {
  const { words } = loadGazetteers();
  const { bare } = shapeOf(token);
  return new Set([
    ...(words.get(token.norm) ?? []),
    ...(words.get(bare) ?? []),
    ...(words.get(`ال${bare}`) ?? []),
  ]);
}

const isTitle = (token: Token | undefined) => token !== undefined && labels(token).has('TITLE');
const isNisba = (token: Token) =>
  countryOfDemonym(token.text) !== null ||
  (shapeOf(token).article && NISBA_ENDING.test(token.text.replace(MARKS, '')));

/** Whether tokens [first, last] describe a person by role (see the file comment). */
export function isRoleDescription(tokens: Token[], first: number, last: number): boolean {
  const rest = tokens.slice(first + 1, last + 1);
  if (rest.length === 0 || !rest.every(isNisba)) return false;
  if (isTitle(tokens[first])) return true;
  return isTitle(tokens[first - 1]) && rest.length === 1 && labels(tokens[first]).size === 0;
}
