/**
 * Short forms of organization names linked to the full name built on a head noun (data/names/org-heads.json):
 * - the name without its head (الخارجية الروسية → وزارة الخارجية الروسية) joins the one full name with that
 *   rest in the same document, else the one in the whole corpus;
 * - a leading part of the rest (الخارجية alone) joins a full name only when exactly one full name in the same
 *   document has a rest that starts with it.
 * Returns the group each linked form moves to (form index → group root), like linkShortForms.
 */
import type { Form } from './collect-forms.js';
import { orgRest } from './org-names.js';
import type { UnionFind } from './union-find.js';

interface FullName {
  root: number;
  doc: number;
  rest: string[];
}

const only = (roots: Set<number>): number | null => (roots.size === 1 ? [...roots][0] : null);

/** The full names by their rest and by their document: lookups instead of a scan of all per short form. */
interface FullNames {
  byRest: Map<string, FullName[]>;
  byDoc: Map<number, FullName[]>;
}

function indexFullNames(full: FullName[]): FullNames {
  const byRest = new Map<string, FullName[]>();
  const byDoc = new Map<number, FullName[]>();
  const put = <K>(map: Map<K, FullName[]>, key: K, f: FullName) => {
    const list = map.get(key);
    if (list) list.push(f);
    else map.set(key, [f]);
  };
  for (const f of full) {
    put(byRest, f.rest.join(' '), f);
    put(byDoc, f.doc, f);
  }
  return { byRest, byDoc };
}

function target(full: FullNames, form: Form): number | null {
  const skeleton = form.key.skeleton;
  const whole = full.byRest.get(skeleton) ?? [];
  const here = whole.filter((f) => f.doc === form.doc);
  const byRest = only(new Set((here.length > 0 ? here : whole).map((f) => f.root)));
  if (byRest !== null || whole.length > 0) return byRest;
  const n = form.key.skeletons.length;
  const leading = (full.byDoc.get(form.doc) ?? []).filter(
    (f) => f.rest.length > n && f.rest.slice(0, n).join(' ') === skeleton,
  );
  return only(new Set(leading.map((f) => f.root)));
}

export function linkOrgForms(forms: Form[], uf: UnionFind): Map<number, number> {
  const full: FullName[] = [];
  forms.forEach((form, i) => {
    const rest = form.type === 'ORG' ? orgRest(form.key) : null;
    if (rest) full.push({ root: uf.find(i), doc: form.doc, rest });
  });
  const moves = new Map<number, number>();
  if (full.length === 0) return moves;
  const index = indexFullNames(full);
  forms.forEach((form, i) => {
    if (form.type !== 'ORG' || orgRest(form.key)) return;
    const to = target(index, form);
    if (to !== null && to !== uf.find(i)) moves.set(i, to);
  });
  return moves;
}
