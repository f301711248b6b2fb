import { describe, expect, it } from 'vitest';
import { newDoc } from '../../src/io/read-inputs.js';
import { findNearDuplicates, markDuplicates } from '../../src/story/mark-duplicates.js';
import { jaccard, shingles } from '../../src/text/minhash.js';
import type { MasarDoc } from '../../src/types.js';

const STORY =
  'أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في المدينة بسعة مئتي سرير ويضم أقساما للطوارئ والأطفال والجراحة ويخدم سكان المنطقة الشمالية كلها';
const OTHER =
  'فاز المنتخب الوطني لكرة القدم على ضيفه بثلاثة أهداف مقابل هدف في المباراة الودية التي أقيمت مساء أمس على الملعب الدولي وسط حضور جماهيري كبير';
const words = (text: string) => text.split(' ');

function doc(id: string, text: string, date: string | null = null): MasarDoc {
  const d = newDoc(`${id}.txt`, { id });
  d.data.clean = { title: '', text, dropped: [] };
  d.published = { date, how: date ? 'given' : 'unknown', evidence: '' };
  return d;
}

describe('jaccard over shingles', () => {
  it('is 1 for the same words and 0 for disjoint ones', () => {
    expect([
      jaccard(shingles(words(STORY)), shingles(words(STORY))),
      jaccard(shingles(words(STORY)), shingles(words(OTHER))),
    ]).toEqual([1, 0]);
  });
});

describe('findNearDuplicates', () => {
  it('finds a lightly edited copy and leaves an unrelated text alone', () => {
    const edited = `${STORY} وفق بيان رسمي`;
    expect(findNearDuplicates([words(STORY), words(OTHER), words(edited)]).map((p) => [p.a, p.b])).toEqual([
      [0, 2],
    ]);
  });
});

describe('markDuplicates', () => {
  it('points a re-filed copy at the earliest published document', () => {
    const docs = [doc('late', STORY, '2020-01-02'), doc('other', OTHER), doc('early', STORY, '2020-01-01')];
    markDuplicates(docs);
    expect(docs.map((d) => d.duplicateOf ?? null)).toEqual(['early', null, null]);
  });

  it('points at the first document in input order when no date is stated', () => {
    const docs = [doc('first', STORY), doc('second', STORY)];
    markDuplicates(docs);
    expect(docs.map((d) => d.duplicateOf ?? null)).toEqual([null, 'first']);
  });
});

describe('findNearDuplicates at scale', () => {
  it('groups many copies of one text without pairing them all', () => {
    const copies = Array.from({ length: 200 }, () => words(STORY));
    const pairs = findNearDuplicates(copies);
    expect([pairs.length < 200 * 10, new Set(pairs.flatMap((p) => [p.a, p.b])).size]).toEqual([true, 200]);
  });

  it('pairs no empty documents', () => {
    expect(findNearDuplicates([[], [], words(STORY)])).toEqual([]);
  });
});
