/**
 * Tagger mentions whose form says they are no name, by three tests on the words' shape:
 * - a person that is one verb: the future prefix س with an imperfect prefix (ي ت ن) and an object pronoun
 *   suffix (سيترأسه، ستزورها: he will chair it), a form no name takes; and a person whose first word is an
 *   imperfect verb with a dual or plural object pronoun (تملكهما X: which X owns);
 * - a person whose last word is a nisba adjective in the feminine dual or the plural (-يتان، -يتين، -يين،
 *   -يون, five letters or more): a common noun with its adjective («طائرتان فرنسيتان»), not a person;
 * - a place or other name of one word ending in -يا, without the article, that no gazetteer knows and that
 *   no preposition governs: an adverbial accusative of a nisba adjective (ميدانيا، رسميا، حاليا); a country in
 *   -يا is in the gazetteers or is its nisba + ا (بريطاني → بريطانيا), an unknown place is mostly after في، من،
 *   إلى or بـ. Written with tanween (فكرياً) it is an adverb whatever else;
 * - a person with a word written with nunation (أصدرت بيانًا: "issued a statement"): names are not written
 *   with tanween in news, common nouns and adverbs are;
 * - a non-person mention that describes a person by role (الكاتب السعودي، ولي + العهد السعودي:
 *   ./judge-role-description.ts).
 */
import type { EntityMention, Token } from '../../types.js';
import { loadGazetteers } from '../ner/gazetteers.js';
import { countryOfDemonym } from '../resolve/demonyms.js';
import type { MentionAt } from './find-org-phrases.js';
import { isRoleDescription } from './judge-role-description.js';
import { shapeOf } from './word-shape.js';

const FUTURE_VERB = /^[وف]?س[يتن]\p{L}{2,}(?:ه|ها|هم|هما|هن)$/u;
/** An imperfect verb with a plural or dual object pronoun (تملكهما، يقودهم): no name begins with one. */
const VERB_WITH_OBJECT = /^[وف]?[يتن]\p{L}{3,}(?:هما|هم)$/u;
const NISBA_PLURAL = /\p{L}{2,}ي(?:تان|تين|ين|ون)$/u;
const ADVERB = /^\p{L}{3,}يا$/u;
const TANWEEN = /\u064b/u;
/** Any of the three tanween marks. */
const NUNATION = /[\u064b-\u064d]/u;
const PREPOSITIONS = new Set(['في', 'من', 'الي', 'علي', 'عن', 'نحو', 'حتي', 'مع', 'قرب', 'داخل', 'بين']);

export type RejectRule = 'verb-form' | 'nisba-plural' | 'nunation' | 'adverb' | 'role-description';

/** The rule that rejects the mention (tokens [first, last]), or null when it stays. */
export function rejectRule(
  mention: EntityMention,
  tokens: Token[],
  first: number,
  last: number,
): RejectRule | null {
  const words = tokens.slice(first, last + 1);
  if (mention.type === 'PER' && words.length === 1 && FUTURE_VERB.test(words[0].norm)) return 'verb-form';
  if (mention.type === 'PER' && VERB_WITH_OBJECT.test(words[0].norm)) return 'verb-form';
  if (mention.type === 'PER' && words.some((w) => NUNATION.test(w.text))) return 'nunation';
  if (mention.type === 'PER' && words.length > 1 && NISBA_PLURAL.test(words[words.length - 1].norm))
    return 'nisba-plural';
  if (mention.type !== 'PER' && isRoleDescription(tokens, first, last)) return 'role-description';
  if (mention.type !== 'PER' && words.length === 1 && ADVERB.test(words[0].norm)) {
    const [word, before] = [words[0], tokens[first - 1]];
    if (TANWEEN.test(word.text)) return 'adverb';
    const governed = shapeOf(word).prefix !== '' || (before && PREPOSITIONS.has(before.norm));
    const known = loadGazetteers().words.has(word.norm) || countryOfDemonym(word.norm.slice(0, -1)) !== null;
    if (!governed && !known) return 'adverb';
  }
  return null;
}

/** The mentions without those a rule rejects; the rejected ones' rules are pushed to `rejected`. */
export function rejectFalsePositives(
  tokens: Token[],
  mentions: EntityMention[],
  at: MentionAt,
  rejected: RejectRule[] = [],
): EntityMention[] {
  const out = new Set(mentions);
  for (const [first, { last, mention }] of at) {
    const rule = rejectRule(mention, tokens, first, last);
    if (rule) {
      out.delete(mention);
      rejected.push(rule);
    }
  }
  return mentions.filter((m) => out.has(m));
}
