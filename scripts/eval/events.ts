/**
 * Evaluator 'events': the seeds' timeline against the one a careful reader draws from the five reports
 * (issue 6; facts of the seed articles, kept here in the evaluation, never in product code). Run twice:
 * with each report's publication date given (the events stage alone) and as the files come (publication
 * dates inferred by the pipeline within the seeds' period 2016–2020), and the bundled samples as they come
 * against their golden rows. Figures: events found at the right date, merged across the right reports,
 * duplicates, the share of timeline events that are expected ones, and the reports dated.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzePaths } from '../../src/cli/analyze-paths.js';
import type { TimelineEvent } from '../../src/events/timeline-event.js';
import { readJsonl } from '../../src/io/read-inputs.js';
import { runStages } from '../../src/pipeline/index.js';
import { buildStory } from '../../src/story/build-story.js';
import type { MasarDoc } from '../../src/types.js';
import { SEEDS } from '../../test/helpers/shared.js';
import type { EvalSection, Evaluator } from './section.js';

interface Expected {
  what: string;
  types: string[];
  from: string;
  to: string;
  reports: string[];
}
const EXPECTED: Expected[] = [
  {
    what: 'nationwide ceasefire signed',
    types: ['ceasefire', 'agreement'],
    from: '2016-12-29',
    to: '2016-12-29',
    reports: ['000', '002'],
  },
  {
    what: 'Astana round 1 opens',
    types: ['talks'],
    from: '2017-01-23',
    to: '2017-01-23',
    reports: ['000', '002'],
  },
  {
    what: 'Geneva talks announced',
    types: ['talks'],
    from: '2017-02-08',
    to: '2017-02-08',
    reports: ['000', '002'],
  },
  {
    what: 'round 4, de-escalation memorandum',
    types: ['agreement'],
    from: '2017-05-01',
    to: '2017-05-31',
    reports: ['001', '003'],
  },
  { what: 'Astana round 5 opens', types: ['talks'], from: '2017-07-04', to: '2017-07-04', reports: ['001'] },
  {
    what: 'Astana round 7, late October',
    types: ['talks'],
    from: '2017-10-01',
    to: '2017-10-31',
    reports: ['003'],
  },
  { what: 'Putin at Hmeimim', types: ['visit'], from: '2017-12-11', to: '2017-12-11', reports: ['003'] },
  { what: 'Astana round 8', types: ['talks'], from: '2017-12-21', to: '2017-12-22', reports: ['003'] },
  { what: 'Astana round 14 opens', types: ['talks'], from: '2019-12-10', to: '2019-12-10', reports: ['004'] },
];
/** Each report's publication date, read by hand from its text (see test/events/seeds-timeline.test.ts). */
const PUBLISHED: Record<string, string> = {
  '000': '2017-01-22',
  '001': '2017-07-04',
  '002': '2017-01-19',
  '003': '2017-12-13',
  '004': '2019-12-10',
};

function seedsWithDates(): MasarDoc[] {
  const files = readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const lines = files.map((f) =>
    JSON.stringify({
      id: f.slice(0, 3),
      url: f.slice(0, 3),
      text: readFileSync(join(SEEDS, f), 'utf8'),
      published: PUBLISHED[f.slice(0, 3)],
    }),
  );
  return readJsonl('seeds.jsonl', lines.join('\n'), []).map((d) => runStages(d, {}));
}

const matches = (e: TimelineEvent, x: Expected) =>
  x.types.includes(e.type) && e.range.from >= x.from && e.range.to <= x.to;

/** The seeds' window, as `npm run eval -- seeds` and the time evaluator use it. */
const PERIOD = { period: { from: '2016-01-01', to: '2020-12-31' } };

