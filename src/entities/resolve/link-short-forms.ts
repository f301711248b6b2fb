/**
 * Short person names linked to the full name they stand for, mention by mention:
 * - a surname alone (دي سيلفا, غريفيث) joins the one full name that ends with it: the one in the same
 *   document when exactly one there does, else the one in the whole corpus when exactly one does;
 * - a first name alone (or any leading part) joins a full name only when exactly one full name in the same
 *   document starts with it, so two people who share a first name (two Bashars) are never merged.
 * Returns the group each linked form moves to (form index → group root).
 */
import type { Form } from './collect-forms.js';
import { nameDistance } from './name-distance.js';
import type { UnionFind } from './union-find.js';

interface Part {
  root: number;
  spelling: string;
}
type PartIndex = Map<string, Part[]>;

const PART_DISTANCE = 0.5;
/** A part whose skeleton has this many letters or fewer matches only as spelled (دان is not الدين). */
const EXACT_SKELETON = 2;

interface Parts {
  suffixes: PartIndex;
  prefixes: PartIndex;
  /** Documents each group has a form in. */
  docs: Map<number, Set<number>>;
  /** Skeleton of each group's longest form. */
  longest: Map<number, string[]>;
}

function indexParts(forms: Form[], uf: UnionFind): Parts {
  const suffixes: PartIndex = new Map();
  const prefixes: PartIndex = new Map();
  const docs = new Map<number, Set<number>>();
  const longest = new Map<number, string[]>();
  const add = (index: PartIndex, skeleton: string[], words: string[], root: number) => {
    const key = skeleton.join(' ');
    const spelling = words.join(' ');
    const list = index.get(key) ?? [];
    if (!list.some((p) => p.root === root && p.spelling === spelling)) list.push({ root, spelling });
    index.set(key, list);
  };
  forms.forEach((form, i) => {
    if (form.type !== 'PER') return;
    const root = uf.find(i);
    docs.set(root, (docs.get(root) ?? new Set()).add(form.doc));
    const { skeletons, plain: words } = form.key;
    if (skeletons.length > (longest.get(root)?.length ?? 0)) longest.set(root, skeletons);
    for (let n = 1; n < words.length; n++) {
      add(suffixes, skeletons.slice(-n), words.slice(-n), root);
      add(prefixes, skeletons.slice(0, n), words.slice(0, n), root);
    }
  });
  return { suffixes, prefixes, docs, longest };
}

/** Groups with a form that ends (starts) with `form`, less those that are themselves part of another one. */
function candidates(index: PartIndex, longest: Parts['longest'], form: Form, own: number): Set<number> {
  const hits = (index.get(form.key.skeleton) ?? []).filter(
    (p) => p.root !== own && nameDistance(p.spelling, form.spelling) <= PART_DISTANCE,
  );
  const roots = new Set(hits.map((p) => p.root));
  const isPart = (root: number) =>
    (index.get(longest.get(root)?.join(' ') ?? '') ?? []).some((p) => p.root !== root && roots.has(p.root));
  return new Set([...roots].filter((root) => !isPart(root)));
}

const only = (roots: number[]): number | null => (roots.length === 1 ? roots[0] : null);

/** Whether the group has a part spelled exactly as the form (for short forms, which may link no other way). */
const spelledIn = (form: Form, root: number, ...indexes: PartIndex[]): boolean =>
  indexes.some((index) =>
    (index.get(form.key.skeleton) ?? []).some((p) => p.root === root && p.spelling === form.spelling),
  );

export function linkShortForms(forms: Form[], uf: UnionFind): Map<number, number> {
  const { suffixes, prefixes, docs, longest } = indexParts(forms, uf);
  const moves = new Map<number, number>();
  forms.forEach((form, i) => {
    if (form.type !== 'PER') return;
    const own = uf.find(i);
    const inDoc = (roots: Set<number>) => [...roots].filter((r) => docs.get(r)?.has(form.doc));
    const bySurname = candidates(suffixes, longest, form, own);
    const here = inDoc(bySurname);
    const target = here.length > 0 ? only(here) : only([...bySurname]);
    const byFirstName = bySurname.size === 0 ? only(inDoc(candidates(prefixes, longest, form, own))) : null;
    const to = target ?? byFirstName;
    if (to !== null && (form.key.block.length > EXACT_SKELETON || spelledIn(form, to, suffixes, prefixes)))
      moves.set(i, to);
  });
  return moves;
}

/** The group a form ends in: its move (followed through moved groups) or its own group. */
export function groupOf(i: number, uf: UnionFind, moves: Map<number, number>): number {
  let group = uf.find(i);
  for (let hops = 0, next = moves.get(i); next !== undefined && hops < 8; hops++) {
    group = uf.find(next);
    next = moves.get(group);
  }
  return group;
}
