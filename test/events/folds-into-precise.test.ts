import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../src/events/timeline-event.js';
import { mergeEvents } from '../../src/story/merge-events.js';
import type { MasarDoc } from '../../src/types.js';
import { entitiesOf, makeDoc } from './make-doc.js';

const merge = (...docs: MasarDoc[]) => mergeEvents(docs, entitiesOf(docs)) as TimelineEvent[];

describe('a mention dated to days it cannot pin, beside a precise event', () => {
  const precise = makeDoc(
    'p',
    'انطلقت يوم الاثنين في مدينة مونترو السويسرية المحادثات بين الطرفين برعاية الوسيطة هالة سعيد.',
    {
      published: '2021-03-01',
      timexes: [{ text: 'يوم الاثنين', from: '2021-03-01' }],
      mentions: [
        { text: 'مونترو', type: 'LOC' },
        { text: 'هالة سعيد', type: 'PER' },
      ],
    },
  );
  const loose = makeDoc(
    'l',
    'وتتواصل في سويسرا المحادثات بين الطرفين التي انطلقت الاثنين الماضي برعاية الوسيطة هالة سعيد. وتقام الجلسات في مونترو.',
    {
      timexes: [{ text: 'الاثنين الماضي', from: '2021-02-22', to: '2021-03-01' }],
      mentions: [
        { text: 'سويسرا', type: 'LOC' },
        { text: 'هالة سعيد', type: 'PER' },
        { text: 'مونترو', type: 'LOC' },
      ],
    },
  );

  it('folds into the precise event of its type that shares a participant, its town and country told apart', () => {
    expect(merge(precise, loose).map((e) => [e.type, e.date.start, e.sources.length])).toEqual([
      ['talks', '2021-03-01', 2],
    ]);
  });

  it('stays apart from a precise event of another series', () => {
    const geneva = makeDoc('g', 'انطلقت يوم الاثنين محادثات جنيف برعاية الوسيطة هالة سعيد.', {
      published: '2021-03-01',
      timexes: [{ text: 'يوم الاثنين', from: '2021-03-01' }],
      mentions: [
        { text: 'جنيف', type: 'LOC' },
        { text: 'هالة سعيد', type: 'PER' },
      ],
    });
    const astana = makeDoc(
      'a',
      'وتتواصل محادثات أستانا التي انطلقت الاثنين الماضي برعاية الوسيطة هالة سعيد.',
      {
        timexes: [{ text: 'الاثنين الماضي', from: '2021-02-22', to: '2021-03-01' }],
        mentions: [
          { text: 'أستانا', type: 'LOC' },
          { text: 'هالة سعيد', type: 'PER' },
        ],
      },
    );
    expect(merge(geneva, astana).map((e) => e.type)).toEqual(['talks', 'talks']);
  });
});
