import { describe, expect, it } from 'vitest';
import { findOrdinal } from '../../src/events/find-ordinal.js';
import { findTriggers } from '../../src/events/find-triggers.js';
import { makeDoc } from './make-doc.js';

function ordinalIn(text: string) {
  const tokens = makeDoc('d', text).data.segments!.tokens;
  const hit = findTriggers(tokens)[0];
  return findOrdinal(tokens, hit.first, hit.last);
}

describe('findOrdinal', () => {
  it.each([
    ['انطلقت الجولة الخامسة من المحادثات', 5],
    ['انطلقت الجولة الـ14 من المحادثات', 14],
    ['انطلقت الجولة 14 من المحادثات', 14],
    ['انطلقت الجولة الرابعة عشرة من المحادثات', 14],
    ['انطلقت الجولة الحادية عشرة من المحادثات', 11],
    ['انطلقت الجولة الأولى من المحادثات', 1],
    ['انطلقت الجولة العشرين من المحادثات', 20],
    ['انطلقت الجولة ١٤ من المحادثات', 14],
  ])('reads the round number of «%s» as %i', (text, n) => {
    expect(ordinalIn(text).ordinal).toBe(n);
  });

  it('reads a series name and number written apart: «أستانة 14»', () => {
    expect(ordinalIn('بدأت محادثات "أستانة 14" اليوم')).toMatchObject({ ordinal: 14, seriesText: 'أستانة' });
  });

  it('reads a series name and number written together: «أستانا5»', () => {
    expect(ordinalIn('قررت المشاركة في اجتماع أستانا5 في الوقت')).toMatchObject({
      ordinal: 5,
      seriesText: 'أستانا',
    });
  });

  it('does not take a count of people for a round: «المباحثات بشكل رسمي 13 شخصًا»', () => {
    expect(ordinalIn('سيشارك منهم في المباحثات بشكل رسمي 13 شخصًا فقط')).toEqual({});
  });

  it('does not take a year for a round: «محادثات جنيف 2016»', () => {
    expect(ordinalIn('محادثات جنيف 2016 فشلت').ordinal).toBeUndefined();
  });
});
