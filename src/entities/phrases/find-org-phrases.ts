/**
 * Organization phrases: an organization head noun (وزارة، هيئة، جيش، قوات، لواء، جبهة، تحالف …) with its
 * genitive complement and adjectives is an organization's name: «وزارة الدفاع الروسية», «الهيئة العليا
 * للمفاوضات», «قوات سوريا الديمقراطية», «لواء شهداء الإسلام». The phrase follows the grammar of the Arabic
 * construct: after a definite head (الجبهة) only definite adjectives, «لل…» complements and names; after an
 * indefinite head (وزارة) a genitive first (a definite word, a name the tagger found, or an indefinite noun that
 * is itself followed by one, never two in a row), then adjectives. It stops at punctuation, a function word, a word that breaks
 * the pattern (a verb, an indefinite word after a definite one) or after MAX_WORDS complements.
 *
 * Guards, for generic uses: a head alone or with a pronoun suffix (وزارته) is no name; a head whose first
 * complement only says whose body it is (قوات النظام، جيش الاحتلال: GENERIC_COMPLEMENTS) is no name; a
 * definite head needs an adjective (a nisba or one of ADJECTIVES) or a «لل…» complement after it; a person
 * the tagger found ends the phrase (وزارة الخارجية + a spokeswoman's name); a definite plural head with
 * adjectives only is a description (القوات الروسية), and so is a definite head with only a country adjective
 * (الحكومة اليمنية: the country's government); a head before an organization the tagger found whole is its
 * descriptor, not part of its name (جماعة + the group's name: the tagger's span is kept, so every mention of
 * the group keeps one key); a conjunction or preposition glued to a word ends the phrase.
 */
import type { EntityMention, Token } from '../../types.js';
import { countryOfDemonym } from '../resolve/demonyms.js';
import type { Candidate } from './candidate.js';
import {
  continuesComplement,
  continuesRemit,
  describesHead,
  governsNext,
  isLiWord,
  namesActivity,
  namesOutlet,
} from './judge-org-words.js';
import { loadPhraseWords } from './load-phrase-words.js';
import { adjacent, isFunctionWord, isWord, NISBA_END, shapeOf, VERBAL_NOUN } from './word-shape.js';

const MAX_WORDS = 5;

type Kind = 'name' | 'adjective' | 'descriptive' | 'lil' | 'definite' | 'indefinite';

/** What a complement word is, by its form: the tagger's mention, an adjective, «لل…», a noun. */
function kindOf(token: Token, tagged: boolean): Kind {
  if (tagged) return 'name';
  const shape = shapeOf(token);
  if (shape.lil) return 'lil';
  const words = loadPhraseWords();
  if (shape.article && words.descriptiveAdjectives.has(shape.bare)) return 'descriptive';
  // A final ى (الجرحى) is not the nisba ي, though match keys write both as ي.
  const nisba = NISBA_END.test(shape.bare) && !/ى$/u.test(token.text);
  if (shape.article && (nisba || words.orgAdjectives.has(shape.bare))) return 'adjective';
  return shape.article ? 'definite' : 'indefinite';
}

/**
 * The conjunction و, or a preposition ب ك before the article, glued to a complement (والقوى، بالعاصمة) starts
 * another phrase; ل and لل do not, nor a bare ب ك ف, which the light stemmer also cuts from words that begin
 * with those letters (كردستان، فرسان). For a name the tagger found, its own span says (a proclitic left out).
 */
const startsNewPhrase = (token: Token, at?: { mention: EntityMention }): boolean =>
  at ? at.mention.start > token.start : /^(?:و|[وف]?[بك]ال)/u.test(shapeOf(token).prefix);

/** A definite plural head with adjectives only is a description (القوات الروسية), not a name. */
const PLURAL_HEAD = /ات$/u;

/** A definite head with one country adjective (الحكومة اليمنية): that country's body, told as a description. */
const countryAdjectiveOnly = (tokens: Token[], head: number, end: number): boolean =>
  end === head + 1 && countryOfDemonym(tokens[end].text) !== null;

/** Mentions by their first token: the tagger's spans, so a name in the complement is taken whole. */
export type MentionAt = Map<number, { last: number; mention: EntityMention }>;

export function isOrgHead(token: Token): boolean {
  return isWord(token) && loadPhraseWords().orgHeads.has(token.stem);
}

/** What the walk over the complements found: the last token, the kinds taken, whether a name is among them. */
interface Walk {
  end: number;
  kinds: Kind[];
  named: boolean;
}

