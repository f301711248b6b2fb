import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../src/events/timeline-event.js';
import { runMasar } from '../helpers/cli.js';
import { HAS_SHARED, SEEDS } from '../helpers/shared.js';
import { makeTempDir } from '../helpers/temp-dir.js';

/**
 * The seeds' timeline as a careful reader draws it from the five reports (facts of the test articles,
 * checked by hand against their texts; allowed here, never in product code). Publication dates are given
 * per report through the contract's .jsonl input (`published`), since `--published` applies to all inputs.
 */
const PUBLISHED: Record<string, string> = {
  '000': '2017-01-22', // «تبدأ صباح غد الإثنين» the first Astana round (Monday 23 January 2017)
  '001': '2017-07-04', // «انطلقت أعمال الجولة الخامسة … اليوم الثلاثاء» (Tuesday 4 July 2017)
  '002': '2017-01-19', // «أفاد المتحدث باسمه الخميس», the talks «المقرر أن تبدأ الاثنين المقبل» (23 January)
  '003': '2017-12-13', // Putin at Hmeimim «أول من أمس الاثنين» (Monday 11 December 2017)
  '004': '2019-12-10', // «التي تعقد اليوم، الثلاثاء 10 من كانون الأول»
};

let events: TimelineEvent[] = [];
const docOf = new Map<string, string>();

function within(e: TimelineEvent, from: string, to: string) {
  return e.range.from >= from && e.range.to <= to;
}
const reportsOf = (e: TimelineEvent) => [...new Set(e.mentions.map((m) => docOf.get(m.doc)))].sort();

describe.skipIf(!HAS_SHARED)('the seeds timeline', () => {
  beforeAll(() => {
    const dir = makeTempDir('masar-seeds-');
    const lines = readdirSync(SEEDS)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) =>
        JSON.stringify({
          id: f.slice(0, 3),
          url: f.slice(0, 3),
          text: readFileSync(join(SEEDS, f), 'utf8'),
          published: PUBLISHED[f.slice(0, 3)],
        }),
      );
    writeFileSync(join(dir, 'seeds.jsonl'), `${lines.join('\n')}\n`);
    const { stdout, status } = runMasar(['analyze', join(dir, 'seeds.jsonl')]);
    expect(status).toBe(0);
    const story = JSON.parse(stdout);
    for (const d of story.documents) docOf.set(d.id, d.source);
    events = story.events;
  }, 60_000);

  it('has the nationwide ceasefire signed on 29 December 2016, told by 000 and 002', () => {
    const found = events.filter(
      (e) => ['ceasefire', 'agreement'].includes(e.type) && within(e, '2016-12-01', '2016-12-31'),
    );
    expect(found.map((e) => [e.date.start, reportsOf(e)])).toEqual([['2016-12-29', ['000', '002']]]);
  });

  it('has Astana round 1 opening on 23 January 2017, told by reports 000 and 002', () => {
    const found = events.filter((e) => e.type === 'talks' && e.date.start === '2017-01-23');
    expect(found.map(reportsOf)).toEqual([['000', '002']]);
  });

  it('has the Geneva talks announced for 8 February 2017 as planned, told by 000 and 002', () => {
    const found = events.filter((e) => e.type === 'talks' && e.date.start === '2017-02-08');
    expect(found.map((e) => [e.status, reportsOf(e)])).toEqual([['planned', ['000', '002']]]);
  });

  it('has round 4 in May 2017 with the de-escalation memorandum, one agreement told by 001 and 003', () => {
    const agreements = events.filter((e) => e.type === 'agreement' && within(e, '2017-05-01', '2017-05-31'));
    expect(agreements.map(reportsOf)).toEqual([['001', '003']]);
  });

  it('has round 5 opening on 4 July 2017, one event', () => {
    const found = events.filter((e) => e.type === 'talks' && e.date.start === '2017-07-04');
    expect(found.map((e) => e.ordinal)).toEqual([5]);
  });

  it('has round 7 in late October 2017', () => {
    expect(events.filter((e) => e.type === 'talks' && within(e, '2017-10-01', '2017-10-31')).length).toBe(1);
  });

  it('has Putin at Hmeimim on 11 December 2017', () => {
    expect(events.filter((e) => e.type === 'visit' && e.date.start === '2017-12-11').length).toBe(1);
  });

  it('has round 8 planned for 21–22 December 2017', () => {
    const found = events.filter((e) => e.type === 'talks' && e.date.start === '2017-12-21');
    expect(found.map((e) => [e.date.end, e.status])).toEqual([['2017-12-22', 'planned']]);
  });

  it('has round 14 opening on 10 December 2019', () => {
    const found = events.filter((e) => e.type === 'talks' && e.date.start === '2019-12-10');
    expect(found.map((e) => e.ordinal)).toEqual([14]);
  });

  it('never tells one round of talks twice', () => {
    const rounds = events.filter((e) => e.ordinal !== undefined).map((e) => e.ordinal);
    expect(rounds.length).toBe(new Set(rounds).size);
  });
});
