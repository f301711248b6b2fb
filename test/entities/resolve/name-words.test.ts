import { describe, expect, it } from 'vitest';
import { inConstruct, nameWordLatin } from '../../../src/entities/resolve/name-words.js';
import { romanize } from '../../../src/entities/romanize.js';

// Spellings checked by hand against the usual news spelling of these words (Majlis, Jabal, Faylaq).
describe('common name words', () => {
  it('spells a listed word with its unwritten short vowels', () => {
    expect(nameWordLatin('مجلس')).toBe('Majlis');
  });

  it('finds a listed word behind its article', () => {
    expect(nameWordLatin('الجبل')).toBe('Jabal');
  });

  it('gives null for a word not listed', () => {
    expect(nameWordLatin('منبج')).toBeNull();
  });

  it('romanizes a body no lexicon knows with them', () => {
    expect(romanize('فيلق الرحمن')).toBe('Faylaq al-Rahman');
  });

  it('leaves a foreign name to the foreign rules (دير is "der" there)', () => {
    expect(romanize('مايك فان دير هورن', true)).not.toContain('Deir');
  });
});

describe('construct state (ة read -at)', () => {
  it('reads -at before a genitive noun', () => {
    expect(romanize('وزارة الدفاع')).toBe('Wizarat al-Difa');
  });

  it('reads -a before an agreeing feminine adjective', () => {
    expect(inConstruct('الجبهة', 'الشامية')).toBe(false);
  });

  it('reads -at before a ministry portfolio, a noun ending in ة', () => {
    expect(inConstruct('وزارة', 'الخارجية')).toBe(true);
  });

  it('reads -at before a masculine noun ending in ه (normalization makes ة and ه one letter)', () => {
    expect(inConstruct('هيئة', 'الترفيه')).toBe(true);
  });

  it('reads -a before a feminine elative adjective ending in ا (العليا)', () => {
    expect(inConstruct('الهيئة', 'العليا')).toBe(false);
  });

  it('reads -a before a phrase with لـ', () => {
    expect(inConstruct('برزة', 'للبحوث')).toBe(false);
  });

  it('reads -a before a word coordinated by و', () => {
    expect(inConstruct('الفوعة', 'وكفريا')).toBe(false);
  });

  it('is not applied in a person name', () => {
    expect(romanize('أسامة حمدان', true)).not.toMatch(/^Osamat/);
  });
});

describe('Slavic surname endings', () => {
  it('are not read on a word with the Arabic article (الصليف is al-Salif, not Sliv)', () => {
    expect(romanize('الصليف')).toBe('Al-Salif');
  });
});