/** The walk along the complements of the head (see the module comment); null when the head is a common noun. */
function walkComplements(text: string, tokens: Token[], head: number, mentionAt: MentionAt): Walk | null {
  const words = loadPhraseWords();
  const definiteHead = shapeOf(tokens[head]).article;
  const walk: Walk = { end: -1, kinds: [], named: false };
  let [prev, needsDefinite] = [head, false];
  let last: Kind | null = null;
  for (let i = head + 1; i < tokens.length && walk.kinds.length < MAX_WORDS; i++) {
    const token = tokens[i];
    if (token.sentence !== tokens[head].sentence || !adjacent(text, tokens[prev], token)) break;
    const at = mentionAt.get(i);
    if (!isWord(token) || isFunctionWord(token) || at?.mention.type === 'PER') break;
    if (startsNewPhrase(token, at)) {
      if ((last !== 'lil' && last !== 'definite') || !continuesComplement(token, at !== undefined)) break;
      walk.kinds.push(last);
      prev = walk.end = i;
      continue;
    }
    let kind = kindOf(token, at !== undefined);
    const after = at ? at.last : i;
    const governs = governsNext(text, tokens, after, mentionAt.has(after + 1));
    if (last === null) {
      if (kind !== 'name' && describesHead(tokens[head], token, kind === 'definite', governs)) return null;
      // Another head right after (فصيل جيش X): the first is the second's descriptor; the second heads its own.
      if (kind === 'indefinite' && isOrgHead(token)) return null;
      if (definiteHead && (kind === 'lil' || kind === 'descriptive')) return null;
      if (kind === 'indefinite' && namesOutlet(tokens[head], token, governs)) kind = 'name';
      // An indefinite head with «لـ» or «لل» first (مركز لقيادة المسلمين، تجمع للمسيحيين): «a … for», a description.
      if (!definiteHead && (kind === 'lil' || (kind === 'indefinite' && isLiWord(token)))) return null;
    }
    const remit = last !== null && kind === 'indefinite' && continuesRemit(token, tokens[i + 1]);
    if (at === undefined && words.stopComplements.has(shapeOf(token).bare)) break;
    if (kind === 'descriptive') {
      if (definiteHead && !walk.named) return null;
      break;
    }
    const construct = last === null ? !definiteHead : last === 'indefinite';
    if (kind === 'indefinite' && !remit && (!construct || last === 'indefinite')) break;
    if ((kind === 'name' || kind === 'definite') && !construct && last !== null) break;
    if (definiteHead && last === null && (kind === 'definite' || kind === 'name')) return null;
    last = kind;
    walk.kinds.push(kind);
    prev = at ? at.last : i;
    i = prev;
    needsDefinite = kind === 'indefinite';
    if (!needsDefinite) walk.end = prev;
    walk.named ||= kind === 'name' || kind === 'lil' || remit;
  }
  return walk;
}

/**
 * A head that is a verbal noun itself (تنظيم، إدارة، حركة) with one definite complement only, or a verbal
 * noun first, and no name: the act (إدارة الموارد، تنظيم الانتخابات الرئاسية), not a body.
 */
function namesAnAct(tokens: Token[], head: number, walk: Walk): boolean {
  const { bare, article } = shapeOf(tokens[head]);
  if (article || !loadPhraseWords().verbalNounHeads.has(bare)) return false;
  // A name and then a «لل…» object (إدارة موسكو للحدث): the name's act of handling something.
  if (walk.named) return walk.kinds[0] === 'name' && walk.kinds[1] === 'lil';
  return walk.end === head + 1 || VERBAL_NOUN.test(shapeOf(tokens[head + 1]).bare);
}

/** The last token of the organization phrase headed at `head`, or -1 when it is no name. */
export function orgPhraseEnd(text: string, tokens: Token[], head: number, mentionAt: MentionAt): number {
  const walk = walkComplements(text, tokens, head, mentionAt);
  if (!walk || walk.end < 0 || namesAnAct(tokens, head, walk)) return -1;
  const { end, named } = walk;
  const only = mentionAt.get(head + 1);
  if (only && only.last === end && only.mention.type === 'ORG') return -1;
  // Common words right before an organization the tagger found (شركة الإسمنت الفرنسية لافارج): its descriptor;
  // not when the name is joined by a proclitic (وحزب: a list; لمنظمة، للأمم: «of», the body's owner) nor
  // when the tagger's «name» is a bare head noun (وحدات حماية الشعب الكردية منظمة "إرهابية").
  const next = mentionAt.get(end + 1);
  const bareHead = next?.last === end + 1 && isOrgHead(tokens[end + 1]);
  const apposed = next?.mention.type === 'ORG' && !bareHead && next.mention.start === tokens[end + 1].start;
  if (!named && apposed && adjacent(text, tokens[end], tokens[end + 1])) return -1;
  if (namesActivity(tokens[head], tokens[head + 1])) return -1;
  const { article, bare } = shapeOf(tokens[head]);
  if (!article || named) return end;
  const description =
    PLURAL_HEAD.test(tokens[head].stem) ||
    countryAdjectiveOnly(tokens, head, end) ||
    loadPhraseWords().definiteDescriptionHeads.has(bare);
  return description ? -1 : end;
}

/** Organization phrases of the tokens of one document. */
export function findOrgPhrases(text: string, tokens: Token[], mentionAt: MentionAt): Candidate[] {
  const found: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isOrgHead(tokens[i])) continue;
    const last = orgPhraseEnd(text, tokens, i, mentionAt);
    if (last < 0) continue;
    found.push({ first: i, last, type: 'ORG', cut: headCut(tokens[i]), rule: 'org-head' });
    i = last;
  }
  return found;
}

/** Proclitic letters before the head that are not the article (وزارة in «ووزارة», الهيئة in «والهيئة»). */
export function headCut(token: Token): number {
  const { prefix, lil } = shapeOf(token);
  if (lil) return 0;
  return prefix.endsWith('ال') ? prefix.length - 2 : prefix.length;
}
