import { stripSuffix } from '../text/clitics.js';
import type { Token } from '../types.js';
import { DEFINITE_WORDS, EXACT_FORMS, TA_MARBUTA_NOUNS, TRIGGER_WORDS } from './lexicon.js';

/**
 * The event type one token triggers alone, or undefined. Looked up as the stem, the whole word, without a
 * pronoun suffix, without the accusative alef («اتفاقا»); then the words that count only with the article
 * («التحقيق»). The forms matched as written come first («بالإعدام» is a verdict, «إعدام» an execution).
 */
export function wordType(token: Token): string | undefined {
  // the events of a report are read up to four times (stage, publication, anchors, resolved entities)
  if (TYPES.has(token)) return TYPES.get(token);
  const type = lookUpType(token);
  TYPES.set(token, type);
  return type;
}

/** Each token's type, by the token (its text, stem and norm never change once tokenized). */
const TYPES = new WeakMap<Token, string | undefined>();

function lookUpType(token: Token): string | undefined {
  if (TA_MARBUTA.test(token.text) && TA_MARBUTA_NOUNS.has(token.stem)) return undefined;
  const exact = EXACT_FORMS.get(token.norm.replace(/^[وف](?=\p{L}{4})/u, ''));
  if (exact) return exact;
  const keys = [
    token.stem,
    token.norm,
    unsuffixed(token.stem),
    unsuffixed(token.norm),
    token.stem.replace(/(?<=\p{L}{3})ا$/u, ''),
    shortWord(token),
    alefMaqsura(token.stem),
  ];
  for (const key of keys) {
    const type = TRIGGER_WORDS.get(key);
    if (type) return type;
  }
  return definiteType(token);
}

/** «تبناه», «أجراه»: a verb ending in ى is written with ا before a pronoun suffix; the verb as listed (ى read as ي). */
const alefMaqsura = (stem: string) => {
  const bare = stripSuffix(stem);
  return bare !== stem && bare.endsWith('ا') ? `${bare.slice(0, -1)}ي` : stem;
};

/** «لقصف», «بقتل», «بقمة»: the clitic rules keep ب or ل on a short word; the word without it. */
const SHORT_WITH_PREPOSITION = /^(?<prefix>[وف]?[بل])(?=\p{L}{3,4}$)/u;
const shortWord = (token: Token) =>
  token.stem === token.norm ? token.norm.replace(SHORT_WITH_PREPOSITION, '') : token.stem;

/**
 * The ب or ل kept on a short trigger word («بقتل»: «ب»), when the word is a trigger only without it; '' otherwise.
 * A reference head as a clitic (src/events/is-reference.ts).
 */
export function keptPreposition(token: Token): string {
  const m = token.stem === token.norm ? SHORT_WITH_PREPOSITION.exec(token.norm) : null;
  return m && !TRIGGER_WORDS.has(token.norm) && TRIGGER_WORDS.has(shortWord(token)) ? m.groups!.prefix : '';
}

/** A final ة as written: «قتلة» (killers) is no «قتله» (killed him), see TA_MARBUTA_NOUNS. */
const TA_MARBUTA = /ة\p{M}*$/u;

/** Without a pronoun suffix, but a final ي stays: it is as often ى («قتلى» «the dead» is no «قتل»). */
const unsuffixed = (key: string) => (key.endsWith('ي') ? key : stripSuffix(key));

/** «التحقيق», «والتحقيق», «للتحقيق», «التحقيقات»: the stem is a definite-only word and the article is there. */
function definiteType(token: Token): string | undefined {
  const type = DEFINITE_WORDS.get(token.stem) ?? DEFINITE_WORDS.get(unsuffixed(token.stem));
  if (!type || !token.norm.endsWith(token.stem)) return undefined;
  const prefix = token.norm.slice(0, token.norm.length - token.stem.length);
  return /(?:ال|لل)$/u.test(prefix) ? type : undefined;
}
