import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzePaths } from '../../src/cli/analyze-paths.js';
import type { TimelineEvent } from '../../src/events/timeline-event.js';
import { readInputs } from '../../src/io/read-inputs.js';
import { runBatch } from '../../src/pipeline/index.js';
import { buildStory } from '../../src/story/build-story.js';
import type { MasarDoc } from '../../src/types.js';

/**
 * Golden test: the samples' timeline against the one drawn by hand (test/events/golden/samples-timeline.json,
 * from samples/README.md and the texts). Two variants:
 * - inferred: the samples as bundled; a row is checked once every report it needs is dated by the pipeline
 *   (given, metadata or inferred, a day or a range of days); the others are skipped, named.
 * - given: every report whose day a careful reader can pin (samples/README.md) has it given; every row is checked.
 * A row marked `open` in the golden file names what the pipeline still lacks; it is expected to fail (it.fails).
 */
interface Row {
  date: string;
  end?: string;
  types: string[];
  status: string;
  reports: string[];
  what: string;
  /** What the pipeline still lacks for this row: the row is expected to fail until then. */
  open?: string;
  /** Why the row differs from samples/README.md's table, on reading the text again. */
  note?: string;
}
const GOLDEN: { rows: Row[] } = JSON.parse(
  readFileSync(new URL('./golden/samples-timeline.json', import.meta.url), 'utf8'),
);
const SAMPLES = fileURLToPath(new URL('../../samples', import.meta.url));

/** The days a careful reader pins for the reports without a date of their own (samples/README.md's table). */
const PINNED: Record<string, string> = {
  '01': '2018-12-05',
  '05': '2018-12-18',
  '07/3': '2019-01-17',
  '08': '2018-12-14',
};

/** «02-talks-open.html» → «02»; the records of 07-followups.jsonl (sourced by their URL) → «07/1», «07/2», … in file order. */
function reportNames(docs: MasarDoc[]): Map<string, string> {
  let jsonlLine = 0;
  return new Map(
    docs.map((d) => [
      d.meta.source,
      d.meta.source.startsWith(SAMPLES) ? basename(d.meta.source).slice(0, 2) : `07/${++jsonlLine}`,
    ]),
  );
}

function timelineOf(docs: MasarDoc[], names: Map<string, string>) {
  const story = buildStory(docs, {});
  const events = story.events as TimelineEvent[];
  const reportOf = new Map(docs.map((d) => [d.id, names.get(d.meta.source)]));
  const dated = new Set(
    docs.filter((d) => d.published.date || d.published.range).map((d) => reportOf.get(d.id)),
  );
  const reportsOf = (e: TimelineEvent) => [...new Set(e.mentions.map((m) => reportOf.get(m.doc)))].sort();
  const findRow = (row: Row) =>
    events.filter(
      (e) =>
        row.types.includes(e.type) &&
        e.status === row.status &&
        e.date.start === row.date &&
        (row.end === undefined || e.date.end === row.end),
    );
  return { events, dated, reportsOf, findRow };
}

function checkRows(timeline: ReturnType<typeof timelineOf>, skipUndated: boolean) {
  for (const row of GOLDEN.rows) {
    const ready = !skipUndated || row.reports.every((r) => timeline.dated.has(r));
    const name = `${row.date} ${row.types[0]}: ${row.what}, ${row.status}, told by ${row.reports.join(', ')}`;
    const check = !ready ? it.skip : row.open ? it.fails : it;
    check(row.open ? `${name} (open: ${row.open})` : name, () => {
      const found = timeline.findRow(row);
      expect(found.map((e) => [e.status, timeline.reportsOf(e)])).toEqual([
        [row.status, [...row.reports].sort()],
      ]);
    });
  }

  it('gives no event twice: no two events of one type and status on the same date', () => {
    const keys = timeline.events.map((e) => `${e.type} ${e.status} ${e.date.start} ${e.date.end ?? ''}`);
    expect(keys.length).toBe(new Set(keys).size);
  });
}

describe('the samples timeline (golden), publication dates inferred', () => {
  const { docs } = analyzePaths([SAMPLES], {});
  checkRows(timelineOf(docs, reportNames(docs)), true);
});

describe('the samples timeline (golden), the pinned publication dates given', () => {
  const { docs } = readInputs([SAMPLES]);
  const names = reportNames(docs);
  for (const doc of docs) {
    const day = PINNED[names.get(doc.meta.source) ?? ''];
    if (day) Object.assign(doc.meta, { published: day, publishedHow: 'metadata' });
  }
  const analyzed = runBatch(docs, {}).filter((d) => !d.rejected);

  it('dates every report but the three whose day the text does not pin (00, 03, 07/2)', () => {
    const undated = analyzed
      .filter((d) => d.published.how !== 'metadata')
      .map((d) => names.get(d.meta.source));
    expect(undated.sort()).toEqual(['00', '03', '07/2']);
  });

  checkRows(timelineOf(analyzed, names), false);
});
