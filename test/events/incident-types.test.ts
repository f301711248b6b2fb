import { describe, expect, it } from 'vitest';
import { makeDoc } from './make-doc.js';

const typesOf = (text: string) => makeDoc('d', text).data.events!.mentions.map((e) => e.type);

describe('incident types', () => {
  it('reads «اغتيل» as a killing', () => {
    expect(typesOf('اغتيل الصحفي أمس في العاصمة.')).toEqual(['killing']);
  });

  it('reads «لقي حتفه» as one killing mention', () => {
    const doc = makeDoc('d', 'لقي حتفه سائق الشاحنة على الطريق.');
    expect(doc.data.events!.mentions.map((e) => e.trigger)).toEqual(['لقي حتفه']);
  });

  it('makes the dead of an air strike its toll, not a killing of their own', () => {
    expect(typesOf('قتل خمسة أشخاص في غارة على القرية.')).toEqual(['attack']);
  });

  it('reads «محاولة اغتيال» as an attack, not a killing', () => {
    expect(typesOf('نجا الوزير من محاولة اغتيال في العاصمة.')).toEqual(['attack']);
  });

  it('reads «قتلى» as no killing', () => {
    expect(typesOf('سقط قتلى وجرحى في المدينة.')).toEqual([]);
  });

  it('reads «ألقت الشرطة القبض على» as an arrest', () => {
    expect(typesOf('ألقت الشرطة القبض على المشتبه به.')).toEqual(['arrest']);
  });

  it('reads «اختطاف» as a disappearance or kidnapping', () => {
    expect(typesOf('أعلنت الشرطة اختطاف رجل أعمال في المدينة.')).toEqual(['disappearance']);
  });

  it('reads «فتحت النيابة تحقيقا في» as an investigation', () => {
    expect(typesOf('فتحت النيابة تحقيقا في الحادث.')).toEqual(['investigation']);
  });

  it('reads «تحقيق الاستقرار» (achieving) as no investigation', () => {
    expect(typesOf('تسعى الحكومة إلى تحقيق الاستقرار.')).toEqual([]);
  });

  it('reads «التحقيق» with the article as an investigation', () => {
    expect(typesOf('وأكد المدعي العام أن التحقيق مستمر.')).toEqual(['investigation']);
  });

  it('reads «قضت محكمة بالسجن» as one trial mention', () => {
    expect(typesOf('قضت محكمة بالسجن خمس سنوات على المتهم.')).toEqual(['trial']);
  });

  it('reads «السجن» (the prison) as no verdict', () => {
    expect(typesOf('زار المحامي موكله في السجن.')).toEqual(['visit']);
  });

  it('reads «أدانت الوزارة الهجوم» (condemned) as the attack only', () => {
    expect(typesOf('أدانت الوزارة الهجوم على السفارة.')).toEqual(['attack']);
  });

  it('drops sanctions that are only threatened: «هددت بفرض عقوبات»', () => {
    expect(typesOf('هددت واشنطن بفرض عقوبات على الشركة.')).toEqual([]);
  });

  it('reads «فرضت عقوبات» as sanctions', () => {
    expect(typesOf('فرضت واشنطن عقوبات على الشركة.')).toEqual(['sanctions']);
  });

  it('reads «قتلة» (killers, with ة) as no killing', () => {
    expect(typesOf('قال إن قتلة مارقين قد يكونون مسؤولين.')).toEqual([]);
  });

  it('reads «قتله» (killed him) as a killing', () => {
    expect(typesOf('قتله مسلحون أمس في المدينة.')).toEqual(['killing']);
  });

  it('reads «عقوبات بالسجن» (prison terms a law provides) as no event', () => {
    expect(typesOf('ينص القانون على عقوبات بالسجن تتراوح بين عشرة أعوام وخمسة عشر عاما.')).toEqual([]);
  });

  it('reads «عقوبات تأديبية» (disciplinary penalties) as no sanctions', () => {
    expect(typesOf('فرض الاتحاد عقوبات تأديبية على النادي.')).toEqual([]);
  });

  it('reads «خرجت مظاهرات» as a protest', () => {
    expect(typesOf('خرجت مظاهرات في المدينة.')).toEqual(['protest']);
  });

  it('reads «احتجاجا على» (in protest at) as no protest', () => {
    expect(typesOf('استدعت الوزارة السفير احتجاجا على التصريحات.')).toEqual([]);
  });

  it('reads «قدم استقالته» as a resignation', () => {
    expect(typesOf('قدم رئيس الوزراء استقالته إلى الرئيس.')).toEqual(['resignation']);
  });

  it('reads «اليمين الدستورية» as an appointment', () => {
    expect(typesOf('أدى الوزير الجديد اليمين الدستورية أمام الرئيس.')).toEqual(['appointment']);
  });

  it('makes the dead of an earthquake its toll: «ضرب زلزال المنطقة فقتل عشرة»', () => {
    expect(typesOf('ضرب زلزال المنطقة فقتل عشرة أشخاص.')).toEqual(['disaster']);
  });
});

describe('incidents named as references', () => {
  const dated = (text: string, timex: string) =>
    makeDoc('d', text, {
      published: '2020-03-10',
      timexes: [{ text: timex, from: '2020-03-05' }],
    }).data.events!.mentions.map((e) => [e.type, e.timexes.length]);

  it('gives no clause date to an incident after «بسبب»', () => {
    expect(dated('استدعت الوزارة، الخميس، السفير بسبب اختفاء الصحفي.', 'الخميس')).toEqual([
      ['disappearance', 0],
    ]);
  });

  it('gives no clause date to an incident with ب on it: «للتنديد باختفاء»', () => {
    expect(dated('نظمت جمعية، الخميس، وقفة للتنديد باختفاء الصحفي.', 'الخميس')).toEqual([
      ['disappearance', 0],
    ]);
  });

  it('dates a referenced incident by a date after it in its clause', () => {
    expect(dated('طالبت الوزارة بكشف ملابسات اختفاء الصحفي في الخامس من آذار.', 'الخامس من آذار')).toEqual([
      ['disappearance', 1],
    ]);
  });
});
