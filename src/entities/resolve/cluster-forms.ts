/**
 * Forms → groups of the same name. Blocking first (type + skeleton `block`, and `crossBlock` too when a cross
 * alternation gives the form a second one: تشاوش أوغلو meets جاووش أوغلو), so only forms that share a
 * consonant skeleton are compared: the work is linear in the mentions plus quadratic only inside a block
 * of distinct spellings (a handful). Inside a block, `sameName` on the spelling forms decides; every form of
 * a renamed place (data/names/renamed-places.json) joins its place.
 */
import type { Form } from './collect-forms.js';
import { sameName } from './name-distance.js';
import { renamedPlaceOf } from './renamed-places.js';
import { UnionFind } from './union-find.js';

export function clusterForms(forms: Form[]): UnionFind {
  const uf = new UnionFind(forms.length);
  const bySpelling = new Map<string, number>();
  const blocks = new Map<string, number[]>();
  const places = new Map<string, number>();
  forms.forEach((form, i) => {
    const spelling = `${form.type}|${form.spelling}`;
    const first = bySpelling.get(spelling);
    if (first !== undefined) {
      uf.union(first, i);
      return;
    }
    bySpelling.set(spelling, i);
    for (const key of new Set([form.key.block, form.key.crossBlock])) {
      const block = `${form.type}|${key}`;
      const members = blocks.get(block);
      if (members) members.push(i);
      else blocks.set(block, [i]);
    }
    const place = renamedPlaceOf(form);
    if (place === null) return;
    const seen = places.get(place);
    if (seen === undefined) places.set(place, i);
    else uf.union(seen, i);
  });
  for (const members of blocks.values()) unionSameNames(forms, members, uf);
  return uf;
}

function unionSameNames(forms: Form[], members: number[], uf: UnionFind): void {
  for (let a = 0; a < members.length; a++) {
    for (let b = a + 1; b < members.length; b++) {
      const [fa, fb] = [forms[members[a]], forms[members[b]]];
      if (uf.find(members[a]) === uf.find(members[b])) continue;
      if (sameName(fa.spelling, fb.spelling, fa.key.skeleton, fa.type)) uf.union(members[a], members[b]);
    }
  }
}

/** The renamed place a group stands for, when one of its forms names one. */
export function placeOfGroup(forms: Form[]): string | null {
  for (const form of forms) {
    const place = renamedPlaceOf(form);
    if (place) return place;
  }
  return null;
}
