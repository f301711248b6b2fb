import { describe, expect, it } from 'vitest';
import { isDualDemonym, trimTrailingAccusative } from '../../../src/entities/resolve/judge-span-edges.js';

const trimmed = (text: string, type: 'LOC' | 'ORG' | 'PER' = 'LOC') =>
  text.slice(0, trimTrailingAccusative(text, 0, text.length, type));

describe('an adverbial accusative after a name', () => {
  it('is cut from a place', () => {
    expect(trimmed('الولايات المتحدة سعيا')).toBe('الولايات المتحدة');
  });

  it('is cut from an organization', () => {
    expect(trimmed('جبهة النصرة سابقا', 'ORG')).toBe('جبهة النصرة');
  });

  it('is kept when a gazetteer knows the word', () => {
    expect(trimmed('الكونغو كينشاسا')).toBe('الكونغو كينشاسا');
  });

  it('is kept in a person’s name', () => {
    expect(trimmed('الحسن واتارا', 'PER')).toBe('الحسن واتارا');
  });

  it('cuts an adjective of condemnation after an organization (تنظيم داعش الإرهابي)', () => {
    expect(trimmed('تنظيم داعش الإرهابي', 'ORG')).toBe('تنظيم داعش');
  });

  it('cuts a bare organization head after an organization', () => {
    expect(trimmed('حزب الله منظمة', 'ORG')).toBe('حزب الله');
  });

  it('is kept when the word before has no article', () => {
    expect(trimmed('جنوب أفريقيا')).toBe('جنوب أفريقيا');
  });
});

describe('a demonym in the dual', () => {
  it('is a dual in -يان', () => {
    expect(isDualDemonym('إسرائيليان')).toBe(true);
  });

  it('is a dual in -يتين', () => {
    expect(isDualDemonym('روسيتين')).toBe(true);
  });

  it('is not the singular', () => {
    expect(isDualDemonym('الإسرائيلي')).toBe(false);
  });

  it('is not the plural in -يين', () => {
    expect(isDualDemonym('الإسرائيليين')).toBe(false);
  });
});
