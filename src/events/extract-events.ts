import type { EntityMention, EventMention, Segments, Timex } from '../types.js';

/**
 * First version of event extraction: a trigger word (matched on its clitic-stripped key) makes an event
 * mention of its type; the time expressions and entities of the same sentence are its arguments.
 */
export const EVENT_TRIGGERS: Record<string, string> = {
  محادثات: 'talks', مفاوضات: 'talks', مشاورات: 'talks', مباحثات: 'talks', جوله: 'talks',
  اجتماع: 'meeting', لقاء: 'meeting', قمه: 'meeting',
  زياره: 'visit',
  اتفاق: 'agreement', اتفاقيه: 'agreement', مذكره: 'agreement',
  هدنه: 'ceasefire',
  هجوم: 'attack', قصف: 'attack', غاره: 'attack',
  انسحاب: 'withdrawal',
  الافراج: 'release', افراج: 'release', تبادل: 'release',
};

export function extractEvents(segments: Segments, timexes: Timex[], entities: EntityMention[]): EventMention[] {
  const events: EventMention[] = [];
  const seen = new Set<number>();
  for (const token of segments.tokens) {
    const type = EVENT_TRIGGERS[token.stem] ?? EVENT_TRIGGERS[token.norm];
    if (!type || seen.has(token.sentence)) continue;
    seen.add(token.sentence);
    const sentence = segments.sentences[token.sentence];
    const inside = (s: { start: number; end: number }) => s.start >= sentence.start && s.end <= sentence.end;
    events.push({
      start: token.start,
      end: token.end,
      type,
      trigger: token.text,
      sentence: token.sentence,
      timexes: timexes.flatMap((t, i) => (inside(t) && t.type === 'DATE' ? [i] : [])),
      participants: entities.flatMap((e, i) => (inside(e) && e.type !== 'LOC' ? [i] : [])),
      place: entities.findIndex((e) => inside(e) && e.type === 'LOC'),
    });
    if (events.at(-1)!.place === -1) delete events.at(-1)!.place;
  }
  return events;
}
