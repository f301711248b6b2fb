import type { MasarDoc } from '../types.js';
import type { StoryEntity } from './schema.js';
import { romanize } from '../entities/romanize.js';

/** First version of cross-document resolution: mentions with the same match key and type are one entity. */
export function resolveEntities(docs: MasarDoc[]): StoryEntity[] {
  const byKey = new Map<string, StoryEntity>();
  for (const doc of docs) {
    for (const m of doc.data.entities?.mentions ?? []) {
      const key = `${m.type}:${m.key}`;
      let entity = byKey.get(key);
      if (!entity) {
        entity = { id: `e${byKey.size + 1}`, type: m.type, name: m.text, latin: romanize(m.text), variants: [], mentions: [] };
        byKey.set(key, entity);
      }
      if (!entity.variants.includes(m.text)) entity.variants.push(m.text);
      entity.mentions.push({ doc: doc.id, start: m.start, end: m.end, text: m.text });
    }
  }
  return [...byKey.values()];
}
