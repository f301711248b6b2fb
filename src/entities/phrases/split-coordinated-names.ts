/**
 * Two people joined by «و» in one person mention are two mentions: the tagger reads «صالح مسلم ونوري محمود»
 * or «مارسيل خليفة وصابر الرباعي» as one name. A word inside a person mention (not its first) that begins
 * with the conjunction و, whose rest is a given name of data/names/given-names.json, and that is not itself
 * a given name or a word known to begin with و (وليد، وائل: src/text/clitic-exceptions.ts), opens the second
 * person; the conjunction stays outside both spans. The part before must keep a word.
 */
import { NON_CLITIC_WORDS } from '../../text/clitic-exceptions.js';
import type { EntityMention, Token } from '../../types.js';
import { isGivenName } from '../resolve/load-names.js';
import { mentionsByToken } from './apply-candidates.js';

const MARK = /[\p{Mn}\u0640]/u;

/** Whether the token is «و» + a given name (ونوري) and not a name of its own (وليد). */
function opensSecondName(token: Token): boolean {
  const { norm } = token;
  return (
    norm.startsWith('و') &&
    norm.length >= 4 &&
    !NON_CLITIC_WORDS.has(norm) &&
    !isGivenName(norm) &&
    isGivenName(norm.slice(1))
  );
}

function mentionOf(text: string, tokens: Token[], start: number, base: EntityMention): EntityMention {
  const end = tokens[tokens.length - 1].end;
  const key = tokens.map((t) => t.stem).join(' ');
  return { ...base, start, end, text: text.slice(start, end), key, sentence: tokens[0].sentence };
}

/** Display offset just after the conjunction (and any mark on it) of a token that begins with و. */
function afterConjunction(token: Token): number {
  let k = 1;
  while (k < token.text.length && MARK.test(token.text[k])) k++;
  return token.start + k;
}

/** The person mentions split where a second person is joined by و; other mentions unchanged. */
export function splitCoordinatedNames(
  text: string,
  tokens: Token[],
  mentions: EntityMention[],
): EntityMention[] {
  const out: EntityMention[] = [];
  const ranges = new Map(
    [...mentionsByToken(tokens, mentions)].map(([first, r]) => [r.mention, [first, r.last]]),
  );
  for (const mention of mentions) {
    const [first, last] = ranges.get(mention) ?? [-1, -1];
    const cut = first < 0 || mention.type !== 'PER' ? -1 : findCut(tokens, first, last);
    if (cut < 0) {
      out.push(mention);
      continue;
    }
    const before = mentionOf(text, tokens.slice(first, cut), mention.start, mention);
    const after = mentionOf(text, tokens.slice(cut, last + 1), afterConjunction(tokens[cut]), mention);
    out.push({ ...before, found: 'phrase' }, { ...after, found: 'phrase' });
  }
  return out;
}

/** The token opening the second person in tokens [first, last], or -1. */
function findCut(tokens: Token[], first: number, last: number): number {
  for (let i = first + 1; i <= last; i++) if (opensSecondName(tokens[i])) return i;
  return -1;
}
