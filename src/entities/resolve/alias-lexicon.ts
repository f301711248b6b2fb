/**
 * Alias groups: curated organization aliases (data/names/org-aliases.json: الحوثيون ↔ أنصار الله, داعش ↔ تنظيم
 * الدولة الإسلامية, جبهة النصرة → هيئة تحرير الشام) and, as a second source, the organizations and places of
 * data/names/latin.json and data/gazetteers/*.json listed with several Arabic forms (حلف شمال الأطلسي ↔ الناتو,
 * السعودية ↔ المملكة العربية السعودية, أمريكا ↔ الولايات المتحدة). A form names an alias group of its own type
 * when its skeleton block holds one of the group's spellings and `sameName` confirms it; a one-word form must
 * be one of the spellings exactly (العربي is not العربية).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { EntityType } from '../../types.js';
import type { Form } from './collect-forms.js';
import { loadNames } from './load-names.js';
import { sameName } from './name-distance.js';
import { nameKey } from './name-key.js';

export interface OrgAlias {
  id: string;
  en: string;
  names: { ar: string[]; from?: string; until?: string }[];
  source: string;
}

/** Where a group comes from: the alias lexicon or a gazetteer entry with several Arabic forms. */
export type AliasSource = 'lexicon' | 'gazetteer';

interface Spelling {
  group: string;
  type: EntityType;
  source: AliasSource;
  spelling: string;
}

const FILE = fileURLToPath(new URL('../../../data/names/org-aliases.json', import.meta.url));

let aliases: OrgAlias[] | undefined;

export function orgAliases(): OrgAlias[] {
  aliases ??= (JSON.parse(readFileSync(FILE, 'utf8')) as { ORG_ALIASES: OrgAlias[] }).ORG_ALIASES;
  return aliases;
}

type GroupList = [id: string, type: EntityType, source: AliasSource, forms: string[]];

function groupLists(): GroupList[] {
  const { latin, gazetteer } = loadNames();
  const known = [...latin, ...gazetteer].filter(
    (e) => (e.type === 'ORG' || e.type === 'LOC') && e.ar.length > 1,
  );
  return [
    ...orgAliases().map((a): GroupList => [a.id, 'ORG', 'lexicon', a.names.flatMap((n) => n.ar)]),
    ...known.map((e): GroupList => [`${e.type}:${e.en}`, e.type, 'gazetteer', e.ar]),
  ];
}

let bySkeleton: Map<string, Spelling[]> | undefined;

/** Spellings by skeleton block; a gazetteer entry sharing a spelling with an earlier group joins that group. */
function index(): Map<string, Spelling[]> {
  if (bySkeleton) return bySkeleton;
  const blocks = new Map<string, Spelling[]>();
  const owner = new Map<string, Spelling>();
  for (const [id, type, source, forms] of groupLists()) {
    const keys = forms.map(nameKey).filter((k) => k.words.length > 0);
    const shared = keys.map((k) => owner.get(`${type}|${k.plain.join(' ')}`)).find(Boolean);
    const group = shared ? shared.group : id;
    for (const key of keys) {
      const spelling: Spelling = {
        group,
        type,
        source: shared?.source ?? source,
        spelling: key.plain.join(' '),
      };
      if (owner.has(`${type}|${spelling.spelling}`)) continue;
      owner.set(`${type}|${spelling.spelling}`, spelling);
      blocks.set(key.block, [...(blocks.get(key.block) ?? []), spelling]);
    }
  }
  bySkeleton = blocks;
  return blocks;
}

/** The alias group an organization or place form names, or null. */
export function aliasGroupOf(form: Pick<Form, 'type' | 'key' | 'spelling'>): Spelling | null {
  if (form.type !== 'ORG' && form.type !== 'LOC') return null;
  const hit = index()
    .get(form.key.block)
    ?.find(
      (s) =>
        s.type === form.type &&
        (form.key.plain.length === 1
          ? s.spelling === form.spelling
          : sameName(form.spelling, s.spelling, form.key.skeleton, form.type)),
    );
  return hit ?? null;
}
