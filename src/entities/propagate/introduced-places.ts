/**
 * Places a report introduces with a place head: «سيطرت القوات على بلدة داريا … وفي داريا». News names a
 * town once with its head noun (مدينة، بلدة، قرية، حي، منطقة …: SETTLEMENT_HEADS below) and
 * bare after that («في داريا»، «من دوما»), where the tagger often sees no name: a one-word place is tagged
 * in fewer than half the places it is written and the known-name pass's share (./choose-mentions.ts) keeps
 * it from spreading. A LOC mention (the tagger's or the place-head phrase's) right after an indefinite place
 * head is such an introduction (not an indefinite nisba adjective: مدينة فارسية, a Persian city; not a
 * generic word or a plural: منطقة المعارضة، منطقة مستودعات; not a noun in construct: منطقة خفض التصعيد): the known-name pass spreads the place in the documents that introduce it,
 * whatever the share (`KnownName.introducedIn`), with all its other guards (spelling, article as written,
 * no nisba adjective, no clash with another mention).
 */
import { normalizeForMatch } from '../../text/normalize.js';
import { lastStartingAtOrBefore } from '../../text/search-offsets.js';
import type { MasarDoc, Token } from '../../types.js';
import { loadPhraseWords } from '../phrases/load-phrase-words.js';
import { adjacent, NISBA_END, shapeOf } from '../phrases/word-shape.js';
import type { Form } from '../resolve/collect-forms.js';

/**
 * The heads of data/places/place-heads.json that name a settlement or a district by the name after them.
 * Left out: the heads of a built place (سد النهضة, مطار دمشق, شارع الحمراء: the name is the dam's, or
 * another place's), of nature (نهر، بحر، جبل), and ناحية, mostly "side, aspect" (من ناحية مصادر تمويلها).
 */
const SETTLEMENT_HEADS: ReadonlyMap<string, string> = new Map(
  'مدينة بلدة قرية منطقة محافظة ولاية إقليم قضاء حي مخيم عاصمة'
    .split(' ')
    .map((w) => [normalizeForMatch(w), w]),
);
const MARKS = /[\p{M}\u0640]/gu;
/** A feminine plural (مستودعات، مناطق is no concern: not after a head): no place's name. */
const FEMININE_PLURAL = /\p{L}{3,}ات$/u;

/**
 * Whether the token is a settlement head written as one: with its taa marbuta when it has one («بلده», his
 * country, بلد + ه, and «بلدة», a town, share a match key).
 */
function isSettlementHead(token: Token, bare: string): boolean {
  const written = SETTLEMENT_HEADS.get(bare);
  return written !== undefined && (!written.endsWith('ة') || token.text.replace(MARKS, '').endsWith('ة'));
}

/** A word after the head that names no place: a generic word (المعارضة، الحدود) or a plural (مستودعات). */
function generic(name: Token): boolean {
  const { bare } = shapeOf(name);
  return loadPhraseWords().placeGeneric.has(bare) || FEMININE_PLURAL.test(bare);
}

/** An indefinite nisba adjective describes the place, names none (مدينة فارسية، منطقة كردية). */
const indefiniteNisba = (name: Token): boolean => !shapeOf(name).article && NISBA_END.test(name.stem);

/**
 * Whether the token right before the form's token is an indefinite place head, only spaces between
 * (مدينة X, ومدينة X, بمدينة X; not المدينة X, not «مدينة، X»).
 */
export function introducedByHead(text: string, tokens: readonly Token[], form: Form): boolean {
  if (form.type !== 'LOC' || form.country) return false;
  const at = lastStartingAtOrBefore(tokens, form.start);
  const [head, name] = [tokens[at - 1], tokens[at]];
  if (!head || !name || head.sentence !== name.sentence || !adjacent(text, head, name)) return false;
  const { bare, article } = shapeOf(head);
  if (article || !isSettlementHead(head, bare)) return false;
  return !indefiniteNisba(name) && !generic(name) && !inConstruct(text, name, tokens[at + 1]);
}

/** A definite adjective after a name: a nisba (الشرقية) or a participle (الواقعة، المحاصرة). */
const DEFINITE_ADJECTIVE = /^ال(?:\p{L}{2,}ي(?:ه|ين|ون)?|م\p{L}{3,}|\p{L}ا\p{L}{2}ه?)$/u;

/**
 * An indefinite word followed by a definite noun that is no adjective is a noun in construct (منطقة خفض
 * التصعيد: a de-escalation zone), not a place's name; «مدينة داريا الواقعة» keeps its participle.
 */
function inConstruct(text: string, name: Token, next: Token | undefined): boolean {
  if (!next || next.sentence !== name.sentence || !adjacent(text, name, next)) return false;
  if (shapeOf(name).article || !shapeOf(next).article) return false;
  return !DEFINITE_ADJECTIVE.test(next.norm.replace(/^[وفبلك]+(?=ال)/u, ''));
}

/** The forms of the story that a place head introduces (see the module comment). */
export function introducedPlaces(docs: MasarDoc[], forms: Form[]): Set<Form> {
  const introduced = new Set<Form>();
  for (const form of forms) {
    const doc = docs[form.doc];
    const [text, tokens] = [doc?.data.clean?.text ?? '', doc?.data.segments?.tokens ?? []];
    if (introducedByHead(text, tokens, form)) introduced.add(form);
  }
  return introduced;
}
