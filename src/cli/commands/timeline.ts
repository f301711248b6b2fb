import { loadStory } from '../../store/load-story.js';
import { SqliteStore } from '../../store/sqlite-store.js';
import { renderTimelineCsv } from '../../story/timeline-csv.js';
import { renderTimelineHtml } from '../../story/timeline-html.js';
import { parse, printHelp, READING_OPTIONS, requireString, runOptions, UsageError } from '../options.js';

export const TIMELINE_HELP = `Usage: masar timeline --db <file> [--format json|html|csv] [--out <file>]

The story's timeline from the store: events in date order. html is one self-contained page.`;

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
  const store = new SqliteStore(requireString(values.db, 'db'));
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
  if (values.out) (await import('node:fs')).writeFileSync(values.out, output);
  else process.stdout.write(output);
  return 0;
}
