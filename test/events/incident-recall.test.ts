import { describe, expect, it } from 'vitest';
import { mentionDate } from '../../src/events/date-mention.js';
import { type MentionSpec, makeDoc } from './make-doc.js';

const typesOf = (text: string, mentions: MentionSpec[] = []) =>
  makeDoc('d', text, { mentions }).data.events!.mentions.map((e) => e.type);

describe('executions', () => {
  it('reads «وأعدمت السلطات 37 شخصا» as an execution', () => {
    expect(typesOf('وأعدمت السلطات 37 شخصا يوم الثلاثاء.')).toEqual(['execution']);
  });

  it('reads «تنفيذ حكم الإعدام» as one execution mention', () => {
    const doc = makeDoc('d', 'وجرى تنفيذ حكم الإعدام في السجن المركزي.');
    expect(doc.data.events!.mentions.map((e) => `${e.type}:${e.trigger}`)).toEqual([
      'execution:تنفيذ حكم الإعدام',
    ]);
  });

  it('keeps «قضت المحكمة بالإعدام» a verdict, not an execution', () => {
    expect(typesOf('وقضت المحكمة بالإعدام على المتهم.')).toEqual(['trial']);
  });

  it('reads «عقوبة الإعدام» (the death penalty) as no event', () => {
    expect(typesOf('ويطالب النواب بإلغاء عقوبة الإعدام.')).toEqual([]);
  });
});

describe('a place taken or lost', () => {
  it('reads «وسيطرت القوات على بلدة داريا» as a capture with its place', () => {
    const doc = makeDoc('d', 'وسيطرت قوات النظام على بلدة داريا بعد معارك عنيفة.', {
      mentions: [{ text: 'داريا', type: 'LOC' }],
    });
    const [event] = doc.data.events!.mentions;
    expect([event.type, doc.data.entities!.mentions[event.place!].text]).toEqual(['capture', 'داريا']);
  });

  it('reads «دخلت القوات التركية مدينة عفرين» (a place as object) as a capture', () => {
    expect(typesOf('ودخلت القوات التركية مدينة عفرين صباحا.')).toEqual(['capture']);
  });

  it('reads «سقوط حلب» (the place right after) as a capture', () => {
    expect(typesOf('وجاء ذلك بعد سقوط حلب بيد القوات.', [{ text: 'حلب', type: 'LOC' }])).toEqual(['capture']);
  });

  it('reads «سيطرت المخاوف على الأسواق» (no place as object) as no event', () => {
    expect(typesOf('وسيطرت المخاوف على الأسواق في دمشق.', [{ text: 'دمشق', type: 'LOC' }])).toEqual([]);
  });

  it('reads «دخلت مصر في أزمة» (the place is the subject) as no event', () => {
    expect(typesOf('ودخلت مصر في أزمة اقتصادية.', [{ text: 'مصر', type: 'LOC' }])).toEqual([]);
  });

  it('reads «هيئة تحرير الشام» (a name) as no event', () => {
    expect(typesOf('وقالت هيئة تحرير الشام في بيان.', [{ text: 'الشام', type: 'LOC' }])).toEqual([]);
  });
});

describe('coups', () => {
  it('reads «محاولة انقلابية» as one coup mention', () => {
    expect(typesOf('وأحبط الجيش محاولة انقلابية في العاصمة.')).toEqual(['coup']);
  });

  it('reads «انقلاب حافلة» (a bus overturned) as no coup', () => {
    expect(typesOf('وأصيب عشرة ركاب في انقلاب حافلة على الطريق.')).toEqual([]);
  });
});

describe('missile and rocket strikes', () => {
  it('reads «واستهدفت صواريخ قاعدة حميميم» as an attack', () => {
    expect(typesOf('واستهدفت صواريخ قاعدة حميميم الروسية.')).toEqual(['attack']);
  });

  it('reads «سقطت قذائف على حي» as an attack, not a place taken', () => {
    expect(typesOf('وسقطت قذائف على حي سكني في المدينة.')).toEqual(['attack']);
  });

  it('reads «تستهدف الخطة الشباب» (no weapon) as no event', () => {
    expect(typesOf('وتستهدف الخطة الشباب في الأرياف.')).toEqual([]);
  });
});

describe('a source after its clause', () => {
  it('leaves the clause its own date: «شنت غارات … أمس، بحسب المرصد»', () => {
    const text = 'شنت الطائرات غارات على البلدة أمس، بحسب المرصد السوري.';
    const doc = makeDoc('d', text, { timexes: [{ text: 'أمس', from: '2019-04-24', relative: true }] });
    const [event] = doc.data.events!.mentions;
    expect(event.timexes.map((i) => doc.data.time!.timexes[i].text)).toEqual(['أمس']);
  });
});

