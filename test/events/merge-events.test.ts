import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../src/events/timeline-event.js';
import { mergeEvents } from '../../src/story/merge-events.js';
import type { MasarDoc } from '../../src/types.js';
import { entitiesOf, makeDoc } from './make-doc.js';

const merge = (...docs: MasarDoc[]) =>
  mergeEvents(docs, entitiesOf(docs, { أستانة: 'Astana' })) as TimelineEvent[];
const ASTANA = { text: 'أستانة', type: 'LOC' as const };

const round5a = makeDoc('a', 'انطلقت الجولة الخامسة من محادثات أستانة اليوم الثلاثاء.', {
  published: '2017-07-04',
  timexes: [{ text: 'اليوم الثلاثاء', from: '2017-07-04' }],
  mentions: [ASTANA],
});
const round5b = makeDoc('b', 'بدأت في أستانة يوم 4 تموز الجولة الخامسة من المحادثات.', {
  published: '2017-07-05',
  timexes: [{ text: 'يوم 4 تموز', from: '2017-07-04' }],
  mentions: [ASTANA],
});
const round4 = makeDoc('c', 'اختتمت الجولة الرابعة من محادثات أستانة في 4 أيار.', {
  published: '2017-05-05',
  timexes: [{ text: '4 أيار', from: '2017-05-04' }],
  mentions: [ASTANA],
});

describe('mergeEvents', () => {
  it('makes one event of the same round told by two reports', () => {
    const events = merge(round5a, round5b);
    expect(events.map((e) => [e.ordinal, e.date.start, e.sources.length])).toEqual([[5, '2017-07-04', 2]]);
  });

  it('keeps two rounds of one series apart, in date order', () => {
    expect(merge(round5a, round4).map((e) => [e.ordinal, e.date.start])).toEqual([
      [4, '2017-05-04'],
      [5, '2017-07-04'],
    ]);
  });

  it('never merges two rounds told on the same day', () => {
    const other = makeDoc('d', 'انطلقت الجولة السادسة من محادثات أستانة اليوم الثلاثاء.', {
      published: '2017-07-04',
      timexes: [{ text: 'اليوم الثلاثاء', from: '2017-07-04' }],
      mentions: [ASTANA],
    });
    expect(merge(round5a, other).map((e) => e.ordinal)).toEqual([5, 6]);
  });

  it('attaches a background mention to the older event, not to the publication date', () => {
    const recall = makeDoc(
      'e',
      'وكانت الجولة الرابعة من محادثات أستانة قد عقدت في أيار 2017، واليوم يلتقي الوزراء في موسكو.',
      {
        published: '2019-12-10',
        timexes: [
          { text: 'أيار 2017', from: '2017-05-01', to: '2017-05-31' },
          { text: 'اليوم', from: '2019-12-10' },
        ],
        mentions: [ASTANA],
      },
    );
    const talks = merge(round4, recall).filter((e) => e.type === 'talks');
    expect(talks.map((e) => [e.ordinal, e.date.start, e.sources.map((s) => s.doc).sort()])).toEqual([
      [4, '2017-05-04', ['c', 'e']],
    ]);
  });

  it('keeps disagreeing dates with their sources and flags them', () => {
    const wrong = makeDoc('f', 'انطلقت الجولة الخامسة من محادثات أستانة يوم 5 تموز.', {
      published: '2017-07-06',
      timexes: [{ text: 'يوم 5 تموز', from: '2017-07-05' }],
      mentions: [ASTANA],
    });
    const [event] = merge(round5a, round5b, wrong);
    expect([event.date.start, event.dateConflicts]).toEqual([
      '2017-07-04',
      [{ date: { start: '2017-07-05' }, sources: ['f'] }],
    ]);
  });

  it('makes no event of a mention with no date and no round', () => {
    const vague = makeDoc('g', 'وتهدف المحادثات إلى إنهاء النزاع.', { published: '2017-07-04' });
    expect(merge(vague)).toEqual([]);
  });

  it('dates a round told without a date between the dated rounds of its series', () => {
    const round6 = makeDoc('h', 'وشهدت الجولة السادسة من محادثات أستانة خلافات.', {
      published: '2017-10-01',
      mentions: [ASTANA],
    });
    const round7 = makeDoc('i', 'انطلقت الجولة السابعة من محادثات أستانة في 30 تشرين الأول.', {
      published: '2017-10-30',
      timexes: [{ text: '30 تشرين الأول', from: '2017-10-30' }],
      mentions: [ASTANA],
    });
    const six = merge(round5a, round6, round7).find((e) => e.ordinal === 6)!;
    expect([six.range, six.dateSource]).toEqual([{ from: '2017-07-04', to: '2017-10-30' }, 'series']);
  });

  it('labels an event in Arabic and in Latin with its round and place', () => {
    const [event] = merge(round5a);
    expect([event.label, event.labelLatin]).toEqual(['محادثات الجولة 5 — أستانة', 'Talks, round 5 — Astana']);
  });

  it('marks a round announced for a later day as planned', () => {
    const planned = makeDoc(
      'j',
      'من المقرر أن تعقد الجولة الثامنة من محادثات أستانة يومي 21 و22 كانون الأول.',
      {
        published: '2017-12-13',
        timexes: [{ text: 'يومي 21 و22 كانون الأول', from: '2017-12-21', to: '2017-12-22' }],
        mentions: [ASTANA],
      },
    );
    const [event] = merge(planned);
    expect([event.status, event.date, event.precision]).toEqual([
      'planned',
      { start: '2017-12-21', end: '2017-12-22' },
      'day',
    ]);
  });

  it('marks a planned event as happened when a report after its date tells it', () => {
    const planned = makeDoc('k', 'ستعقد الجولة الخامسة من محادثات أستانة يوم 4 تموز.', {
      published: '2017-06-20',
      timexes: [{ text: 'يوم 4 تموز', from: '2017-07-04' }],
      mentions: [ASTANA],
    });
    const [event] = merge(planned, round5b);
    expect(event.status).toBe('happened');
  });

  it('makes one event spanning the opening and the closing of a round told by two reports', () => {
    const opening = makeDoc('l', 'انطلقت اليوم الخميس في ريمبو مشاورات السلام اليمنية.', {
      published: '2018-12-06',
      timexes: [{ text: 'اليوم الخميس', from: '2018-12-06' }],
    });
    const closing = makeDoc('m', 'اختتمت اليوم في السويد مشاورات السلام اليمنية.', {
      published: '2018-12-13',
      timexes: [{ text: 'اليوم', from: '2018-12-13' }],
    });
    expect(merge(opening, closing).map((e) => e.date)).toEqual([{ start: '2018-12-06', end: '2018-12-13' }]);
  });

  it('moves a yearless date of a planned event to the year after the report', () => {
    const doc = makeDoc('n', 'قبل استئناف المحادثات في جنيف، والتي من المقرر أن تستأنف في الثامن من شباط.', {
      published: '2017-01-19',
      timexes: [{ text: 'الثامن من شباط', from: '2016-02-08', relative: true }],
    });
    expect(merge(doc).map((e) => [e.date.start, e.status])).toEqual([['2017-02-08', 'planned']]);
  });

  it('keeps two resolutions with different numbers apart', () => {
    const a = makeDoc('o', 'تبنى مجلس الأمن القرار 2451 في 21 كانون الأول.', {
      published: '2018-12-22',
      timexes: [{ text: '21 كانون الأول', from: '2018-12-21' }],
    });
    const b = makeDoc('p', 'تبنى مجلس الأمن القرار 2452 في 21 كانون الأول.', {
      published: '2018-12-22',
      timexes: [{ text: '21 كانون الأول', from: '2018-12-21' }],
    });
    expect(
      merge(a, b)
        .map((e) => e.labelLatin)
        .sort(),
    ).toEqual(['Resolution adopted 2451', 'Resolution adopted 2452']);
  });
});