function score(docs: MasarDoc[], options = {}) {
  const report = new Map(
    docs.map((d) => [d.id, (d.meta.url ?? d.meta.source).replace(/^.*\//, '').slice(0, 3)]),
  );
  const events = buildStory(docs, options).events as TimelineEvent[];
  const dated = docs.filter((d) => d.published.date).length;
  const ranged = docs.filter((d) => !d.published.date && d.published.range).length;
  const rows = EXPECTED.map((x) => {
    const found = events.filter((e) => matches(e, x));
    const told = new Set(found.flatMap((e) => e.mentions.map((m) => report.get(m.doc))));
    return { x, found: found.length, merged: found.length === 1 && x.reports.every((r) => told.has(r)) };
  });
  const expectedEvents = events.filter((e) => EXPECTED.some((x) => matches(e, x))).length;
  return {
    rows,
    figures: {
      found: rows.filter((r) => r.found > 0).length / EXPECTED.length,
      merged: rows.filter((r) => r.merged).length / EXPECTED.length,
      duplicates: rows.reduce((n, r) => n + Math.max(0, r.found - 1), 0),
      events: events.length,
      precision: events.length === 0 ? 0 : expectedEvents / events.length,
      reportsDated: dated,
      reportsRanged: ranged,
    },
  };
}

function table(title: string, s: ReturnType<typeof score>): string[] {
  const f = s.figures;
  return [
    `### ${title}`,
    '',
    `found at the right date ${(100 * f.found).toFixed(0)}%, merged across the right reports ${(100 * f.merged).toFixed(0)}%, duplicates ${f.duplicates}; ${f.events} timeline events, ${(100 * f.precision).toFixed(0)}% of them expected ones; reports dated to a day ${f.reportsDated}, to a range ${f.reportsRanged}.`,
    '',
    '| expected event | date | reports | found | merged |',
    '|---|---|---|---|---|',
    ...s.rows.map(
      (r) =>
        `| ${r.x.what} | ${r.x.from === r.x.to ? r.x.from : `${r.x.from}..${r.x.to}`} | ${r.x.reports.join(', ')} | ${r.found} | ${r.merged ? 'yes' : 'no'} |`,
    ),
    '',
  ];
}

interface GoldenRow {
  date: string;
  end?: string;
  types: string[];
  status: string;
  reports: string[];
}
const SAMPLES = fileURLToPath(new URL('../../samples', import.meta.url));

/** The samples as bundled (dates inferred) against the golden rows: same rule as the golden test. */
function scoreSamples() {
  const rows = (
    JSON.parse(
      readFileSync(new URL('../../test/events/golden/samples-timeline.json', import.meta.url), 'utf8'),
    ) as { rows: GoldenRow[] }
  ).rows;
  const { docs } = analyzePaths([SAMPLES], {});
  const events = buildStory(docs, {}).events as TimelineEvent[];
  let line = 0;
  const name = new Map(
    docs.map((d) => [
      d.id,
      d.meta.source.startsWith(SAMPLES) ? basename(d.meta.source).slice(0, 2) : `07/${++line}`,
    ]),
  );
  const right = rows.filter((row) => {
    const found = events.filter(
      (e) =>
        row.types.includes(e.type) &&
        e.status === row.status &&
        e.date.start === row.date &&
        (row.end === undefined || e.date.end === row.end),
    );
    const told = found.map((e) => [...new Set(e.mentions.map((m) => name.get(m.doc)))].sort().join());
    return found.length === 1 && told[0] === [...row.reports].sort().join();
  }).length;
  return {
    right,
    rows: rows.length,
    reports: docs.length,
    dated: docs.filter((d) => d.published.date).length,
    ranged: docs.filter((d) => !d.published.date && d.published.range).length,
  };
}

export const eventsEvaluator: Evaluator = {
  name: 'events',
  async run(): Promise<EvalSection | null> {
    if (!existsSync(SEEDS)) return null;
    const given = score(seedsWithDates());
    const inferred = score(analyzePaths([SEEDS], PERIOD).docs, PERIOD);
    const samples = scoreSamples();
    const markdown = [
      "The seeds' timeline (../shared/seeds, five reports) against the nine events a careful reader draws (issue 6). An event is found when one timeline event of an accepted type lies inside the expected dates; merged when exactly one does and it cites every expected report. Precision counts the timeline events that are expected ones (the list is not exhaustive, so it is a lower bound).",
      '',
      ...table('Publication dates given per report', given),
      ...table('Publication dates as the pipeline infers them (--period 2016-01-01..2020-12-31)', inferred),
      '### The bundled samples, publication dates inferred',
      '',
      `Rows of test/events/golden/samples-timeline.json found with the right date, status and reports: ${samples.right} of ${samples.rows}; reports dated to a day ${samples.dated}, to a range ${samples.ranged}, of ${samples.reports}.`,
      '',
    ].join('\n');
    const figures = Object.fromEntries([
      ...Object.entries(given.figures).map(([k, v]) => [`given.${k}`, v]),
      ...Object.entries(inferred.figures).map(([k, v]) => [`inferred.${k}`, v]),
      ['samples.inferred.rowsRight', samples.right],
      ['samples.inferred.reportsDated', samples.dated],
    ]);
    return { title: 'Events and the timeline (seeds)', command: 'npm run eval -- events', markdown, figures };
  },
};
