import { asTimelineEvent } from '../events/timeline-event.js';
import type { Story } from './schema.js';

const HEADER = [
  'id',
  'type',
  'date_start',
  'date_end',
  'precision',
  'status',
  'ordinal',
  'label',
  'label_latin',
  'place',
  'place_latin',
  'participants',
  'summary',
  'sources',
  'source_titles',
  'date_conflicts',
  'background',
];

function cell(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The timeline as CSV (RFC 4180): one row per event, entity names instead of ids. */
export function renderTimelineCsv(story: Story): string {
  const entity = new Map(story.entities.map((e) => [e.id, e]));
  const titles = new Map(story.documents.map((d) => [d.id, d.title]));
  const rows = story.events.map((event) => {
    const e = asTimelineEvent(event);
    const place = e.place ? entity.get(e.place) : undefined;
    const conflicts = (e.dateConflicts ?? [])
      .map((c) => `${c.date.start}${c.date.end ? `..${c.date.end}` : ''} (${c.sources.join(' ')})`)
      .join('; ');
    return [
      e.id,
      e.type,
      e.date.start,
      e.date.end ?? '',
      e.precision ?? '',
      e.status ?? '',
      e.ordinal === undefined ? '' : String(e.ordinal),
      e.label,
      e.labelLatin,
      place?.name ?? '',
      place?.latin ?? '',
      e.participants.map((p) => entity.get(p)?.name ?? p).join('; '),
      e.summary ?? '',
      [...new Set(e.mentions.map((m) => m.doc))].join('; '),
      [...new Set(e.mentions.map((m) => m.doc))].map((d) => titles.get(d) || d).join('; '),
      conflicts,
      e.background ? 'yes' : '',
    ]
      .map(cell)
      .join(',');
  });
  return `${[HEADER.join(','), ...rows].join('\n')}\n`;
}
