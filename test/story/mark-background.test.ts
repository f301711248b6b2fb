import { describe, expect, it } from 'vitest';
import { markBackground } from '../../src/story/mark-background.js';
import type { StoryEvent } from '../../src/story/schema.js';
import type { MasarDoc } from '../../src/types.js';

const report = (date: string | null): MasarDoc =>
  ({ id: `d-${date}`, published: { date, how: date ? 'given' : 'unknown', evidence: '' } }) as MasarDoc;

const event = (start: string, to?: string): StoryEvent =>
  ({
    id: start,
    type: 'meeting',
    label: 'اجتماع',
    labelLatin: 'Meeting',
    date: { start },
    participants: [],
    mentions: [],
    ...(to ? { range: { from: start, to } } : {}),
  }) as StoryEvent;

const flags = (events: StoryEvent[], docs: MasarDoc[]) =>
  markBackground(events, docs).map((e) => e.background ?? false);

describe('markBackground', () => {
  it('marks an event whose range ends more than a year before the earliest report', () => {
    // earliest report 2018-10-11; the cutoff is 2017-10-11
    expect(flags([event('2003', '2003-12-31')], [report('2018-11-02'), report('2018-10-11')])).toEqual([
      true,
    ]);
  });

  it('keeps an event of the year before the first report in the story', () => {
    expect(flags([event('2017-11', '2017-11-30')], [report('2018-10-11')])).toEqual([false]);
  });

  it('counts the whole of a year-only date without a range as its period', () => {
    expect(flags([event('2017'), event('2016')], [report('2018-10-11')])).toEqual([false, true]);
  });

  it('marks nothing when no report has a publication day', () => {
    expect(flags([event('1945', '1945-12-31')], [report(null)])).toEqual([false]);
  });
});

describe('markBackground with a few reports long before the others', () => {
  const pile = [
    report('2013-12-28'),
    report('2013-12-29'),
    report('2018-03-01'),
    report('2018-05-02'),
    report('2018-09-10'),
  ];

  it('starts the story after the gap: a 2015 event recalled in 2018 is background', () => {
    expect(flags([event('2015-08', '2015-08-31')], pile)).toEqual([true]);
  });

  it('keeps the story start at the earliest report when the reports before the gap are most of them', () => {
    const most = [report('2013-12-28'), report('2013-12-29'), report('2014-01-03'), report('2018-03-01')];
    expect(flags([event('2015-08', '2015-08-31')], most)).toEqual([false]);
  });
});
