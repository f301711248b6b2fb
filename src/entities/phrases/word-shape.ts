/**
 * What the phrase rules read of one token: whether it is a word at all, its proclitics (the conjunction,
 * preposition and article that token.stem leaves out) and its bare match key (no proclitics, no article).
 */
import type { Token } from '../../types.js';
import { FUNCTION_WORDS } from '../propagate/constants.js';

const LETTER = /\p{L}/u;
const DIGIT = /\p{Nd}/u;

export interface WordShape {
  /** Match key without proclitics and article (token.stem). */
  bare: string;
  /** The proclitic letters before it (و، ب، لل، وال …), as in the match key. */
  prefix: string;
  article: boolean;
  /** Written with ل + article (للمفاوضات): a genitive complement «for the …». */
  lil: boolean;
}

export function shapeOf(token: Token): WordShape {
  const prefix = token.norm.slice(0, token.norm.length - token.stem.length);
  const lil = prefix.endsWith('لل');
  return { bare: token.stem, prefix, article: lil || prefix.endsWith('ال'), lil };
}

/** A token made of letters (no digit, no punctuation). */
export const isWord = (token: Token): boolean => LETTER.test(token.text) && !DIGIT.test(token.text);

/** Adverbs of place and time used as prepositions, beside the function words of the known-name pass. */
const PREPOSITIONS = new Set(
  'داخل خارج قرب عقب اثر لدي جراء وسط اثناء طوال تجاه ضمن بحسب حسب بسبب رغم'.split(' '),
);

/** A function word (preposition, particle, pronoun …): never inside a name. */
export const isFunctionWord = (token: Token): boolean =>
  FUNCTION_WORDS.has(token.norm) || FUNCTION_WORDS.has(token.stem) || PREPOSITIONS.has(token.norm);

/** Whether only spaces stand between two tokens (no comma, quote or bracket). */
export const adjacent = (text: string, a: Token, b: Token): boolean =>
  /^\s*$/u.test(text.slice(a.end, b.start));

/** A nisba adjective ending: -ي، -ية and their dual and plural forms (الروسية، الدولي، روسيتان). */
export const NISBA_END = /ي(?:ه|ان|تان|ين|تين|ون)?$/u;

/** Ends like a sound plural or a dual after a stem of three letters (اشتباكات، لاجئين; not عين): a plural. */
export const PLURAL_END = /\p{L}{3,}(?:ات|ون|ين|ان)$/u;

/**
 * Verbal nouns of the derived forms, on a bare key: تفعيل (تعمير), تفاعل (تفاوض), افتعال (احتجاج), انفعال
 * (انسحاب), استفعال (استخبار), with a sound plural (الانتخابات). The article already gone.
 */
export const VERBAL_NOUN =
  /^(?:ت\p{L}{2}ي\p{L}|ت\p{L}ا\p{L}{2}|ا\p{L}ت\p{L}ا\p{L}|ا[نط]\p{L}{2}ا\p{L}|است\p{L}{2}ا\p{L})(?:ات)?$/u;

/**
 * An indefinite word shaped like an adjective: a nisba of four letters or more (تركيه، يميني) or a
 * participle in م…ه (مواليه، مشتركه); ة is ه in match keys.
 */
export const ADJECTIVE_SHAPE = /^(?:\p{L}{3,}يه?|م\p{L}{3,}ه)$/u;
