/**
 * Tests on single words of an organization phrase (find-org-phrases.ts) that tell a description from a name:
 * - the first complement: one that says whose body it is (قوات النظام), an activity (حركة النزوح), a person's
 *   office (إدارة الرئيس), a place head (مركز مدينة X: the place rule takes X) or an indefinite adjective
 *   (قوات موالية للحكومة، محكمة تركية) makes the head a common noun;
 * - a word joined by و that continues a complement (للإنشاء والتعمير، وزارة التربية والتعليم): a verbal noun
 *   after a complement, never a head, a name the tagger found or a generic word;
 * - one indefinite word after an outlet head (وكالة X) that is not an adjective or verb: the outlet's name.
 */
import type { Token } from '../../types.js';
import { loadPhraseWords } from './load-phrase-words.js';
import {
  ADJECTIVE_SHAPE,
  adjacent,
  isWord,
  NISBA_END,
  PLURAL_END,
  shapeOf,
  VERBAL_NOUN,
} from './word-shape.js';

/** Whether the word after `token` is a definite noun it can govern (نقل الأسلحة), the tagger's or not. */
export function governsNext(text: string, tokens: Token[], i: number, tagged: boolean): boolean {
  const next = tokens[i + 1];
  if (!next || next.sentence !== tokens[i].sentence || !adjacent(text, tokens[i], next)) return false;
  if (tagged) return true;
  const shape = shapeOf(next);
  return isWord(next) && shape.article && !shape.lil && !NISBA_END.test(shape.bare);
}

/** Whether the head's first complement shows the head is a common noun (see the module comment). */
export function describesHead(head: Token, token: Token, definite: boolean, governs: boolean): boolean {
  const words = loadPhraseWords();
  const { bare, article } = shapeOf(token);
  if (words.activityComplements.has(bare) || words.roleComplements.has(bare)) return true;
  if (definite) return words.genericComplements.has(bare);
  if (article) return false;
  const placeHead = words.placeHeads.has(bare) || words.joinedHeads.has(bare);
  if (placeHead && !words.placeBodyHeads.has(shapeOf(head).bare)) return true;
  return ADJECTIVE_SHAPE.test(bare) && !governs;
}

/** A word joined by و that continues the complement before it (see the module comment). */
export function continuesComplement(token: Token, tagged: boolean): boolean {
  const words = loadPhraseWords();
  const { prefix, bare } = shapeOf(token);
  if (tagged || prefix !== 'وال' || words.orgHeads.has(bare)) return false;
  return VERBAL_NOUN.test(bare) && !words.genericComplements.has(bare);
}

/** Imperfect verbs of four letters (تعمل) and perfect feminine ones (قالت): not an outlet's name. */
const VERB = /^(?:[يتن]\p{L}{3}|\p{L}{3}ت)$/u;

/** Whether `token`, indefinite after an outlet head and governing nothing, is the outlet's own name. */
export function namesOutlet(head: Token, token: Token, governs: boolean): boolean {
  const words = loadPhraseWords();
  const { bare, article, prefix } = shapeOf(token);
  if (!words.mediaHeads.has(shapeOf(head).bare) || shapeOf(head).article) return false;
  if (article || prefix !== '' || governs || bare.length < 3 || words.mediaNouns.has(bare)) return false;
  return !ADJECTIVE_SHAPE.test(bare) && !PLURAL_END.test(bare) && !/ه$/u.test(bare) && !VERB.test(bare);
}

/** A word written with the preposition ل and no article (لقيادة، لشؤون): «for …», no genitive. */
export function isLiWord(token: Token): boolean {
  const { prefix, bare } = shapeOf(token);
  return /^[وف]?ل$/u.test(prefix) && bare.length >= 3;
}

/**
 * A «لـ» word after the name's adjective or name that says the body's remit (العليا لشؤون اللاجئين) and
 * governs a definite noun (the word after it, whatever its ending): it continues the name. Any other «لـ» word ends it.
 */
export function continuesRemit(token: Token, next: Token | undefined): boolean {
  if (!next || next.sentence !== token.sentence || !shapeOf(next).article || shapeOf(next).lil) return false;
  return isLiWord(token) && loadPhraseWords().liRemitNouns.has(shapeOf(token).bare);
}

/** A definite verbal-noun head with an adjective of a field of activity (الحركة الاقتصادية): the activity. */
export function namesActivity(head: Token, first: Token | undefined): boolean {
  const words = loadPhraseWords();
  const shape = shapeOf(head);
  if (!first || !shape.article || !words.verbalNounHeads.has(shape.bare)) return false;
  return shapeOf(first).article && words.activityAdjectives.has(shapeOf(first).bare);
}
