import { writeFileSync } from 'node:fs';
import { loadStory } from '../../store/load-story.js';
import { SqliteStore } from '../../store/sqlite-store.js';
import { renderTimelineCsv } from '../../story/timeline-csv.js';
import { renderTimelineHtml } from '../../story/timeline-html.js';
import {
  existingStore,
  parse,
  printHelp,
  READING_HELP,
  READING_OPTIONS,
  runOptions,
  UsageError,
} from '../options.js';

export const TIMELINE_HELP = `Usage: masar timeline --db <file> [--format json|html|csv] [--out <file>]

The story's timeline from the store: events in date order. html is one self-contained page.
A csv written with --out starts with a byte order mark, so that Excel reads its Arabic as UTF-8
(on stdout it has none, for the tools it is piped to).

${READING_HELP}`;

/** U+FEFF: Excel takes a CSV file for the local ANSI code page unless it starts with this mark. */
const BOM = '\uFEFF';

export async function timelineCommand(args: string[]): Promise<number> {
  const { values } = parse(args, {
    ...READING_OPTIONS,
    db: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
  });
  if (values.help) return printHelp(TIMELINE_HELP);
  const format = values.format ?? 'json';
  if (!['json', 'html', 'csv'].includes(format))
    throw new UsageError(`--format: "${format}" is not json, html or csv`);
  const store = new SqliteStore(existingStore(values.db));
  let story: ReturnType<typeof loadStory>;
  try {
    story = loadStory(store, runOptions(values));
  } finally {
    store.close();
  }
  const output =
    format === 'html'
      ? renderTimelineHtml(story)
      : format === 'csv'
        ? renderTimelineCsv(story)
        : `${JSON.stringify({ version: 1, events: story.events }, null, 2)}\n`;
  if (values.out) writeFileSync(values.out, format === 'csv' ? BOM + output : output);
  else process.stdout.write(output);
  return 0;
}
