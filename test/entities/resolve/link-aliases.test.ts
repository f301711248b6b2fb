import { describe, expect, it } from 'vitest';
import { resolveEntities } from '../../../src/story/resolve-entities.js';
import { docOf, makeDoc } from './make-docs.js';

const orgs = (docs: Parameters<typeof resolveEntities>[0]) =>
  resolveEntities(docs).filter((e) => e.type === 'ORG');
const variants = (docs: Parameters<typeof resolveEntities>[0]) => orgs(docs).map((e) => e.variants.sort());

describe('link-aliases: a short form in parentheses', () => {
  it('joins an untagged Arabic acronym in parentheses to the name before it', () => {
    const text = 'أعلن اتحاد المزارعين العرب (امع) إضرابا عاما.';
    const [entity, ...rest] = orgs([makeDoc('a', text, [['اتحاد المزارعين العرب', 'ORG']])]);
    expect(rest).toHaveLength(0);
    expect(entity.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['اتحاد المزارعين العرب', 'امع']);
  });

  it("joins a Latin acronym in parentheses that spells the initials of the name's English form", () => {
    const text = 'قالت منظمة حظر الأسلحة الكيميائية (OPCW) إن فريقها وصل.';
    const docs = [
      makeDoc('a', text, [
        ['منظمة حظر الأسلحة الكيميائية', 'ORG'],
        ['OPCW', 'ORG'],
      ]),
    ];
    expect(variants(docs)).toEqual([['OPCW', 'منظمة حظر الأسلحة الكيميائية']]);
  });

  it('gives a tagged short form in parentheses the type of the name before it', () => {
    const text = 'وقالت منظمة حظر الأسلحة الكيميائية (OPCW) إن فريقها وصل.';
    const docs = [
      makeDoc('a', text, [
        ['منظمة حظر الأسلحة الكيميائية', 'ORG'],
        ['OPCW', 'LOC'],
      ]),
    ];
    expect(resolveEntities(docs).map((e) => e.type)).toEqual(['ORG']);
  });

  it('leaves a description in parentheses apart from the name before it', () => {
    const text = 'هاجم جيش الإسلام (التكفيري) مواقع في الغوطة.';
    const docs = [
      makeDoc('a', text, [
        ['جيش الإسلام', 'ORG'],
        ['التكفيري', 'ORG'],
      ]),
    ];
    expect(orgs(docs)).toHaveLength(2);
  });
});

describe('link-aliases: an acronym without parentheses', () => {
  it('joins a tagged acronym to the one name of its document built on a head noun with those initials', () => {
    const text = 'أعلن اتحاد المزارعين العرب إضرابا. وقال متحدث باسم امع إن الإضراب مستمر.';
    const docs = [
      makeDoc('a', text, [
        ['اتحاد المزارعين العرب', 'ORG'],
        ['امع', 'ORG'],
      ]),
    ];
    expect(orgs(docs)).toHaveLength(1);
  });

  it('does not join a word that matches the initials by chance when it is not tagged as an organization', () => {
    const text = 'انتشرت قوات الأمن اللبنانية في المدينة. قال شاهد إن الطرق أغلقت.';
    const docs = [
      makeDoc('a', text, [
        ['قوات الأمن اللبنانية', 'ORG'],
        ['قال', 'MISC'],
      ]),
    ];
    expect(resolveEntities(docs)).toHaveLength(2);
  });

  it('does not join an acronym to a name found only in another document', () => {
    const docs = [docOf('a', [['اتحاد المزارعين العرب', 'ORG']]), docOf('b', [['امع', 'ORG']])];
    expect(orgs(docs)).toHaveLength(2);
  });
});

describe('link-aliases: the curated alias lexicon', () => {
  it('joins two names of one group that share no word, across documents', () => {
    const docs = [docOf('a', [['الحوثيين', 'ORG']]), docOf('b', [['جماعة أنصار الله', 'ORG']])];
    expect(orgs(docs)).toHaveLength(1);
  });

  it('joins the names of a renamed organization', () => {
    const docs = [docOf('a', [['جبهة النصرة', 'ORG']]), docOf('b', [['هيئة تحرير الشام', 'ORG']])];
    expect(orgs(docs)).toHaveLength(1);
  });

  it('joins the Arabic-word acronym to the full name', () => {
    const docs = [docOf('a', [['داعش', 'ORG']]), docOf('b', [['تنظيم الدولة الإسلامية', 'ORG']])];
    expect(orgs(docs)).toHaveLength(1);
  });

  it('joins the forms of one gazetteer organization listed with several Arabic names', () => {
    const docs = [docOf('a', [['حلف شمال الأطلسي', 'ORG']]), docOf('b', [['الناتو', 'ORG']])];
    expect(orgs(docs).map((e) => e.latin)).toEqual(['NATO']);
  });

  it('matches a one-word alias only by its exact spelling', () => {
    const docs = [docOf('a', [['قناة العربية', 'ORG']]), docOf('b', [['العربي', 'ORG']])];
    expect(orgs(docs)).toHaveLength(2);
  });

  it('leaves a place named like an alias alone', () => {
    const docs = [docOf('a', [['حماس', 'LOC']]), docOf('b', [['حركة المقاومة الإسلامية', 'ORG']])];
    expect(resolveEntities(docs)).toHaveLength(2);
  });
});

describe('link-aliases: places a gazetteer lists under several names', () => {
  const places = (docs: Parameters<typeof resolveEntities>[0]) =>
    resolveEntities(docs)
      .filter((e) => e.type === 'LOC')
      .map((e) => e.variants.sort());

  it('joins a country’s short and official names across reports', () => {
    const docs = [
      makeDoc('a', 'زار الوفد السعودية أمس.', [['السعودية', 'LOC']]),
      makeDoc('b', 'أعلنت المملكة العربية السعودية موقفها.', [['المملكة العربية السعودية', 'LOC']]),
    ];
    expect(places(docs)).toEqual([['السعودية', 'المملكة العربية السعودية']]);
  });

  it('keeps two countries of similar names apart', () => {
    const docs = [
      makeDoc('a', 'زار الوفد السعودية أمس.', [['السعودية', 'LOC']]),
      makeDoc('b', 'أعلنت الإمارات العربية المتحدة موقفها.', [['الإمارات العربية المتحدة', 'LOC']]),
    ];
    expect(places(docs)).toHaveLength(2);
  });
});
