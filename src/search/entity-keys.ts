/**
 * Keys of an entity name for the "mentions this entity" filter: clitics attach to the first word only, so the
 * first word takes each of its readings and the other words their whole-word key. A filter name matches a
 * mention when their key sets meet (بيروت matches ببيروت; الأمم المتحدة matches للأمم المتحدة).
 */

import type { MasarDoc } from '../types.js';
import { keyWords } from './search-keys.js';

export function entityKeys(name: string): string[] {
  const [first, ...rest] = keyWords(name);
  if (!first) return [];
  const tail = rest.map((w) => w.keys[0]).join(' ');
  return first.keys.map((k) => (tail ? `${k} ${tail}` : k));
}

/** Every entity key of a document's mentions, each once. */
export function docEntityKeys(doc: MasarDoc): string[] {
  const keys = new Set<string>();
  for (const mention of doc.data.entities?.mentions ?? [])
    for (const key of entityKeys(mention.text)) keys.add(key);
  return [...keys];
}
