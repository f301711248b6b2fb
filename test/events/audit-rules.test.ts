import { describe, expect, it } from 'vitest';
import { isNewsMedium } from '../../src/events/is-news-medium.js';
import { type MentionSpec, makeDoc } from './make-doc.js';

const typesOf = (text: string) => makeDoc('d', text).data.events!.mentions.map((e) => e.type);

describe('trigger words in another sense', () => {
  it('reads «ولقي مصرعه» (with the conjunction) as a killing', () => {
    expect(typesOf('ولقي مصرعه سائق الشاحنة على الطريق.')).toEqual(['killing']);
  });

  it('reads «وصول الحزب إلى الحكم» (coming to power) as no visit', () => {
    expect(typesOf('تغيرت سياسة البلاد منذ وصول حزب العدالة والتنمية إلى الحكم.')).toEqual([]);
  });

  it('reads «وصلت نسبة المشاركة إلى» (a level reached) as no visit', () => {
    expect(typesOf('وصلت نسبة المشاركة إلى خمسين في المئة.')).toEqual([]);
  });

  it('reads «وصلت القوات إلى ضواحي المدينة» (an advance) as no visit', () => {
    expect(typesOf('ووصلت القوات الحكومية إلى ضواحي المدينة.')).toEqual([]);
  });

  it('still reads «زيارة عدد من الوزراء» as a visit (only an arrival reaches a level)', () => {
    expect(typesOf('بدأت زيارة عدد من الوزراء إلى العاصمة.')).toEqual(['visit']);
  });

  it('still reads «وصل الوزير إلى العاصمة» as a visit', () => {
    expect(typesOf('وصل الوزير إلى العاصمة صباح اليوم.')).toEqual(['visit']);
  });

  it('reads «ويلتقي الفريقان» (two teams play) as no meeting', () => {
    expect(typesOf('ويلتقي الفريقان غدا في الملعب الكبير.')).toEqual([]);
  });

  it('reads «تبنى على» (are built on) as no resolution', () => {
    expect(typesOf('الصداقات تبنى على القيم المشتركة.')).toEqual([]);
  });
});

describe('strikes', () => {
  it('reads «شنت الدول الثلاث ضربات» (strikes, plural) as an attack', () => {
    expect(typesOf('شنت الدول الثلاث ضربات على مواقع عسكرية.')).toEqual(['attack']);
  });

  it('reads «ضربات الترجيح» (a penalty shootout) as no attack', () => {
    expect(typesOf('فاز الفريق بركلات بعد ضربات الترجيح.')).toEqual([]);
  });

  it('reads «ضربات الإرسال» (a tennis player’s serves) as no attack', () => {
    expect(typesOf('اعتمد اللاعب على ضربات الإرسال القوية.')).toEqual([]);
  });

  it('reads «قصفت الطائرات» (the verb) as an attack', () => {
    expect(typesOf('قصفت الطائرات الحربية أطراف المدينة.')).toEqual(['attack']);
  });
});

describe('events named as references', () => {
  it('gives the day of a development to no agreement it concerns: «يخص الاتفاق»', () => {
    expect(dated('أعلن الوزير يوم السبت تطورا كبيرا يخص الاتفاق النووي.', 'يوم السبت')).toEqual([
      ['agreement', 0],
    ]);
  });

  const dated = (text: string, timex: string) =>
    makeDoc('d', text, {
      published: '2020-03-10',
      timexes: [{ text: timex, from: '2020-03-07' }],
    }).data.events!.mentions.map((e) => [e.type, e.timexes.length]);

  it('gives the strikes’ day to no attack they answer: «ردا على هجوم»', () => {
    expect(dated('أطلقت الطائرات صواريخ يوم السبت ردا على هجوم كيماوي على المدينة.', 'يوم السبت')).toEqual([
      ['attack', 0],
    ]);
  });

  it('reads a ceasefire told as violated on the warning’s day as no event: «انتهاك وقف إطلاق النار»', () => {
    expect(dated('حذرت الحكومة يوم السبت من انتهاك وقف إطلاق النار في الجنوب.', 'يوم السبت')).toEqual([]);
  });

  it('keeps a death told with the attack that caused it: «لقي مصرعه في عام 2008 إثر تفجير»', () => {
    expect(dated('وكان القائد قد لقي مصرعه في عام 2008 إثر تفجير سيارة في العاصمة.', 'في عام 2008')).toEqual([
      ['killing', 1],
      ['attack', 0],
    ]);
  });

  it('still makes the dead of a blast its toll: «قتل عشرة في انفجار»', () => {
    expect(dated('قتل عشرة أشخاص في انفجار يوم السبت.', 'يوم السبت').map(([type]) => type)).toEqual([
      'disaster',
    ]);
  });

  it('gives no date after «ومنذ» (since, with a conjunction) to the strikes of the years since', () => {
    expect(dated('ومنذ عام 2012 شنت الطائرات غارات على مواقع في البلاد.', 'عام 2012')).toEqual([
      ['attack', 0],
    ]);
  });

  it('gives a statement’s day to no attack it points back to: «إزاء هذا الهجوم»', () => {
    expect(dated('أعرب الأمين العام يوم السبت عن غضبه إزاء هذا الهجوم.', 'يوم السبت')).toEqual([
      ['attack', 0],
    ]);
  });

  it('gives no date to an event a span is counted from: «بعد يومين من إعلان الانسحاب»', () => {
    const doc = makeDoc('d', 'وجاءت المواجهة بعد يومين من إعلان الرئيس الانسحاب من البلاد.', {
      published: '2020-03-10',
      timexes: [{ text: 'بعد يومين', from: '2020-03-12' }],
    });
    expect(doc.data.events!.mentions.map((e) => [e.type, e.timexes.length])).toEqual([['withdrawal', 0]]);
  });

  it('still dates an attack told with its own day: «شنت الطائرات هجوما يوم السبت»', () => {
    expect(dated('شنت الطائرات هجوما يوم السبت على المدينة.', 'يوم السبت')).toEqual([['attack', 1]]);
  });
});

