import { describe, expect, it } from 'vitest';
import { makeDoc } from './make-doc.js';

const typesOf = (text: string) => makeDoc('d', text).data.events!.mentions.map((e) => e.type);

describe('sports: a match, a round, an offence, a prize are no events', () => {
  it('reads «خطف هدف التعادل» (a goal snatched) as no kidnapping', () => {
    expect(typesOf('وخطف اللاعب هدف التعادل في الدقيقة الأخيرة.')).toEqual([]);
  });

  it('still reads «خطف مسلحون ثلاثة صحفيين» as a kidnapping', () => {
    expect(typesOf('خطف مسلحون ثلاثة صحفيين قرب الحدود.')).toEqual(['disappearance']);
  });

  it('reads «اللقاء» told with a score as a match, no meeting', () => {
    expect(typesOf('فاز النادي الأهلي 2-1 في اللقاء الذي أقيم أمس.')).toEqual([]);
  });

  it('reads «الجولة» of a league as a round of play, no talks', () => {
    expect(typesOf('تقام مباريات الجولة العاشرة من الدوري يوم السبت.')).toEqual([]);
  });

  it("reads «واصل الفريق هجومه ونجح لاعبه» as a team's offence, no attack", () => {
    expect(typesOf('وواصل الفريق هجومه ونجح لاعبه في تسجيل الهدف الثاني.')).toEqual([]);
  });

  it('still reads an attack on a stadium during a match as an attack (a stadium is no sign of play)', () => {
    expect(typesOf('أسفر هجوم على ملعب المدينة أثناء مباراة عن سقوط جرحى.')).toEqual(['attack']);
  });

  it('reads «وقع اللاعب على هدف» (scored a goal) as no agreement', () => {
    expect(typesOf('وقع "العكيد" على هدف تاريخي في مرمى الضيوف.')).toEqual([]);
  });

  it('reads «قمة ترتيب الدوري» (the top of the table) as no summit', () => {
    expect(typesOf('يتربع الفريق على قمة ترتيب الدوري.')).toEqual([]);
  });

  it('still reads «قمة مجموعة العشرين» as a summit', () => {
    expect(typesOf('تنعقد قمة مجموعة العشرين في بوينس آيرس.')).toEqual(['meeting']);
  });
});

describe('figures: a quantity reaching a level is no arrival', () => {
  it('reads «أسعار التذاكر وصلت إلى» (prices before the verb) as no visit', () => {
    expect(typesOf('أسعار التذاكر وصلت إلى 3000 جنيه.')).toEqual([]);
  });

  it('reads «خسائرها وصلت» (a quantity with a pronoun) as no visit', () => {
    expect(typesOf('قالت الشركة إن خسائرها وصلت إلى مستويات قياسية.')).toEqual([]);
  });

  it('reads «تصل إلى 51 في المئة» (a number after إلى) as no visit', () => {
    expect(typesOf('ويمكن للشركات الأجنبية امتلاك حصص تصل إلى 51 في المئة.')).toEqual([]);
  });

  it('still reads «بعد وصول مجموعة خبراء إلى دمشق» as a visit (مجموعة is no مجموع)', () => {
    expect(typesOf('تأسست الشركة بعد شهر من وصول مجموعة خبراء إلى دمشق.')).toEqual(['visit']);
  });
});

describe('«وقع» occurred, and a penalty imposed, are no agreements', () => {
  it('reads «وقعت مواجهات» (clashes occurred) as no agreement', () => {
    expect(typesOf('ووقعت مواجهات بين المحتجين والشرطة.')).not.toContain('agreement');
  });

  it('reads «توقيع واشنطن عقوبات» as sanctions, no agreement', () => {
    expect(typesOf('زاد الطين بلة توقيع واشنطن عقوبات ضد وزيرين.')).toEqual(['sanctions']);
  });

  it('still reads «وقعت الحكومة اتفاقا» as an agreement', () => {
    expect(typesOf('ووقعت الحكومة اتفاقا مع المعارضة.')).toEqual(['agreement']);
  });
});

describe('«تبادل»: only captives are released', () => {
  it('reads «التبادل التجاري» (trade) as no release', () => {
    expect(typesOf('ارتفع حجم التبادل التجاري بين البلدين.')).toEqual([]);
  });

  it('still reads «عملية تبادل المحتجزين» as a release', () => {
    expect(typesOf('جرت عملية تبادل المحتجزين عند المعبر.')).toEqual(['release']);
  });
});

describe('bodies and interviews named in passing are no gatherings', () => {
  it('reads «وصف المنتدى الاقتصادي العالمي سنة 2015» (the body speaks) as no conference', () => {
    expect(typesOf('وصف المنتدى الاقتصادي العالمي سنة 2015 بأنها سنة صعبة.')).toEqual([]);
  });

  it('reads «حزب المؤتمر الشعبي العام» (a party) as no conference', () => {
    expect(typesOf('ينتمي النواب إلى حزب المؤتمر الشعبي العام.')).toEqual([]);
  });

  it('still reads «افتتح المؤتمر أعماله» as a conference', () => {
    expect(typesOf('افتتح المؤتمر أعماله في الكويت.')).toEqual(['conference']);
  });

  it('reads «في حوار مع صحيفة» (an interview) as no talks', () => {
    expect(typesOf('وقال الوزير في حوار مع صحيفة الأهرام إن الوضع مستقر.')).toEqual([]);
  });
});
