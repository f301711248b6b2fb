import { describe, expect, it } from 'vitest';
import { makeDoc } from './make-doc.js';

const eventsOf = (doc: ReturnType<typeof makeDoc>) => doc.data.events!.mentions;
const timexText = (doc: ReturnType<typeof makeDoc>, i: number[]) =>
  i.map((k) => doc.data.time!.timexes[k].text);

describe('extractEvents', () => {
  it('reads «وقف إطلاق النار» as one ceasefire mention', () => {
    const doc = makeDoc('d', 'دخل وقف إطلاق النار حيز التنفيذ منتصف الليل.');
    expect(eventsOf(doc).map((e) => [e.type, e.trigger])).toEqual([['ceasefire', 'وقف إطلاق النار']]);
  });

  it('reads an arrival told in the imperfect as a visit: «أن يصل الوفد»', () => {
    const doc = makeDoc('d', 'ومن المنتظر أن يصل الوفد إلى العاصمة اليوم.');
    expect(eventsOf(doc).map((e) => [e.type, e.trigger, e.status])).toEqual([['visit', 'يصل', 'planned']]);
  });

  it('reads a verb of moving people with the wounded as its object as an evacuation, not a statement', () => {
    const doc = makeDoc('d', 'ونقلت المنظمة يوم السبت عشرين جريحا إلى المستشفى الميداني.', {
      timexes: [{ text: 'يوم السبت', from: '2021-05-01' }],
    });
    expect(eventsOf(doc).map((e) => [e.type, e.trigger, timexText(doc, e.timexes)])).toEqual([
      ['evacuation', 'ونقلت', ['يوم السبت']],
    ]);
  });

  it('keeps «نقلت» a reporting verb without the wounded after it', () => {
    const doc = makeDoc('d', 'ونقلت الوكالة عن مصدر أن المحادثات ستبدأ غدا.');
    expect(eventsOf(doc).map((e) => e.type)).toEqual(['talks']);
  });

  it('joins «جولة محادثات» into one talks mention', () => {
    const doc = makeDoc('d', 'أعلنت الوزارة عن عقد جولة محادثات جديدة في أستانة.');
    expect(eventsOf(doc).map((e) => [e.type, e.trigger])).toEqual([['talks', 'جولة محادثات']]);
  });

  it('drops a trigger that names a goal: «بهدف التوصل إلى اتفاق»', () => {
    const doc = makeDoc('d', 'وتمتد المشاورات يومين بهدف التوصل إلى اتفاق.');
    expect(eventsOf(doc).map((e) => e.type)).toEqual(['talks']);
  });

  it('keeps a goal that a past date of its own says was reached', () => {
    const doc = makeDoc('d', 'وتوسطت روسيا وتركيا للتوصل الى اتفاق سلام في اواخر كانون الاول.', {
      published: '2017-01-19',
      timexes: [{ text: 'اواخر كانون الاول', from: '2016-12-21', to: '2016-12-31', relative: true }],
    });
    expect(eventsOf(doc).map((e) => e.type)).toEqual(['agreement']);
  });

  it('drops the topics of a verb of discussion, keeps its subject', () => {
    const doc = makeDoc('d', 'ويبحث الاجتماع الموسع غدا إطلاق سراح المعتقلين.');
    expect(eventsOf(doc).map((e) => e.type)).toEqual(['meeting']);
  });

  it('gives each trigger the time expression nearest after it', () => {
    const doc = makeDoc('d', 'وقعت الأطراف اتفاقا في 29 كانون الأول ثم بدأت المحادثات في 23 كانون الثاني.', {
      timexes: [
        { text: '29 كانون الأول', from: '2016-12-29' },
        { text: '23 كانون الثاني', from: '2017-01-23' },
      ],
    });
    const [agreement, talks] = eventsOf(doc);
    expect([timexText(doc, agreement.timexes), timexText(doc, talks.timexes)]).toEqual([
      ['29 كانون الأول'],
      ['23 كانون الثاني'],
    ]);
  });

  it('leaves a time expression closed by a comma to the trigger before it', () => {
    const doc = makeDoc('d', 'دخل وقف إطلاق النار حيز التنفيذ مساء الأحد، تطبيقا لاتفاق وقعه الطرفان.', {
      timexes: [{ text: 'مساء الأحد', from: '2020-03-01' }],
    });
    const [ceasefire, agreement] = eventsOf(doc);
    expect([timexText(doc, ceasefire.timexes), agreement.timexes]).toEqual([['مساء الأحد'], []]);
  });

  it("gives a relative clause's time expression to the noun it hangs on", () => {
    const doc = makeDoc('d', 'وتشمل محادثات "أستانة 14" التي تعقد اليوم الثلاثاء ملف المعتقلين.', {
      timexes: [{ text: 'اليوم الثلاثاء', from: '2019-12-10' }],
    });
    expect(timexText(doc, eventsOf(doc)[0].timexes)).toEqual(['اليوم الثلاثاء']);
  });

  it('leaves the date of a statement to the statement', () => {
    const doc = makeDoc('d', 'وقال المتحدث أمس الاثنين إن جميع الأطراف أكدت مشاركتها في المفاوضات.', {
      timexes: [{ text: 'أمس الاثنين', from: '2019-12-09' }],
    });
    expect(eventsOf(doc)[0].timexes).toEqual([]);
  });

  it('takes the place after «في» before a nearer one', () => {
    const doc = makeDoc('d', 'بدأت محادثات سوريا في جنيف.', {
      mentions: [
        { text: 'سوريا', type: 'LOC' },
        { text: 'جنيف', type: 'LOC' },
      ],
    });
    const place = eventsOf(doc)[0].place!;
    expect(doc.data.entities!.mentions[place].text).toBe('جنيف');
  });

  it('takes no place from a country in another role near the trigger (a mediator)', () => {
    const doc = makeDoc('d', 'وقعت الأطراف اتفاق سلام بوساطة روسيا وتركيا التي تدعم المعارضة.', {
      mentions: [
        { text: 'روسيا', type: 'LOC' },
        { text: 'تركيا', type: 'LOC' },
      ],
    });
    expect(eventsOf(doc).map((e) => [e.type, e.place])).toEqual([['agreement', undefined]]);
  });

  it('takes the place that follows a trigger as its genitive: «محادثات أستانا»', () => {
    const doc = makeDoc('d', 'انطلقت محادثات أستانا اليوم.', { mentions: [{ text: 'أستانا', type: 'LOC' }] });
    const place = eventsOf(doc)[0].place!;
    expect(doc.data.entities!.mentions[place].text).toBe('أستانا');
  });

  it('takes a place after a head noun and its adjective: «إلى العاصمة الفرنسية باريس»', () => {
    const doc = makeDoc('d', 'وصل الوزير إلى العاصمة الفرنسية باريس أمس.', {
      mentions: [{ text: 'باريس', type: 'LOC' }],
    });
    const place = eventsOf(doc)[0].place!;
    expect(doc.data.entities!.mentions[place].text).toBe('باريس');
  });

  it('leaves a place to the other trigger that stands between: «قرار يؤيد الاتفاقات … في روما»', () => {
    const doc = makeDoc('d', 'تبنى المجلس القرار رقم 12 الذي يؤيد الاتفاقات التي أبرمت في روما.', {
      mentions: [{ text: 'روما', type: 'LOC' }],
    });
    const resolution = eventsOf(doc).find((e) => e.type === 'resolution');
    expect(resolution?.place).toBeUndefined();
  });

  it('takes a place that closes the clause far after the trigger: «عقد جولة محادثات … في روما»', () => {
    const doc = makeDoc(
      'd',
      'أعلنت الوزارة عن عقد جولة محادثات جديدة خاصة بالمعتقلين والمفقودين بين الحكومة وفصائل المعارضة المسلحة نهاية الأسبوع المقبل في روما.',
      { mentions: [{ text: 'روما', type: 'LOC' }] },
    );
    const place = eventsOf(doc)[0].place!;
    expect(doc.data.entities!.mentions[place].text).toBe('روما');
  });

  it('takes no far place across a comma', () => {
    const doc = makeDoc(
      'd',
      'أعلنت الوزارة عن عقد جولة محادثات جديدة خاصة بالمعتقلين والمفقودين بين الحكومة وفصائل المعارضة، وسط توتر في روما.',
      { mentions: [{ text: 'روما', type: 'LOC' }] },
    );
    expect(eventsOf(doc)[0].place).toBeUndefined();
  });

  it('takes a place written with the preposition attached: «بأستانا»', () => {
    const doc = makeDoc('d', 'عقدت المحادثات أمس بأستانا.', { mentions: [{ text: 'أستانا', type: 'LOC' }] });
    const place = eventsOf(doc)[0].place!;
    expect(doc.data.entities!.mentions[place].text).toBe('أستانا');
  });

  it('takes people and organizations of the sentence as participants', () => {
    const doc = makeDoc('d', 'التقى غريفيث وفد الحوثيين في ستوكهولم.', {
      mentions: [
        { text: 'غريفيث', type: 'PER' },
        { text: 'الحوثيين', type: 'ORG' },
        { text: 'ستوكهولم', type: 'LOC' },
      ],
    });
    const ev = eventsOf(doc)[0];
    expect(ev.participants.map((i) => doc.data.entities!.mentions[i].text)).toEqual(['غريفيث', 'الحوثيين']);
  });

  it('makes no event of a bare round: «في الجولة الأولى من الدوري»', () => {
    expect(eventsOf(makeDoc('d', 'ويواجه الأهلي منافسه في الجولة الأولى من الدوري.'))).toEqual([]);
  });

  it('makes a round of talks of a round with a place after it: «الجولة الخامسة من أستانا»', () => {
    const doc = makeDoc('d', 'انطلاق الجولة الخامسة من أستانا بغياب رئيس الوفد.', {
      mentions: [{ text: 'أستانا', type: 'LOC' }],
    });
    expect(eventsOf(doc).map((e) => [e.type, e.ordinal])).toEqual([['talks', 5]]);
  });

  it('names a resolution by its number: «القرار رقم 2451»', () => {
    const doc = makeDoc('d', 'تبنى مجلس الأمن بالإجماع القرار رقم 2451 الذي يؤيد الاتفاقات.');
    expect(eventsOf(doc).map((e) => [e.type, e.series])).toContainEqual(['resolution', '2451']);
  });

  it('drops a negated trigger: «دون أن تنتهي إلى اتفاق»', () => {
    const doc = makeDoc('d', 'واستمرت أشهرا دون أن تنتهي إلى اتفاق.');
    expect(eventsOf(doc)).toEqual([]);
  });

  it('does not take a press conference for a conference', () => {
    const doc = makeDoc('d', 'وقال الوزير في مؤتمر صحفي إن بلاده ترفض ذلك.');
    expect(eventsOf(doc)).toEqual([]);
  });

  it('does not date an event by a date after «منذ»', () => {
    const doc = makeDoc('d', 'كان أقوى هجوم منذ حرب عام 1982.', {
      timexes: [{ text: 'عام 1982', from: '1982-01-01', to: '1982-12-31', value: '1982' }],
    });
    expect(eventsOf(doc)[0].timexes).toEqual([]);
  });

  it('tells the opening and the closing of a round', () => {
    const opening = makeDoc('a', 'انطلقت اليوم في ريمبو مشاورات السلام.');
    const closing = makeDoc('b', 'اختتمت اليوم في السويد مشاورات السلام.');
    expect([eventsOf(opening)[0].phase, eventsOf(closing)[0].phase]).toEqual(['start', 'end']);
  });
});

describe('delegationHeads', () => {
  it('finds the people who head delegations', async () => {
    const { delegationHeads } = await import('../../src/events/find-delegations.js');
    const doc = makeDoc(
      'd',
      'تبدأ المحادثات غدا. ويشارك وفد عسكري يرأسه محمد علوش. وقال سالم إن الجو بارد.',
      {
        mentions: [
          { text: 'محمد علوش', type: 'PER' },
          { text: 'سالم', type: 'PER' },
        ],
      },
    );
    expect(delegationHeads(doc).map((i) => doc.data.entities!.mentions[i].text)).toEqual(['محمد علوش']);
  });
});
