import type { EntityMention, EntityType, MasarDoc } from '../../../src/types.js';

/** A document whose mentions are the given [surface, type] pairs, found in order in its text. */
export function makeDoc(id: string, text: string, mentions: [string, EntityType][]): MasarDoc {
  let from = 0;
  const list: EntityMention[] = mentions.map(([surface, type]) => {
    const start = text.indexOf(surface, from);
    if (start < 0) throw new Error(`${surface} not in ${id}`);
    from = start + surface.length;
    return { start, end: from, text: surface, type, key: surface, sentence: 0 };
  });
  return {
    id,
    meta: { source: id },
    published: { date: null, how: 'unknown', evidence: '' },
    data: { clean: { title: '', text, dropped: [] }, entities: { mentions: list } },
    messages: [],
  };
}

/** A document made of its mentions alone, one per line. */
export function docOf(id: string, mentions: [string, EntityType][]): MasarDoc {
  return makeDoc(id, mentions.map(([s]) => s).join('\n'), mentions);
}
