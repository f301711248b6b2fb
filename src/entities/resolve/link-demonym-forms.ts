/**
 * A place or organization name followed by its country's nisba adjective joins the name without it: news
 * adds the adjective to a name it also writes bare («عفرين السورية» beside «عفرين», «حزب العمال الكردستاني
 * التركي» beside «حزب العمال الكردستاني»), and the tagger takes the adjective in or not. The last word must
 * be a demonym of data/names/demonyms.json (./demonyms.ts), and the rest a form of the same type: in the same
 * document when one there has it, else (places only) in the whole corpus when exactly one group has it.
 * The adjective tells which body is meant when the story writes the rest with two countries' adjectives
 * (وكالة الأنباء الفرنسية، السورية; وزارة الدفاع الروسية، الأمريكية): then nothing is linked; and an
 * organization's rest needs two words (a head alone, «الجيش» of «الجيش التركي», may be another country's)
 * and the same document (another report's «وزارة الخارجية» may be another country's); a head noun with one
 * complement (وزارة الدفاع الأمريكية: data/names/org-heads.json) is a country's body, its adjective part of
 * the name. Names whose rest is
 * no form of the story keep their adjective (الجمهورية العربية السورية, الصحراء السورية).
 * The two groups are united (the adjective's group is the same body under both forms, aliases included: البنتاغون
 * stays with وزارة الدفاع الأمريكية), and the linked form is marked `qualified`: never the canonical name.
 */
import type { Form } from './collect-forms.js';
import { countryOfDemonym } from './demonyms.js';
import { matchWords } from './name-key.js';
import { orgRest } from './org-names.js';
import type { UnionFind } from './union-find.js';

interface Holder {
  index: number;
  doc: number;
}

const MIN_REST_WORDS = { LOC: 1, ORG: 2 } as const;

const keyOf = (form: Form, skeletons: string[]) => `${form.type}|${skeletons.join(' ')}`;

/** The skeletons of the name without its trailing demonym, or null when it has none (see the module). */
function restOf(form: Form): string[] | null {
  if (form.type !== 'LOC' && form.type !== 'ORG') return null;
  const words = matchWords(form.display);
  const skeletons = form.key.skeletons;
  if (words.length !== skeletons.length || words.length <= MIN_REST_WORDS[form.type]) return null;
  if (!countryOfDemonym(words[words.length - 1])) return null;
  if (form.type === 'ORG' && orgRest(form.key)?.length === 2) return null;
  const rest = words.slice(0, -1);
  return rest.length === 1 && countryOfDemonym(rest[0]) ? null : skeletons.slice(0, -1);
}

const only = (roots: Set<number>): number | null => (roots.size === 1 ? [...roots][0] : null);

/** The country adjectives each rest is written with in the story (rest key → last words). */
function adjectivesOfRests(forms: Form[], rests: (string[] | null)[]): Map<string, Set<string>> {
  const adjectives = new Map<string, Set<string>>();
  forms.forEach((form, i) => {
    const rest = rests[i];
    if (!rest) return;
    const key = keyOf(form, rest);
    const set = adjectives.get(key) ?? new Set<string>();
    set.add(form.key.skeletons[form.key.skeletons.length - 1]);
    adjectives.set(key, set);
  });
  return adjectives;
}

export function linkDemonymForms(forms: Form[], uf: UnionFind): void {
  const holders = new Map<string, Holder[]>();
  forms.forEach((form, i) => {
    if ((form.type !== 'LOC' && form.type !== 'ORG') || form.country) return;
    const key = keyOf(form, form.key.skeletons);
    const list = holders.get(key);
    if (list) list.push({ index: i, doc: form.doc });
    else holders.set(key, [{ index: i, doc: form.doc }]);
  });
  const rests = forms.map(restOf);
  const adjectives = adjectivesOfRests(forms, rests);
  const linked = rests.map((rest, i) => {
    if (!rest || (adjectives.get(keyOf(forms[i], rest))?.size ?? 0) > 1) return [];
    return holders.get(keyOf(forms[i], rest)) ?? [];
  });
  forms.forEach((form, i) => {
    const here = linked[i].filter((h) => h.doc === form.doc);
    const from = here.length > 0 || form.type === 'ORG' ? here : linked[i];
    const to = only(new Set(from.map((h) => uf.find(h.index))));
    if (to !== null) uf.union(to, i);
  });
  // every form whose bare name ended in its group (by this link or another) is the qualified one
  forms.forEach((form, i) => {
    if (linked[i].some((h) => uf.find(h.index) === uf.find(i))) form.qualified = true;
  });
}
