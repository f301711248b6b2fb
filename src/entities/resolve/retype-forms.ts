/**
 * Type repairs before grouping, for tagger disagreements across mentions of one name:
 * - a form that names a renamed place (data/names/renamed-places.json) is a place (نور سلطان tagged PER), and
 *   so is a person form spelled as a curated place or a province (بن عروس tagged PER; isKnownPlace);
 * - a name in Latin script takes the lexicons' type or, for an acronym, ORG (./type-latin-names.ts);
 * - a MISC form takes the type most often given to the same name elsewhere (أستانة MISC in one report,
 *   LOC in four), judged by the skeleton block and `sameName` like the grouping itself;
 * - a people or community named by a plural noun (data/names/peoples.json: الأكراد، الدروز) is MISC, whatever
 *   the tagger said (الأكراد was the Afrin story's sixth organization);
 * - a person's name tagged as a place or an organization, or an organization's tagged as a person, takes the
 *   same name's type when the story gives that type at least DOMINANCE times as often and MIN_VOTES times in
 *   all (أردوغان tagged LOC nine times, PER twenty-seven times: slips that made a second entity of the
 *   person; أوكسفام PER → ORG). Not between places and organizations, where the tagger's context is mostly
 *   right (a country as a football team, «الشرق الأوسط» the newspaper), nor a person to a place (البغدادي).
 */
import type { EntityType } from '../../types.js';
import type { Form } from './collect-forms.js';
import { isGivenName, loadNames } from './load-names.js';
import { sameName } from './name-distance.js';
import { nameKey } from './name-key.js';
import { renamedPlaceOf } from './renamed-places.js';
import { latinNameType } from './type-latin-names.js';

interface Vote {
  type: EntityType;
  spelling: string;
  count: number;
}

/** Non-MISC spellings per skeleton block, with how many mentions gave each type. */
function typeVotes(forms: Form[]): Map<string, Map<string, Vote>> {
  const byBlock = new Map<string, Map<string, Vote>>();
  for (const form of forms) {
    if (form.type === 'MISC') continue;
    const votes = byBlock.get(form.key.block) ?? new Map<string, Vote>();
    byBlock.set(form.key.block, votes);
    const id = `${form.type}|${form.spelling}`;
    const vote = votes.get(id);
    if (vote) vote.count++;
    else votes.set(id, { type: form.type, spelling: form.spelling, count: 1 });
  }
  return byBlock;
}

const DOMINANCE = 3;
/** The type changes allowed (own > dominant): a person's name read as a place or body, or the reverse for bodies. */
const PERSON_SLIPS = new Set(['LOC>PER', 'ORG>PER', 'PER>ORG']);
const MIN_VOTES = 8;

/** Mentions per type of the names that are the same name as the form's. */
function countTypes(form: Form, votes: Iterable<Vote>): [EntityType, number][] {
  const counts = new Map<EntityType, number>();
  for (const vote of votes) {
    if (sameName(form.spelling, vote.spelling, form.key.skeleton, vote.type))
      counts.set(vote.type, (counts.get(vote.type) ?? 0) + vote.count);
  }
  return [...counts].sort((a, b) => b[1] - a[1]);
}

function majorityType(form: Form, votes: Iterable<Vote>): EntityType | null {
  return countTypes(form, votes)[0]?.[0] ?? null;
}

/** The type the story gives the name DOMINANCE times as often as the form's own, or null. */
function dominantType(form: Form, votes: Iterable<Vote>): EntityType | null {
  const counts = countTypes(form, votes);
  const [best, own] = [counts[0], counts.find(([type]) => type === form.type)];
  if (!best || best[0] === form.type || best[1] < MIN_VOTES) return null;
  if (!PERSON_SLIPS.has(`${form.type}>${best[0]}`)) return null;
  return best[1] >= DOMINANCE * (own?.[1] ?? 0) ? best[0] : null;
}

let placeSpellings: Set<string> | undefined;
/** A name ending in the nisba ي is a family name as often as a place (الأحمدي of محمد صالح الأحمدي). */
const NISBA = /ي$/u;

/**
 * Whether a person form is spelled exactly as a place of the curated lexicon or a province (latin.json LOC
 * entries, data/places/provinces.json: بن عروس، سليانة tagged PER in a list of Tunisian governorates), opens
 * on no given name (صوفيا، جورجيا are women's names too) and does not end in a nisba (الأحمدي).
 */
function isKnownPlace(form: Form): boolean {
  if (form.type !== 'PER') return false;
  const { latin, provinces } = loadNames();
  placeSpellings ??= new Set(
    [...latin.filter((e) => e.type === 'LOC'), ...provinces].flatMap((e) =>
      e.ar.map((ar) => nameKey(ar).plain.join(' ')),
    ),
  );
  const { spelling } = form;
  if (!placeSpellings.has(spelling) || NISBA.test(spelling)) return false;
  return !isGivenName(spelling) && !isGivenName(spelling.split(' ')[0]);
}

let peopleSpellings: Set<string> | undefined;

/** Whether the form is spelled as a people of data/names/peoples.json (match keys, exactly). */
function isPeople(form: Form): boolean {
  peopleSpellings ??= new Set(
    loadNames().peoples.flatMap((p) => p.ar.map((ar) => nameKey(ar).plain.join(' '))),
  );
  return peopleSpellings.has(form.spelling);
}

export function retypeForms(forms: Form[]): void {
  const peoples = new Set(forms.filter(isPeople));
  for (const form of forms) {
    if (form.type !== 'LOC' && renamedPlaceOf({ ...form, type: 'LOC' })) form.type = 'LOC';
    if (isKnownPlace(form)) form.type = 'LOC';
    form.type = peoples.has(form) ? 'MISC' : (latinNameType(form.display) ?? form.type);
  }
  const byBlock = typeVotes(forms);
  // one judgement per type and spelling: a story writes its frequent names thousands of times
  const judged = new Map<string, EntityType | null>();
  const retyped = forms.map((form) => {
    if (peoples.has(form)) return null;
    const id = `${form.type}|${form.key.block}|${form.spelling}`;
    if (!judged.has(id)) {
      const votes = byBlock.get(form.key.block)?.values() ?? [];
      judged.set(id, form.type === 'MISC' ? majorityType(form, votes) : dominantType(form, votes));
    }
    return judged.get(id) ?? null;
  });
  forms.forEach((form, i) => {
    form.type = retyped[i] ?? form.type;
  });
}
