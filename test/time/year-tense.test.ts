import { describe, expect, it } from 'vitest';
import { tagTime } from '../../src/time/index.js';
import { REF } from './helpers.js';

const tenseOf = (text: string) => (tagTime(text, REF)[0]?.parsed as { tense?: string } | undefined)?.tense;

describe('the tense of a year, for the publication window', () => {
  it('a year after «بحلول» is a deadline, told in the future', () => {
    expect(tenseOf('خفض الانبعاثات بحلول عام 2030')).toBe('future');
  });
  it('a year after «بحلول» makes a bare weekday of the same rule future too', () => {
    expect(tenseOf('وصل بحلول الخميس')).toBe('future');
  });
  it('a year naming a plan («رؤية 2030») has no tense', () => {
    expect(tenseOf('أعلن عن برامج رؤية 2030')).toBe('none');
  });
  it('a year naming a plan with its country between («رؤية المملكة 2030») has no tense', () => {
    expect(tenseOf('ضمن رؤية المملكة 2030')).toBe('none');
  });
  it('a year naming an event («مونديال 2022») has no tense', () => {
    expect(tenseOf('استعدادات مونديال 2022')).toBe('none');
  });
  it('a year after a past verb is still past', () => {
    expect(tenseOf('وقعت الحرب عام 2003')).toBe('past');
  });
});