describe('news media the report cites', () => {
  const argsOf = (text: string, mentions: MentionSpec[]) => {
    const doc = makeDoc('d', text, { mentions });
    const all = doc.data.entities!.mentions;
    const [event] = doc.data.events!.mentions;
    return {
      participants: event.participants.map((i) => all[i].text),
      place: event.place === undefined ? undefined : all[event.place].text,
    };
  };

  it('takes no agency as the place: «مراسل من الأناضول»', () => {
    const text = 'وقع انفجار كبير أمس قال مراسل من الأناضول إنه هز المدينة.';
    expect(argsOf(text, [{ text: 'الأناضول', type: 'LOC' }]).place).toBeUndefined();
  });

  it('takes no network as a participant: «بحسب شبكة CNN»', () => {
    const text = 'اجتمع الوزير مع وفد الأمم المتحدة بحسب شبكة CNN.';
    const mentions: MentionSpec[] = [
      { text: 'الأمم المتحدة', type: 'ORG' },
      { text: 'شبكة CNN', type: 'ORG' },
    ];
    expect(argsOf(text, mentions).participants).toEqual(['الأمم المتحدة']);
  });

  it('takes no place from «كل من أمريكا وفرنسا» (who struck, not where)', () => {
    const text = 'جاء ذلك بعد الضربات الجوية التي وجهتها كل من أمريكا وفرنسا.';
    const mentions: MentionSpec[] = [
      { text: 'أمريكا', type: 'LOC' },
      { text: 'فرنسا', type: 'LOC' },
    ];
    expect(argsOf(text, mentions).place).toBeUndefined();
  });

  it('takes the target of an attack as its place: «هجوم كيماوي على مدينة دوما»', () => {
    const text = 'أعلنت المنظمة وقوع هجوم كيماوي على مدينة دوما أمس.';
    expect(argsOf(text, [{ text: 'دوما', type: 'LOC' }]).place).toBe('دوما');
  });

  it('takes no target across a comma: «شنت الطائرات هجوما، وسيطرت القوات على مدينة دوما»', () => {
    const text = 'شنت الطائرات هجوما، وسيطرت القوات على مدينة دوما.';
    expect(argsOf(text, [{ text: 'دوما', type: 'LOC' }]).place).toBeUndefined();
  });

  it('reads «الجزيرة» as a medium only when it is tagged an organization', () => {
    expect([
      isNewsMedium({ text: 'الجزيرة', type: 'ORG' }),
      isNewsMedium({ text: 'الجزيرة', type: 'LOC' }),
    ]).toEqual([true, false]);
  });

  it('reads «وكالة فرانس برس» with a clitic («لوكالة») as a medium', () => {
    expect(isNewsMedium({ text: 'لوكالة فرانس برس', type: 'ORG' })).toBe(true);
  });

  it('reads «الوكالة الدولية للطاقة الذرية» as no medium', () => {
    expect(isNewsMedium({ text: 'الوكالة الدولية للطاقة الذرية', type: 'ORG' })).toBe(false);
  });
});
