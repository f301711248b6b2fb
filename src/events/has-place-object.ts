import { stripSuffix } from '../text/clitics.js';
import { firstStartingAtOrAfter } from '../text/search-offsets.js';
import type { EntityMention, Token } from '../types.js';
import type { TriggerHit } from './find-triggers.js';
import { PLACE_HEADS, PLACE_OBJECT, type PlaceObjectRule } from './lexicon.js';

/** «على بلدة داريا», «إلى عفرين»: the prepositions that lead a verb of taking to its place. */
const TOWARD = new Set(['على', 'علي', 'الى', 'إلى', 'الي']);
/** «دخلت القوات التركية مدينة عفرين»: the place is the verb's object; a bare article may open it. */
const BARE_OBJECT = /^(?:ال)?$/u;
/** «سيطرت المخاوف على الأسواق في دمشق»: a place after these is where, not what was taken. */
const LOCATIVE = new Set(['في', 'فى', 'من', 'عن', 'قرب', 'داخل', 'خارج', 'حول', 'منذ']);
/** «للسيطرة على المدينة», «لاستعادة السيطرة»: ل on the word makes it a goal. */
const GOAL = /^[وف]?ل/u;
/** How far after a word that needs armed forces as its subject they may stand («دخلت قوات النظام»). */
const SUBJECT_REACH = 2;

/** By stem or form, also without a pronoun suffix («دخوله»). */
const has = (set: Set<string>, t: Token | undefined) =>
  t !== undefined && (set.has(t.stem) || set.has(t.norm) || set.has(stripSuffix(t.stem)));

/**
 * A word that is an event only with a place as its object (data/events/triggers.json, `placeObject`): a place
 * taken («وسيطرت قوات النظام على بلدة داريا», «سقوط حلب»), not «سيطرت المخاوف على الأسواق». The place is a
 * LOC mention (`locs`, sorted by start) or a place head («مدينة، مطار»). Hits of other types pass.
 */
export function hasPlaceObject(hit: TriggerHit, tokens: Token[], locs: EntityMention[]): boolean {
  const rule = PLACE_OBJECT.get(hit.type);
  if (!rule) return true;
  const word = tokens[hit.first];
  const prefix = word.norm.endsWith(word.stem)
    ? word.norm.slice(0, word.norm.length - word.stem.length)
    : word.norm;
  if (GOAL.test(prefix)) return false;
  if (has(rule.forceWords, word) && !forcesAfter(tokens, hit.last, rule)) return false;
  const at = (k: number) => isPlaceAt(tokens, k, locs);
  const last = tokens[hit.last];
  if (has(rule.direct, last)) return at(hit.last + 1);
  for (let k = hit.last + 1; k <= hit.last + rule.reach && k < tokens.length; k++) {
    const t = tokens[k];
    if (t.sentence !== last.sentence || /^\p{P}+$/u.test(t.text)) return false;
    if (TOWARD.has(t.norm)) return at(k + 1);
    if (!has(rule.toward, last) && k > hit.last + 1 && at(k))
      return (
        BARE_OBJECT.test(t.norm.slice(0, t.norm.length - t.stem.length)) && !LOCATIVE.has(tokens[k - 1].norm)
      );
  }
  return false;
}

/** «دخلت قوات النظام», «دخول القوات»: armed forces right after the word. */
function forcesAfter(tokens: Token[], last: number, rule: PlaceObjectRule): boolean {
  for (let k = last + 1; k <= last + SUBJECT_REACH && tokens[k]?.sentence === tokens[last].sentence; k++)
    if (has(rule.forceSubjects, tokens[k])) return true;
  return false;
}

/** A place starts at token k: a LOC mention (`locs` sorted by start) or a place head noun («مدينة», «مطار»). */
function isPlaceAt(tokens: Token[], k: number, locs: EntityMention[]): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (PLACE_HEADS.has(t.stem) || PLACE_HEADS.has(t.norm)) return true;
  const m = locs[firstStartingAtOrAfter(locs, t.start)];
  return m !== undefined && m.start < t.end;
}
