/**
 * Type repairs before grouping, for tagger disagreements across mentions of one name:
 * - a form that names a renamed place (data/names/renamed-places.json) is a place (نور سلطان tagged PER);
 * - a name in Latin script takes the lexicons' type or, for an acronym, ORG (./type-latin-names.ts);
 * - a MISC form takes the type most often given to the same name elsewhere (أستانة MISC in one report,
 *   LOC in four), judged by the skeleton block and `sameName` like the grouping itself.
 */
import type { EntityType } from '../../types.js';
import type { Form } from './collect-forms.js';
import { sameName } from './name-distance.js';
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

function majorityType(form: Form, votes: Iterable<Vote>): EntityType | null {
  const counts = new Map<EntityType, number>();
  for (const vote of votes) {
    if (sameName(form.spelling, vote.spelling, form.key.skeleton, vote.type))
      counts.set(vote.type, (counts.get(vote.type) ?? 0) + vote.count);
  }
  const best = [...counts].sort((a, b) => b[1] - a[1])[0];
  return best ? best[0] : null;
}

export function retypeForms(forms: Form[]): void {
  for (const form of forms) {
    if (form.type !== 'LOC' && renamedPlaceOf({ ...form, type: 'LOC' })) form.type = 'LOC';
    form.type = latinNameType(form.display) ?? form.type;
  }
  const byBlock = typeVotes(forms);
  for (const form of forms) {
    if (form.type !== 'MISC') continue;
    form.type = majorityType(form, byBlock.get(form.key.block)?.values() ?? []) ?? form.type;
  }
}
