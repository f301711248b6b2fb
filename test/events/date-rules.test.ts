import { describe, expect, it } from 'vitest';
import { makeDoc, type TimexSpec } from './make-doc.js';

/** Each mention of the text as [type, number of time expressions it owns]. */
const dated = (text: string, timexes: TimexSpec[]) =>
  makeDoc('d', text, { published: '2020-03-10', timexes }).data.events!.mentions.map((e) => [
    e.type,
    e.timexes.length,
  ]);

describe('a statement about an event is not dated with it (acknowledgeVerbs)', () => {
  it('gives the acknowledgement’s day to no strikes: «أقر التحالف، الجمعة، بمقتل تسعة مدنيين في ضربات»', () => {
    const text = 'أقر التحالف، الجمعة، بمقتل تسعة مدنيين إضافيين في ضربات جوية.';
    expect(dated(text, [{ text: 'الجمعة', from: '2020-03-06' }])).toEqual([['attack', 0]]);
  });

  it('gives the congratulations’ day to no election: «هنأ الرئيس، الاثنين، نظيره بإعادة انتخابه»', () => {
    const text = 'هنأ الرئيس، الاثنين، نظيره بإعادة انتخابه لولاية ثانية.';
    expect(dated(text, [{ text: 'الاثنين', from: '2020-03-09' }])).toEqual([['election', 0]]);
  });

  it('leaves the date before it to the event: «واعتقلت الشرطة الرجال الأربعاء، واعترف أحدهم»', () => {
    const text = 'واعتقلت الشرطة الرجال الأربعة، الأربعاء، واعترف أحدهم بالتهمة.';
    expect(dated(text, [{ text: 'الأربعاء', from: '2020-03-04' }])).toEqual([['arrest', 1]]);
  });

  it('leaves the year before it to the event: «عام 2014 فأقرت واشنطن عقوبات»', () => {
    const text = 'وبعد ضم الإقليم عام 2014 فأقرت واشنطن عقوبات اقتصادية على موسكو.';
    expect(dated(text, [{ text: 'عام 2014', from: '2014-01-01', to: '2014-12-31', value: '2014' }])).toEqual([
      ['sanctions', 1],
    ]);
  });
});

describe('a date after «حتى» ends a span, it dates no event', () => {
  it('gives the end of the term to no appointment: «تعيين … لمدة موسم حتى يونيو 2021»', () => {
    const text = 'أعلن النادي تعيين المدرب لمدة موسم واحد حتى يونيو 2021.';
    const june = { text: 'يونيو 2021', from: '2021-06-01', to: '2021-06-30', value: '2021-06' } as const;
    expect(dated(text, [june])).toEqual([['appointment', 0]]);
  });

  it('gives a deadline to no agreement: «أمهل الأوروبيين حتى يوم 12 مايو لتعديل الاتفاق»', () => {
    const text = 'وكان الرئيس أمهل الأوروبيين حتى يوم 12 مايو لتعديل الاتفاق النووي.';
    expect(dated(text, [{ text: '12 مايو', from: '2020-05-12' }])).toEqual([['agreement', 0]]);
  });

  it('keeps a past date a count runs up to: «وتم حتى الأحد إجلاء أكثر من 46 ألف شخص»', () => {
    const text = 'وتم حتى الأحد إجلاء أكثر من 46 ألف شخص من بلدات الجنوب.';
    expect(dated(text, [{ text: 'الأحد', from: '2020-03-08' }])).toEqual([['evacuation', 1]]);
  });

  it('keeps a span of two dates: «أواخر نوفمبر حتى ديسمبر»', () => {
    const text = 'وتم الإبلاغ عن هجمات بالكلور في أواخر نوفمبر حتى ديسمبر 2016 في المدينة.';
    const late = { text: 'أواخر نوفمبر', from: '2016-11-20', to: '2016-11-30', value: '2016-11' } as const;
    const dec = { text: 'ديسمبر 2016', from: '2016-12-01', to: '2016-12-31', value: '2016-12' } as const;
    expect(dated(text, [late, dec])).toEqual([['attack', 2]]);
  });
});

describe('an event after «بعد، قبل، عقب» does not share the main clause’s date', () => {
  it('gives the summit’s Friday to no sanctions: «قمة … الجمعة، وذلك عقب فرض واشنطن عقوبات»', () => {
    const text = 'وعقدت قمة أمنية في سنغافورة الجمعة، وذلك عقب فرض واشنطن عقوبات على وزيرين.';
    expect(dated(text, [{ text: 'الجمعة', from: '2020-03-06' }])).toEqual([
      ['meeting', 1],
      ['sanctions', 0],
    ]);
  });
});

describe('a state of detention is no arrest (notEvents)', () => {
  it('reads «لا يزال شخصان قيد التوقيف صباح الثلاثاء» as no arrest', () => {
    const text = 'ولا يزال شخصان مقربان من المهاجم قيد التوقيف الاحترازي صباح الثلاثاء.';
    expect(dated(text, [{ text: 'صباح الثلاثاء', from: '2020-03-10' }])).toEqual([]);
  });

  it('reads «رهن الاعتقال» as no arrest', () => {
    expect(dated('وما زال الصحفي رهن الاعتقال منذ شهرين.', [])).toEqual([]);
  });

  it('still reads «اعتقلت الشرطة» as an arrest', () => {
    expect(
      dated('اعتقلت الشرطة الصحفي يوم الثلاثاء.', [{ text: 'يوم الثلاثاء', from: '2020-03-10' }]),
    ).toEqual([['arrest', 1]]);
  });
});
