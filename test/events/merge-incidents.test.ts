import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../src/events/timeline-event.js';
import { mergeEvents } from '../../src/story/merge-events.js';
import type { MasarDoc } from '../../src/types.js';
import { entitiesOf, makeDoc } from './make-doc.js';

const merge = (...docs: MasarDoc[]) => mergeEvents(docs, entitiesOf(docs)) as TimelineEvent[];
const day = (text: string) => [{ text, from: '2020-03-05' as const }];

const arrestA = makeDoc('a', 'اعتقلت الشرطة يوم الخميس الناشط سامر خليل في المدينة.', {
  published: '2020-03-06',
  timexes: day('يوم الخميس'),
  mentions: [{ text: 'سامر خليل', type: 'PER' }],
});
const arrestB = makeDoc('b', 'وأكدت العائلة اعتقال سامر خليل في 5 آذار.', {
  published: '2020-03-07',
  timexes: day('5 آذار'),
  mentions: [{ text: 'سامر خليل', type: 'PER' }],
});
const otherArrest = makeDoc('c', 'اعتقلت السلطات يوم الخميس الصحفية هدى ناصر.', {
  published: '2020-03-06',
  timexes: day('يوم الخميس'),
  mentions: [{ text: 'هدى ناصر', type: 'PER' }],
});

describe('merging incidents across reports', () => {
  it('makes one arrest of two reports that name the same person on the same day', () => {
    expect(merge(arrestA, arrestB).map((e) => [e.type, e.sources.length])).toEqual([['arrest', 2]]);
  });

  it('keeps two arrests of one day apart when they share no one', () => {
    expect(merge(arrestA, otherArrest).map((e) => e.type)).toEqual(['arrest', 'arrest']);
  });
});

const cityArrest = (id: string, city: string) =>
  makeDoc(id, `اعتقلت الشرطة المصرية يوم الخميس ناشطين في ${city} بمصر.`, {
    published: '2020-03-06',
    timexes: day('يوم الخميس'),
    mentions: [
      { text: 'الشرطة المصرية', type: 'ORG' },
      { text: city, type: 'LOC' },
      { text: 'مصر', type: 'LOC' },
    ],
  });

describe('incidents of one day in two places', () => {
  it('keeps two arrests in two cities apart though their reports name the same police and country', () => {
    const events = merge(cityArrest('x', 'الإسكندرية'), cityArrest('y', 'أسوان'));
    expect(events.map((e) => [e.type, e.sources.length])).toEqual([
      ['arrest', 1],
      ['arrest', 1],
    ]);
  });
});

describe('a numbered gathering without a series', () => {
  it('keeps its own type and label: «القمة التاسعة» is «Meeting no. 9»', () => {
    const doc = makeDoc('d', 'عقد الرئيسان القمة التاسعة بينهما يوم الاثنين.', {
      published: '2020-03-10',
      timexes: [{ text: 'يوم الاثنين', from: '2020-03-09' }],
    });
    expect(merge(doc).map((e) => [e.type, e.labelLatin])).toEqual([['meeting', 'Meeting no. 9']]);
  });
});
