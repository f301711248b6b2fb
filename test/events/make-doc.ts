import { extractEvents } from '../../src/events/extract-events.js';
import { newDoc } from '../../src/io/read-inputs.js';
import { segment } from '../../src/pipeline/stages/segment.js';
import type { StoryEntity } from '../../src/story/schema.js';
import type { EntityType, IsoDay, MasarDoc, Timex } from '../../src/types.js';

/** A hand-made timex: its surface (found in the text) and the value a time stage would give it. */
export interface TimexSpec {
  text: string;
  from: IsoDay;
  to?: IsoDay;
  value?: string;
  relative?: boolean;
  nth?: number;
}
export interface MentionSpec {
  text: string;
  type: EntityType;
  nth?: number;
}

function offset(text: string, needle: string, nth = 0): number {
  let at = -1;
  for (let k = 0; k <= nth; k++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" not in the test text`);
  }
  return at;
}

/** A document through the real segment stage, with hand-made timexes and entity mentions, then events. */
export function makeDoc(
  id: string,
  text: string,
  opts: { published?: IsoDay; timexes?: TimexSpec[]; mentions?: MentionSpec[]; title?: string } = {},
): MasarDoc {
  const doc = newDoc(`${id}.txt`);
  doc.id = id;
  if (opts.published) doc.published = { date: opts.published, how: 'given', evidence: 'test' };
  doc.data.clean = { title: opts.title ?? id, text, dropped: [] };
  segment.run(doc, { options: {} });
  const timexes: Timex[] = (opts.timexes ?? []).map((t) => {
    const start = offset(text, t.text, t.nth);
    const to = t.to ?? t.from;
    return {
      start,
      end: start + t.text.length,
      text: t.text,
      type: 'DATE',
      value: t.value ?? (to === t.from ? t.from : t.from.slice(0, 7)),
      tag: 'test',
      relative: t.relative ?? false,
      range: { from: t.from, to },
    };
  });
  timexes.sort((a, b) => a.start - b.start);
  doc.data.time = { timexes, reference: opts.published ?? null };
  const sentences = doc.data.segments!.sentences;
  const mentions = (opts.mentions ?? []).map((m) => {
    const start = offset(text, m.text, m.nth);
    const sentence = sentences.findIndex((s) => s.start <= start && start < s.end);
    return { start, end: start + m.text.length, text: m.text, type: m.type, key: m.text, sentence };
  });
  doc.data.entities = { mentions };
  doc.data.events = {
    mentions: extractEvents(doc.data.segments!, timexes, mentions, text, opts.published ?? null),
  };
  return doc;
}

/** Entities for a set of documents: one per distinct mention text (what a resolver would at best do). */
export function entitiesOf(docs: MasarDoc[], latin: Record<string, string> = {}): StoryEntity[] {
  const byText = new Map<string, StoryEntity>();
  for (const doc of docs) {
    for (const m of doc.data.entities?.mentions ?? []) {
      let e = byText.get(m.text);
      if (!e) {
        e = {
          id: `e-${m.text}`,
          type: m.type,
          name: m.text,
          latin: latin[m.text] ?? m.text,
          variants: [m.text],
          mentions: [],
        };
        byText.set(m.text, e);
      }
      e.mentions.push({ doc: doc.id, start: m.start, end: m.end, text: m.text });
    }
  }
  return [...byText.values()];
}
