import type { MasarDoc } from '../types.js';
import type { StoryEntity, StoryEvent } from './schema.js';

/** Latin labels of the event types (docs/events.md documents them). */
export const EVENT_TYPE_LATIN: Record<string, string> = {
  talks: 'Talks', meeting: 'Meeting', visit: 'Visit', agreement: 'Agreement', ceasefire: 'Ceasefire',
  attack: 'Attack', withdrawal: 'Withdrawal', release: 'Release of detainees',
};

/** First version of event merging: mentions of one type on the same resolved day are one event. */
export function mergeEvents(docs: MasarDoc[], entities: StoryEntity[]): StoryEvent[] {
  const entityOf = new Map<string, string>();
  for (const e of entities) for (const m of e.mentions) entityOf.set(`${m.doc}:${m.start}`, e.id);
  const byKey = new Map<string, StoryEvent>();
  for (const doc of docs) {
    if (doc.duplicateOf) continue;
    const timexes = doc.data.time?.timexes ?? [];
    const mentions = doc.data.entities?.mentions ?? [];
    const sentences = doc.data.segments?.sentences ?? [];
    for (const ev of doc.data.events?.mentions ?? []) {
      const day = ev.timexes.map((i) => timexes[i].value).find((v) => /^\d{4}(-\d{2}){0,2}$/.test(v));
      if (!day) continue;
      const key = `${ev.type}:${day}`;
      let event = byKey.get(key);
      const sentence = sentences[ev.sentence]?.text ?? '';
      if (!event) {
        event = { id: `ev${byKey.size + 1}`, type: ev.type, label: sentence.slice(0, 80), labelLatin: `${EVENT_TYPE_LATIN[ev.type] ?? ev.type}, ${day}`, date: { start: day }, participants: [], mentions: [] };
        byKey.set(key, event);
      }
      for (const p of ev.participants) {
        const id = entityOf.get(`${doc.id}:${mentions[p].start}`);
        if (id && !event.participants.includes(id)) event.participants.push(id);
      }
      if (ev.place !== undefined && !event.place) event.place = entityOf.get(`${doc.id}:${mentions[ev.place].start}`);
      event.mentions.push({ doc: doc.id, start: ev.start, end: ev.end, sentence });
    }
  }
  return [...byKey.values()].sort((a, b) => a.date.start.localeCompare(b.date.start));
}
