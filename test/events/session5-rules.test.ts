import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../src/events/timeline-event.js';
import { mergeEvents } from '../../src/story/merge-events.js';
import type { MasarDoc } from '../../src/types.js';
import { entitiesOf, type MentionSpec, makeDoc } from './make-doc.js';

const merge = (...docs: MasarDoc[]) => mergeEvents(docs, entitiesOf(docs)) as TimelineEvent[];
const typesOf = (text: string, mentions: MentionSpec[] = []) =>
  makeDoc('d', text, { mentions, published: '2021-05-12' }).data.events!.mentions.map((e) => e.type);

describe('a capability, an aim or an attempt is no event', () => {
  it('reads «قال أمس إن بإمكان قواته السيطرة على بلدة …» as no capture, whatever its date', () => {
    const text = 'وقال القائد أمس إن بإمكان قواته السيطرة على بلدة السلمية خلال أيام.';
    expect(typesOf(text, [{ text: 'السلمية', type: 'LOC' }])).toEqual([]);
  });

  it('reads «تسعى الحكومة إلى عقد اجتماع» as no meeting', () => {
    expect(typesOf('وتسعى الحكومة إلى عقد اجتماع مع النقابات.')).toEqual([]);
  });

  it('reads «تأمل العائلات أن يتم الإفراج عن …» (a hope) as no release', () => {
    expect(typesOf('وتأمل العائلات أن يتم الإفراج عن أبنائها قبل العيد.')).toEqual([]);
  });

  it('reads «محاولة اعتقال» (an attempt) as no arrest', () => {
    expect(typesOf('وفشلت محاولة اعتقال الناشط في الحي.')).toEqual([]);
  });

  it('keeps «محاولة انقلاب» a coup: an attempted coup is one', () => {
    expect(typesOf('وشهدت البلاد محاولة انقلاب فاشلة.')).toEqual(['coup']);
  });
});

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
