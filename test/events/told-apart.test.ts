import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../src/events/timeline-event.js';
import { mergeEvents } from '../../src/story/merge-events.js';
import type { MasarDoc } from '../../src/types.js';
import { entitiesOf, makeDoc } from './make-doc.js';

const merge = (...docs: MasarDoc[]) => mergeEvents(docs, entitiesOf(docs)) as TimelineEvent[];

describe('two attacks of one day in one report, one with no place', () => {
  const text =
    'قصفت الطائرات بلدة كفرنبل يوم الأحد. وفي نبأ آخر، ندد المجلس المحلي بالهجوم الذي شنته جماعة النصر على مقر حركة الأمل يوم الأحد.';
  const doc = () =>
    makeDoc('d', text, {
      published: '2021-05-10',
      timexes: [
        { text: 'يوم الأحد', from: '2021-05-09' },
        { text: 'يوم الأحد', from: '2021-05-09', nth: 1 },
      ],
      mentions: [
        { text: 'كفرنبل', type: 'LOC' },
        { text: 'جماعة النصر', type: 'ORG' },
        { text: 'حركة الأمل', type: 'ORG' },
      ],
    });

  it('keeps them apart when the one with no place names parties of its own and not the other’s town', () => {
    expect(merge(doc()).map((e) => e.type)).toEqual(['attack', 'attack']);
  });

  it('joins a second telling with no participant of its own to the one with a place', () => {
    const again = makeDoc('e', 'قصفت الطائرات بلدة كفرنبل يوم الأحد. وأسفر القصف يوم الأحد عن دمار واسع.', {
      published: '2021-05-10',
      timexes: [
        { text: 'يوم الأحد', from: '2021-05-09' },
        { text: 'يوم الأحد', from: '2021-05-09', nth: 1 },
      ],
      mentions: [{ text: 'كفرنبل', type: 'LOC' }],
    });
    expect(merge(again).map((e) => e.type)).toEqual(['attack']);
  });
});
