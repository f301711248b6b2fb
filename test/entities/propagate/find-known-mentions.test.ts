import { describe, expect, it } from 'vitest';
import { findKnownMentions } from '../../../src/entities/propagate/find-known-mentions.js';
import { resolveEntities } from '../../../src/story/resolve-entities.js';
import type { EntityMention, MasarDoc } from '../../../src/types.js';
import { makeDoc } from '../resolve/make-docs.js';

const mentionsOf = (doc: MasarDoc): EntityMention[] => doc.data.entities?.mentions ?? [];
const added = (doc: MasarDoc) => mentionsOf(doc).filter((m) => m.found === 'propagated');
const texts = (doc: MasarDoc) => added(doc).map((m) => m.text);

describe('findKnownMentions: untagged occurrences of names tagged elsewhere', () => {
  it('adds a two-word name left untagged in another document, with its offsets and type', () => {
    const text = 'وصل ماريو فيرنانديز إلى المدينة.';
    const docs = [
      makeDoc('a', 'قال ماريو فيرنانديز إن الوفد وصل.', [['ماريو فيرنانديز', 'PER']]),
      makeDoc('b', text, []),
    ];
    expect(findKnownMentions(docs)).toBe(1);
    const [m] = added(docs[1]);
    expect([m.start, m.end, m.type]).toEqual([4, 19, 'PER']);
    expect(text.slice(m.start, m.end)).toBe('ماريو فيرنانديز');
  });

  it('finds a spelling the resolver unifies (a long vowel dropped, ي for ى)', () => {
    const docs = [
      makeDoc('a', 'التقى مصطفى فيرنانديز بالوفد.', [['مصطفى فيرنانديز', 'PER']]),
      makeDoc('b', 'وأكد مصطفي فرنانديز ذلك.', []),
    ];
    findKnownMentions(docs);
    expect(texts(docs[1])).toEqual(['مصطفي فرنانديز']);
  });

  it('leaves the proclitics before a name out of its span', () => {
    const docs = [
      makeDoc('a', 'زار الوفد مدينة قرطاجنة أمس وقرطاجنة هادئة.', [
        ['قرطاجنة', 'LOC'],
        ['قرطاجنة', 'LOC'],
      ]),
      makeDoc('b', 'عاد الوفد بقرطاجنة ثم غادر.', []),
    ];
    findKnownMentions(docs);
    expect(texts(docs[1])).toEqual(['قرطاجنة']);
  });

  it('keeps the article in the span when a preposition stands before it', () => {
    const docs = [
      makeDoc('a', 'تقع الزاوية الحمراء شرقا.', [['الزاوية الحمراء', 'LOC']]),
      makeDoc('b', 'وصلوا بالزاوية الحمراء ليلا.', []),
    ];
    findKnownMentions(docs);
    expect(texts(docs[1])).toEqual(['الزاوية الحمراء']);
  });

  it('never cuts proclitics off a word known to begin with those letters', () => {
    const docs = [
      makeDoc('a', 'قالت الة الرصد. ثم الة الرصد.', [
        ['الة الرصد', 'ORG'],
        ['الة الرصد', 'ORG'],
      ]),
      makeDoc('b', 'نقلت وكالة الرصد الخبر.', []),
    ];
    expect(findKnownMentions(docs)).toBe(0);
  });

  it('respects word boundaries: a longer word holding the name is not it', () => {
    const docs = [
      makeDoc('a', 'قال نبيل حدادين إن.', [['نبيل حدادين', 'PER']]),
      makeDoc('b', 'قال نبيل حدادينهم.', []),
    ];
    expect(findKnownMentions(docs)).toBe(0);
  });

  it('does not run a name over punctuation or a line break', () => {
    const docs = [
      makeDoc('a', 'قال نبيل حدادين إن.', [['نبيل حدادين', 'PER']]),
      makeDoc('b', 'جاء نبيل، حدادين.\nنبيل\nحدادين', []),
    ];
    expect(findKnownMentions(docs)).toBe(0);
  });

  it('adds nothing inside or across an existing mention', () => {
    const docs = [
      makeDoc('a', 'قال نبيل حدادين إن.', [['نبيل حدادين', 'PER']]),
      makeDoc('b', 'أعلنت شركة نبيل حدادين للتجارة.', [['شركة نبيل حدادين', 'ORG']]),
    ];
    expect(findKnownMentions(docs)).toBe(0);
    expect(mentionsOf(docs[1])).toHaveLength(1);
  });

  it('widens a tagger span that stopped inside a known name, marked extended', () => {
    const docs = [
      makeDoc('a', 'قال يوهان دي فالديس إن.', [['يوهان دي فالديس', 'PER']]),
      makeDoc('b', 'يشارك يوهان دي فالدس في المحادثات.', [['يوهان دي', 'PER']]),
    ];
    findKnownMentions(docs);
    const [m] = mentionsOf(docs[1]);
    expect([m.text, m.found]).toEqual(['يوهان دي فالدس', 'extended']);
  });

  it("widens a tagger span of another type to a known name of two words, with the name's type", () => {
    const docs = [
      makeDoc('a', 'قال جيش الرماح إن.', [['جيش الرماح', 'ORG']]),
      makeDoc('b', 'وقال جيش الرماح أيضا.', [['الرماح', 'MISC']]),
    ];
    findKnownMentions(docs);
    const [m] = mentionsOf(docs[1]);
    expect([m.text, m.type, m.found]).toEqual(['جيش الرماح', 'ORG', 'extended']);
  });

  it('is idempotent: a second run adds nothing', () => {
    const docs = [
      makeDoc('a', 'قال ماريو فيرنانديز إن.', [['ماريو فيرنانديز', 'PER']]),
      makeDoc('b', 'وصل ماريو فيرنانديز.', []),
    ];
    findKnownMentions(docs);
    expect(findKnownMentions(docs)).toBe(0);
  });
});

