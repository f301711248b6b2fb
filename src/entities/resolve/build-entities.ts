/**
 * Groups of forms → story entities: the canonical Arabic name (the most frequent form, ties: the longest;
 * for people and organizations only among the forms with the most words, so a surname alone never names the entity;
 * never a form with a trailing country adjective linked to the bare name, link-demonym-forms.ts), every
 * distinct form as a variant, the Latin form, and an id stable across runs (hash of type + canonical key).
 */
import { createHash } from 'node:crypto';
import type { StoryEntity } from '../../story/schema.js';
import type { EntityType } from '../../types.js';
import { latinName } from '../romanize.js';
import { placeOfGroup } from './cluster-forms.js';
import type { Form } from './collect-forms.js';
import { renamedPlace } from './renamed-places.js';

/** Distinct displays, most frequent first (ties: longest, then code-unit order for stability). */
function byFrequency(forms: Form[]): string[] {
  const counts = new Map<string, number>();
  for (const f of forms) counts.set(f.display, (counts.get(f.display) ?? 0) + 1);
  return [...counts.keys()].sort(
    (a, b) => counts.get(b)! - counts.get(a)! || b.length - a.length || (a < b ? -1 : a > b ? 1 : 0),
  );
}

export function canonicalName(type: EntityType, forms: Form[]): string {
  const bare = forms.filter((f) => !f.country);
  if (bare.length === 0) return forms[0].country!;
  const unqualified = bare.filter((f) => !f.qualified);
  const named = unqualified.length > 0 ? unqualified : bare;
  const most = Math.max(...named.map((f) => f.key.words.length));
  return byFrequency(
    type === 'PER' || type === 'ORG' ? named.filter((f) => f.key.words.length === most) : named,
  )[0];
}

export function entityId(type: EntityType, key: string): string {
  return `${type.toLowerCase()}-${createHash('sha1').update(`${type}:${key}`).digest('hex').slice(0, 10)}`;
}

export function buildEntity(forms: Form[]): StoryEntity {
  const type = forms[0].type;
  const name = canonicalName(type, forms);
  const place = placeOfGroup(forms);
  const variants = byFrequency(forms);
  const latin = latinName(
    type,
    name,
    [name, ...variants, ...forms.flatMap((f) => f.country ?? [])],
    place ? renamedPlace(place)?.latin : undefined,
  );
  const sorted = [...forms].sort((a, b) => a.doc - b.doc || a.start - b.start);
  return {
    id: entityId(
      type,
      place ? `place:${place}` : (forms.find((f) => f.display === name)?.key.skeleton ?? name),
    ),
    type,
    name,
    latin,
    variants,
    mentions: sorted.map((f) => ({
      doc: f.docId,
      start: f.start,
      end: f.end,
      text: f.text,
      ...(f.found ? { found: f.found } : {}),
    })),
  };
}
