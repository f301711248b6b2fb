/**
 * Place phrases, from the words of data/places/place-heads.json:
 * - a place head (مدينة، بلدة، قاعدة، محافظة، مطار، نهر …, indefinite) followed by a name: LOC on the name
 *   only, since the head is a common noun («قاعدة X» → X). The name is the tagger's LOC there, or an
 *   untagged word that can be one: a definite word after the indefinite head (the construct «مدينة الرقة»),
 *   or an indefinite word that is not a nisba adjective, a feminine form or an imperfect verb (مدينة كبيرة،
 *   منطقة عسكرية، منطقة تسيطر عليها are descriptions), and in
 *   both cases not a GENERIC word (منطقة الاشتباكات، مدينة المدينة) nor a plural, and an indefinite word
 *   not a noun in construct (منطقة خفض التصعيد).
 * - a joined head (ريف) with its name: LOC on the whole phrase, «ريف X» being a place of its own (the
 *   countryside of X, not the city X); a tagger's mention of X is widened to it.
 * - a name word (تل، رأس، جبل، دير، كفر، خان، جسر، وادي …) with the word after it: LOC on both, these words
 *   belonging to the name (a hill, a cape, a monastery, a village …); not after «على» (على رأس: at the head of).
 * - a compass word (شرق، شمال …) with a definite word that is not GENERIC: LOC on that word («شرق X»).
 */
import { normalizeForMatch } from '../../text/normalize.js';
import type { Token } from '../../types.js';
import type { Candidate } from './candidate.js';
import type { MentionAt } from './find-org-phrases.js';
import { headCut } from './find-org-phrases.js';
import { loadPhraseWords } from './load-phrase-words.js';
import { adjacent, isFunctionWord, isWord, NISBA_END, PLURAL_END, shapeOf } from './word-shape.js';

/** An imperfect verb (تسيطر، يزيد) or a feminine adjective agreeing with the head (منطقة خاضعة). */
const VERB_OR_FEMININE = /^[يتن]|ه$/u;

/**
 * A hamza on the alef makes another word of a name word's letters (وأدى, he led to, is not وادي): a token
 * written with one must end with a name word written with it (رأس).
 */
const HAMZA_ALEF = /[أإآ]/u;
const writtenAsNameWord = (token: Token): boolean =>
  !HAMZA_ALEF.test(token.text) || [...loadPhraseWords().nameWordsWritten].some((w) => token.text.endsWith(w));

/** Whether an untagged word after a place word can be a name (see the module comment). */
function mayBeName(token: Token, definiteOnly: boolean): boolean {
  if (!isWord(token) || isFunctionWord(token) || token.text.length < 2) return false;
  const { article, bare, prefix } = shapeOf(token);
  if (prefix !== '' && !article) return false;
  if (loadPhraseWords().placeGeneric.has(bare)) return false;
  if (article) return !PLURAL_END.test(bare);
  return !definiteOnly && !NISBA_END.test(bare) && !VERB_OR_FEMININE.test(bare);
}

/**
 * An indefinite word followed by a definite noun that is no adjective is a noun in construct (منطقة خفض
 * التصعيد: a de-escalation zone), not a name; a nisba after a name is its adjective (قاعدة X الروسية).
 */
function inConstruct(token: Token, next: Token): boolean {
  const [own, after] = [shapeOf(token), shapeOf(next)];
  return !own.article && after.article && isWord(next) && !NISBA_END.test(after.bare);
}

/**
 * A perfect verb (بدت، قالوا: three or four letters ending in ت or وا) followed by a preposition with a pronoun
 * referring back to the head (شارع بدت عليه: a street on which … showed) opens a relative clause, not a name.
 */
const PERFECT_VERB = /^\p{L}{2,3}(?:ت|وا)$/u;
const RESUMPTIVE = new Set(
  'عليه عليها فيه فيها منه منها إليه إليها له لها به بها'.split(' ').map(normalizeForMatch),
);
const opensClause = (tokens: Token[], i: number): boolean =>
  PERFECT_VERB.test(tokens[i].norm) && RESUMPTIVE.has(tokens[i + 1]?.norm ?? '');

/** The last token of the name starting at `i` (a tagger's LOC, or a name word and its word), or -1. */
function nameEnd(
  text: string,
  tokens: Token[],
  i: number,
  mentionAt: MentionAt,
  definiteOnly = false,
): number {
  const at = mentionAt.get(i);
  if (at) return at.mention.type === 'LOC' ? at.last : -1;
  if (!mayBeName(tokens[i], definiteOnly) || opensClause(tokens, i)) return -1;
  const next = tokens[i + 1];
  const joined =
    next !== undefined && next.sentence === tokens[i].sentence && adjacent(text, tokens[i], next);
  if (joined && loadPhraseWords().nameWords.has(tokens[i].stem)) return mayBeName(next, false) ? i + 1 : -1;
  return joined && inConstruct(tokens[i], next) ? -1 : i;
}

function placeAt(text: string, tokens: Token[], i: number, mentionAt: MentionAt): Candidate | null {
  const words = loadPhraseWords();
  const token = tokens[i];
  const next = tokens[i + 1];
  if (!next || next.sentence !== token.sentence || !adjacent(text, token, next) || !isWord(token))
    return null;
  const { article, bare } = shapeOf(token);
  if (article) return null;
  if (words.placeHeads.has(bare) || words.joinedHeads.has(bare)) {
    const last = nameEnd(text, tokens, i + 1, mentionAt);
    if (last < 0) return null;
    return words.joinedHeads.has(bare)
      ? { first: i, last, type: 'LOC', cut: headCut(token), rule: 'place-joined' }
      : { first: i + 1, last, type: 'LOC', cut: 0, rule: 'place-head' };
  }
  if (words.nameWords.has(bare) && writtenAsNameWord(token)) {
    const before = tokens[i - 1];
    if (before && before.sentence === token.sentence && before.norm === 'علي') return null;
    const at = mentionAt.get(i + 1);
    if (at && at.mention.type !== 'LOC') return null;
    const last = at ? at.last : mayBeName(next, false) ? i + 1 : -1;
    return last < 0 ? null : { first: i, last, type: 'LOC', cut: headCut(token), rule: 'place-name-word' };
  }
  if (words.directions.has(bare) && !mentionAt.has(i + 1)) {
    return mayBeName(next, true) && shapeOf(next).article
      ? { first: i + 1, last: i + 1, type: 'LOC', cut: 0, rule: 'direction' }
      : null;
  }
  return null;
}

/** Place phrases of the tokens of one document. */
export function findPlacePhrases(text: string, tokens: Token[], mentionAt: MentionAt): Candidate[] {
  const found: Candidate[] = [];
  for (let i = 0; i < tokens.length - 1; i++) {
    const candidate = placeAt(text, tokens, i, mentionAt);
    if (candidate) found.push(candidate);
  }
  return found;
}
