import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzePaths } from '../../src/cli/analyze-paths.js';
import type { TimelineEvent } from '../../src/events/timeline-event.js';
import { buildStory } from '../../src/story/build-story.js';

/**
 * Golden test: the samples' timeline against the one drawn by hand (test/events/golden/samples-timeline.json,
 * from samples/README.md and the texts). A row is checked once every report it needs is dated by the
 * pipeline (given, metadata or inferred); the others are skipped, named, until publication dates are inferred.
 */
interface Row {
  date: string;
  end?: string;
  types: string[];
  status: string;
  reports: string[];
  what: string;
}
const GOLDEN: { rows: Row[] } = JSON.parse(
  readFileSync(new URL('./golden/samples-timeline.json', import.meta.url), 'utf8'),
);
const SAMPLES = fileURLToPath(new URL('../../samples', import.meta.url));

const { docs } = analyzePaths([SAMPLES], {});
const story = buildStory(docs, {});
const events = story.events as TimelineEvent[];
/** «02-talks-open.html» → «02»; the records of 07-followups.jsonl (sourced by their URL) → «07/1», «07/2», … in file order. */
let jsonlLine = 0;
const reportOf = new Map(
  docs.map((d) => [
    d.id,
    d.meta.source.startsWith(SAMPLES) ? basename(d.meta.source).slice(0, 2) : `07/${++jsonlLine}`,
  ]),
);
const dated = new Set(docs.filter((d) => d.published.date).map((d) => reportOf.get(d.id)));
const reportsOf = (e: TimelineEvent) => [...new Set(e.mentions.map((m) => reportOf.get(m.doc)))].sort();
const findRow = (row: Row) =>
  events.filter(
    (e) =>
      row.types.includes(e.type) &&
      e.date.start === row.date &&
      (row.end === undefined || e.date.end === row.end),
  );

describe('the samples timeline (golden)', () => {
  for (const row of GOLDEN.rows) {
    const ready = row.reports.every((r) => dated.has(r));
    it.skipIf(!ready)(
      `${row.date} ${row.types[0]}: ${row.what}, ${row.status}, told by ${row.reports.join(', ')}`,
      () => {
        const found = findRow(row);
        expect(found.map((e) => [e.status, reportsOf(e)])).toEqual([[row.status, [...row.reports].sort()]]);
      },
    );
  }

  it('gives no event twice: no two events of one type and status on the same date', () => {
    const keys = events.map((e) => `${e.type} ${e.status} ${e.date.start} ${e.date.end ?? ''}`);
    expect(keys.length).toBe(new Set(keys).size);
  });
});