describe('mergeEvents participants', () => {
  it("adds the heads of delegations to the report's main round of talks", () => {
    const doc = makeDoc('q', 'تبدأ محادثات أستانة يوم 23 كانون الثاني. ويشارك وفد عسكري يرأسه محمد علوش.', {
      published: '2017-01-19',
      timexes: [{ text: 'يوم 23 كانون الثاني', from: '2017-01-23' }],
      mentions: [ASTANA, { text: 'محمد علوش', type: 'PER' }],
    });
    expect(merge(doc)[0].participants).toEqual(['e-محمد علوش']);
  });
});

describe('mergeEvents, a month told with nothing shared', () => {
  const signed = (id: string, day: string) =>
    makeDoc(id, `وقعت الأطراف اتفاقا لوقف إطلاق النار في ${day} كانون الأول.`, {
      published: '2016-12-30',
      timexes: [{ text: `${day} كانون الأول`, from: `2016-12-${day}` }],
    });
  const recalled = makeDoc('m', 'وكان الطرفان قد توصلا إلى اتفاق أواخر كانون الأول.', {
    published: '2017-01-19',
    timexes: [{ text: 'أواخر كانون الأول', from: '2016-12-01', to: '2016-12-31' }],
  });

  it('joins the one agreement of that month', () => {
    const events = merge(signed('a', '29'), recalled);
    expect(events.map((e) => [e.date.start, e.sources.length])).toEqual([['2016-12-29', 2]]);
  });

  it('stays apart when two agreements fall in that month', () => {
    const events = merge(signed('a', '29'), signed('b', '12'), recalled);
    expect(events.every((e) => e.sources.length === 1)).toBe(true);
  });
});

describe("mergeEvents, the report's own event", () => {
  it('reads a lead sentence on talks under way as the talks the text dates tomorrow, not a second event', () => {
    const doc = makeDoc(
      'a',
      'تشهد المحادثات للمرة الأولى مشاركة عسكريين. وتبدأ المحادثات غدا الإثنين في روما.',
      {
        published: '2017-01-22',
        timexes: [{ text: 'غدا الإثنين', from: '2017-01-23' }],
        mentions: [{ text: 'روما', type: 'LOC' }],
      },
    );
    expect(merge(doc).map((e) => e.date.start)).toEqual(['2017-01-23']);
  });
});

describe('mergeEvents, a meeting and talks in one month', () => {
  const meeting = makeDoc('a', 'واستضافت المدينة أربعة اجتماعات عقد آخرها مطلع أيار.', {
    published: '2017-07-04',
    timexes: [{ text: 'مطلع أيار', from: '2017-05-01', to: '2017-05-10' }],
  });
  const talks = makeDoc('b', 'وتوصلت الدول في أيار في إطار المحادثات إلى تفاهم.', {
    published: '2017-12-13',
    timexes: [{ text: 'أيار', from: '2017-05-01', to: '2017-05-31' }],
  });

  it('are one gathering when nothing else is told of that month', () => {
    const gatherings = merge(meeting, talks).filter((e) => ['meeting', 'talks'].includes(e.type));
    expect(gatherings.map((e) => e.sources.length)).toEqual([2]);
  });
});