describe('a lead told by a past-tense verb with no date', () => {
  const dateOf = (text: string) => {
    const doc = makeDoc('d', text, { published: '2019-04-25' });
    const [event] = doc.data.events!.mentions;
    return mentionDate(doc, event, event.status ?? null);
  };

  it('takes the publication day or the day before: «أعدمت السلطات 37 شخصا»', () => {
    expect(dateOf('أعدمت السلطات 37 شخصا بتهم إرهاب.')).toMatchObject({
      from: '2019-04-24',
      to: '2019-04-25',
      source: 'published',
    });
  });

  it('takes it from the verb opening the clause: «شنت الطائرات الروسية غارات»', () => {
    expect(dateOf('شنت الطائرات الروسية غارات على البلدة.')?.source).toBe('published');
  });

  it('takes none after «وكان» (background): «وكان الجيش قد شن غارات»', () => {
    expect(dateOf('وكان الجيش قد شن غارات على البلدة.')).toBeUndefined();
  });

  it('takes none from a verbal noun: «إعدام 37 شخصا»', () => {
    expect(dateOf('إعدام 37 شخصا بتهم إرهاب.')).toBeUndefined();
  });
});

describe('a weapon before its verb', () => {
  it('reads «الضربة التي استهدفت قواعد» as an attack', () => {
    expect(typesOf('وكشفت تقارير نتائج الضربة التي استهدفت قواعد عسكرية.')).toEqual(['attack']);
  });
});

describe('short trigger words with a preposition kept on them', () => {
  it('reads «تعرضت المحافظة لقصف جوي» as an attack', () => {
    expect(typesOf('تعرضت المحافظة لقصف جوي من قبل مقاتلات.')).toEqual(['attack']);
  });

  it('reads «لقمة العيش» (a bite) as no summit', () => {
    expect(typesOf('ويكافح السكان من أجل لقمة العيش.')).toEqual([]);
  });
});

describe('«وقع» after an incident', () => {
  it('is «occurred», not an agreement signed: «في انفجار وقع مساء الجمعة»', () => {
    expect(typesOf('قتل ضابط في انفجار وقع مساء الجمعة.')).toEqual(['disaster']);
  });
});

describe('more recall', () => {
  it('reads «أطلقت المعارضة المسلحة سراحهم» (the phrase split) as a release', () => {
    expect(typesOf('وأطلقت المعارضة المسلحة سراحهم مساء.')).toEqual(['release']);
  });

  it('reads «أطلقت كوريا صاروخا» as no release', () => {
    expect(typesOf('وأطلقت كوريا صاروخا فوق البحر.')).toEqual([]);
  });

  it('reads «شنت القوات عملية برية» as an attack', () => {
    expect(typesOf('شنت القوات عملية برية كبيرة في الشرق.')).toEqual(['attack']);
  });

  it('reads «منذ انتخابه» as an election', () => {
    expect(typesOf('وتغيرت السياسة منذ انتخابه رئيسا.')).toEqual(['election']);
  });

  it('reads «تبناه» (ى written ا before the pronoun) as a resolution adopted', () => {
    expect(typesOf('القانون الذي تبناه البرلمان.')).toEqual(['resolution']);
  });

  it('places an attack at the subject of «تعرضت»: «تعرضت محافظة إدلب لقصف»', () => {
    const doc = makeDoc('d', 'تعرضت محافظة إدلب لقصف جوي.', { mentions: [{ text: 'إدلب', type: 'LOC' }] });
    const [event] = doc.data.events!.mentions;
    expect(doc.data.entities!.mentions[event.place!].text).toBe('إدلب');
  });
});

describe('two dates as narrow', () => {
  it('gives the event the one nearer its trigger: «في بيان السبت، … الذي تبناه البرلمان الخميس»', () => {
    const text = 'وجاء في بيان السبت، أن القانون الذي تبناه البرلمان الخميس عنصري.';
    const doc = makeDoc('d', text, {
      published: '2018-07-22',
      timexes: [
        { text: 'السبت', from: '2018-07-21', relative: true },
        { text: 'الخميس', from: '2018-07-19', relative: true },
      ],
    });
    const event = doc.data.events!.mentions.find((e) => e.type === 'resolution')!;
    expect(mentionDate(doc, { ...event, timexes: [0, 1] }, null)?.from).toBe('2018-07-19');
  });
});

describe('a place taken: the goal and the entry of a person', () => {
  it('reads «للسيطرة على بلدة» (ل: a goal) as no event', () => {
    expect(typesOf('وأطلقت القوات حملة للسيطرة على بلدة داريا.')).toEqual([]);
  });

  it('reads «بعد دخوله إلى لبنان» (no armed forces) as no place taken', () => {
    expect(typesOf('اعتقل بعد دخوله إلى لبنان.', [{ text: 'لبنان', type: 'LOC' }])).toEqual(['arrest']);
  });

  it('reads «دخلت قوات النظام إلى بلدة حمورية» as a place taken', () => {
    expect(typesOf('دخلت قوات النظام إلى بلدة حمورية.')).toEqual(['capture']);
  });

  it('reads «حكمها بإعدام 75 متهما» as a verdict, not an execution', () => {
    expect(typesOf('أصدرت المحكمة حكمها بإعدام 75 متهما.')).toEqual(['trial']);
  });
});
