/**
 * A document's annotations for the reader: time expressions with their resolved values and the evidence for
 * them (the parser, and the reference date a relative one was resolved against), entity mentions linked to
 * their story entity, and event mentions linked to their story event.
 */
import type { StoryDocument } from '../story/schema.js';
import type { MasarDoc } from '../types.js';
import type { StoryIndex } from './story-view.js';

function timexEvidence(tag: string | undefined, relative: boolean, doc: StoryDocument): string {
  const parser = tag ? ` (${tag})` : '';
  if (!relative) return `stated in the text${parser}`;
  const { date, how, evidence } = doc.published;
  if (date === null)
    return `relative${parser}; left unresolved: the publication date is unknown (${evidence})`;
  return `relative${parser}, resolved against the publication date ${date} (${how}: ${evidence})`;
}

export function docAnnotations(doc: StoryDocument, stored: MasarDoc | null, index: StoryIndex) {
  const parsed = new Map((stored?.data.time?.timexes ?? []).map((t) => [`${t.start}:${t.end}`, t]));
  const timexes = index.story.timexes
    .filter((t) => t.doc === doc.id)
    .map(({ doc: _d, ...t }) => {
      const found = parsed.get(`${t.start}:${t.end}`);
      return {
        ...t,
        tag: found?.tag ?? null,
        relative: found?.relative ?? false,
        evidence: timexEvidence(found?.tag, found?.relative ?? false, doc),
      };
    });
  const entities = index.story.entities.flatMap((e) =>
    e.mentions
      .filter((m) => m.doc === doc.id)
      .map((m) => ({
        start: m.start,
        end: m.end,
        text: m.text,
        type: e.type,
        entity: e.id,
        name: e.name,
        latin: e.latin,
      })),
  );
  const events = index.story.events.flatMap((ev) =>
    ev.mentions
      .filter((m) => m.doc === doc.id)
      .map((m) => ({
        start: m.start,
        end: m.end,
        sentence: m.sentence,
        event: ev.id,
        type: ev.type,
        label: ev.label,
        labelLatin: ev.labelLatin,
        date: ev.date,
      })),
  );
  const byStart = <T extends { start: number }>(list: T[]) => list.sort((a, b) => a.start - b.start);
  return { timexes: byStart(timexes), entities: byStart(entities), events: byStart(events) };
}
