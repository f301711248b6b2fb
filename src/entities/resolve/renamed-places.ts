/**
 * Forms that name a place of data/names/renamed-places.json (any of its names over time): the place's id,
 * found by blocking on the skeleton key and confirming with `sameName`.
 */
import type { Form } from './collect-forms.js';
import { loadNames } from './load-names.js';
import { sameName } from './name-distance.js';
import { nameKey } from './name-key.js';

interface PlaceForm {
  id: string;
  spelling: string;
}

let bySkeleton: Map<string, PlaceForm[]> | undefined;

function index(): Map<string, PlaceForm[]> {
  if (bySkeleton) return bySkeleton;
  bySkeleton = new Map();
  for (const place of loadNames().renamedPlaces) {
    for (const ar of place.names.flatMap((n) => n.ar)) {
      const key = nameKey(ar);
      const list = bySkeleton.get(key.block) ?? [];
      list.push({ id: place.id, spelling: key.plain.join(' ') });
      bySkeleton.set(key.block, list);
    }
  }
  return bySkeleton;
}

export function renamedPlaceOf(form: Pick<Form, 'type' | 'key' | 'spelling'>): string | null {
  if (form.type !== 'LOC') return null;
  const hit = index()
    .get(form.key.block)
    ?.find((p) => sameName(form.spelling, p.spelling, form.key.skeleton, 'LOC'));
  return hit?.id ?? null;
}

export function renamedPlace(id: string) {
  return loadNames().renamedPlaces.find((p) => p.id === id) ?? null;
}
