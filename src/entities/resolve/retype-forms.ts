/**
 * Type repairs before grouping, for tagger disagreements across mentions of one name:
 * - a form that names a renamed place (data/names/renamed-places.json) is a place (نور سلطان tagged PER);
 * - a MISC form takes the type most often given to the same name elsewhere (أستانة MISC in one report,
 *   LOC in four), judged by the skeleton block and `sameName` like the grouping itself.
 */
import type { EntityType } from '../../types.js';
import type { Form } from './collect-forms.js';
import { sameName } from './name-distance.js';
import { renamedPlaceOf } from './renamed-places.js';

function typeVotes(forms: Form[]): Map<string, Form[]> {
  const byBlock = new Map<string, Form[]>();
  for (const form of forms) {
    if (form.type !== 'MISC') byBlock.set(form.key.block, [...(byBlock.get(form.key.block) ?? []), form]);
  }
  return byBlock;
}

function majorityType(form: Form, others: Form[]): EntityType | null {
  const counts = new Map<EntityType, number>();
  for (const other of others) {
    if (sameName(form.spelling, other.spelling, form.key.skeleton, other.type)) counts.set(other.type, (counts.get(other.type) ?? 0) + 1);
  }
  const best = [...counts].sort((a, b) => b[1] - a[1])[0];
  return best ? best[0] : null;
}

export function retypeForms(forms: Form[]): void {
  for (const form of forms) {
    if (form.type !== 'LOC' && renamedPlaceOf({ ...form, type: 'LOC' })) form.type = 'LOC';
  }
  const byBlock = typeVotes(forms);
  for (const form of forms) {
    if (form.type !== 'MISC') continue;
    form.type = majorityType(form, byBlock.get(form.key.block) ?? []) ?? form.type;
  }
}
