import { describe, expect, it } from 'vitest';
import { orgEnglish } from '../../../src/entities/resolve/org-english.js';
import { knownLatin } from '../../../src/entities/romanize.js';

// Each English name checked by hand against the institution's own English usage or plain English word order.
describe('orgEnglish: word order', () => {
  it('puts a country adjective and a genitive noun before the head', () => {
    expect(orgEnglish('وكالة الأنباء الفرنسية')).toBe('French News Agency');
  });

  it('puts a place named in the genitive before the adjectives', () => {
    expect(orgEnglish('مجلس منبج العسكري')).toBe('Manbij Military Council');
  });

  it('reads a complement with «لـ» as "for …"', () => {
    expect(orgEnglish('المرصد السوري لحقوق الإنسان')).toBe('Syrian Observatory for Human Rights');
  });

  it('joins nouns coordinated by «و» with "and" in their order', () => {
    expect(orgEnglish('حزب العدالة والتنمية')).toBe('Justice and Development Party');
  });

  it('puts two adjectives in reverse order, as English stacks them', () => {
    expect(orgEnglish('المجلس الوطني الكردي')).toBe('Kurdish National Council');
  });

  it('renders a fixed two-word head as a whole', () => {
    expect(orgEnglish('مجلس الشيوخ الأميركي')).toBe('US Senate');
  });

  it('names a government "of" the lone place after it', () => {
    expect(orgEnglish('حكومة لبنان')).toBe('Government of Lebanon');
  });
});

describe('orgEnglish: known organizations inside a described name', () => {
  it('gives the known organization alone when the rest only describes it', () => {
    expect(orgEnglish('وكالة رويترز للأنباء')).toBe('Reuters');
  });

  it('reads a descriptive complement as a modifier when no lexicon knows the name', () => {
    expect(orgEnglish('الوكالة السورية للأنباء')).toBe('Syrian News Agency');
  });

  it('drops the country adjective after a known name that opens with "The"', () => {
    expect(orgEnglish('واشنطن بوست الأمريكية')).toBe('The Washington Post');
  });

  it('puts a country adjective before a known name that it follows', () => {
    expect(orgEnglish('حزب الله اللبناني')).toBe('Lebanese Hezbollah');
  });
});

describe('orgEnglish: no half translations', () => {
  it('gives null when a word has no rendering', () => {
    expect(orgEnglish('مديرية القريشية')).toBeNull();
  });

  it('gives null for an armed faction, known by its transliterated name', () => {
    expect(orgEnglish('فيلق الرحمن')).toBeNull();
  });

  it('gives null for a bare head noun', () => {
    expect(orgEnglish('منظمة')).toBeNull();
  });
});

describe('knownLatin', () => {
  it('prefers the entry spelled exactly so to a near spelling of another place', () => {
    expect(knownLatin('LOC', ['البرازيل'])).toBe('Brazil');
  });
});