describe('findKnownMentions: guards against flooding', () => {
  it('never spreads a first name alone, so two people who share it stay apart', () => {
    const docs = [
      makeDoc('a', 'قال كريم العطار وكريم النجار.', [
        ['كريم العطار', 'PER'],
        ['كريم النجار', 'PER'],
      ]),
      makeDoc('b', 'ورد كريم على السؤال، ثم تحدث كريم العطار.', []),
    ];
    findKnownMentions(docs);
    expect(texts(docs[1])).toEqual(['كريم العطار']);
    const people = resolveEntities(docs).filter((e) => e.type === 'PER');
    expect(people.map((e) => e.name).sort()).toEqual(['كريم العطار', 'كريم النجار']);
  });

  it('does not spread a one-word name the story mostly writes untagged (a common word)', () => {
    const docs = [
      makeDoc('a', 'نشرت صحيفة الأمل خبرا.', [['الأمل', 'ORG']]),
      makeDoc('b', 'عاد الأمل إلى الناس، ولا يزال الأمل قائما.', []),
    ];
    expect(findKnownMentions(docs)).toBe(0);
  });

  it('spreads a one-word name tagged in most places it is written', () => {
    const docs = [
      makeDoc('a', 'وصل الوفد إلى قرطاجنة. وقرطاجنة هادئة.', [
        ['قرطاجنة', 'LOC'],
        ['قرطاجنة', 'LOC'],
      ]),
      makeDoc('b', 'غادروا قرطاجنة فجرا.', []),
    ];
    expect(findKnownMentions(docs)).toBe(1);
  });

  it('does not take a nisba adjective for the name it derives from', () => {
    const docs = [
      makeDoc('a', 'زار ليبيا. ثم ليبيا مرة أخرى.', [
        ['ليبيا', 'LOC'],
        ['ليبيا', 'LOC'],
      ]),
      makeDoc('b', 'قال الجيش الليبي إن الوضع الميداني هادئ.', []),
    ];
    expect(findKnownMentions(docs)).toBe(0);
  });

  it('does not take a word with another first letter for a name the skeleton confuses it with', () => {
    const docs = [
      makeDoc('a', 'قال إسماعيل. ثم إسماعيل.', [
        ['إسماعيل', 'PER'],
        ['إسماعيل', 'PER'],
      ]),
      makeDoc('b', 'سماعيل', []),
    ];
    expect(findKnownMentions(docs)).toBe(0);
  });
});

describe('findKnownMentions: what counts as tagged, and the edges of a span', () => {
  it('does not count a word as tagged where it only heads a longer name', () => {
    const docs = [
      makeDoc('a', 'قال الحزب. ثم الحزب الأخضر والحزب الأزرق.', [
        ['الحزب', 'ORG'],
        ['الحزب الأخضر', 'ORG'],
        ['الحزب الأزرق', 'ORG'],
      ]),
      makeDoc('b', 'عاد الحزب إلى البرلمان.', []),
    ];
    findKnownMentions(docs);
    expect(texts(docs[1])).toEqual([]);
  });

  it('keeps the article as the tagger wrote a one-word name', () => {
    const docs = [
      makeDoc('a', 'قالت نرفانا. وأكدت نرفانا.', [
        ['نرفانا', 'ORG'],
        ['نرفانا', 'ORG'],
      ]),
      makeDoc('b', 'عم النرفانا المكان.', []),
    ];
    expect(findKnownMentions(docs)).toBe(0);
  });

  it('never ends a span on a function word, even when the tagger did', () => {
    const docs = [
      makeDoc('a', 'قال مجلس الحكماء في بيان.', [['مجلس الحكماء في', 'ORG']]),
      makeDoc('b', 'اجتمع مجلس الحكماء في القاعة.', []),
    ];
    expect(findKnownMentions(docs)).toBe(0);
  });
});

describe('findKnownMentions then resolveEntities', () => {
  it('puts the added mention into the entity, marked as found by the pass', () => {
    const docs = [
      makeDoc('a', 'قال ماريو فيرنانديز إن.', [['ماريو فيرنانديز', 'PER']]),
      makeDoc('b', 'وصل ماريو فرنانديز.', []),
    ];
    findKnownMentions(docs);
    const [person] = resolveEntities(docs);
    expect(person.mentions.map((m) => [m.doc, m.text, 'found' in m ? m.found : undefined])).toEqual([
      ['a', 'ماريو فيرنانديز', undefined],
      ['b', 'ماريو فرنانديز', 'propagated'],
    ]);
  });
});
