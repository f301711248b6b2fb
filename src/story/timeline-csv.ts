import type { Story } from './schema.js';

const HEADER = ['id', 'type', 'date_start', 'date_end', 'label', 'label_latin', 'place', 'participants', 'sources'];

function cell(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The timeline as CSV (RFC 4180): one row per event, entity names instead of ids. */
export function renderTimelineCsv(story: Story): string {
  const name = new Map(story.entities.map((e) => [e.id, e.name]));
  const rows = story.events.map((e) =>
    [e.id, e.type, e.date.start, e.date.end ?? '', e.label, e.labelLatin, e.place ? (name.get(e.place) ?? '') : '',
      e.participants.map((p) => name.get(p) ?? p).join('; '), [...new Set(e.mentions.map((m) => m.doc))].join('; ')].map(cell).join(','),
  );
  return `${[HEADER.join(','), ...rows].join('\n')}\n`;
}
