import { describe, expect, it } from 'vitest';
import { tagTime } from '../../src/time/index.js';
import { testSingleCase } from './helpers.js';

const valueTagged = (text: string, ref: string, span: string) =>
  tagTime(text, ref).find((t) => t.text === span)?.value;

// Reference Tuesday 2018-03-20 unless said: a May or an August without a year is ahead, this year's.
describe('a yearless date after a word of limit is a term ahead', () => {
  it('«أمهل … حتى 12 أيار/مايو» written in March is this May', () =>
    testSingleCase('وأمهل الرئيس الأوروبيين حتى 12 أيار/مايو لإصلاح الاتفاق', '2018-03-20', {
      value: '2018-05-12',
    }));
  it('«مهلة تنتهي في 12 أيار/مايو» is this May', () =>
    testSingleCase('وأعطى الرئيس الأوروبيين مهلة تنتهي في 12 أيار/مايو', '2018-03-20', {
      value: '2018-05-12',
    }));
  it('a term told in the pluperfect («وكان … أمهل … حتى 12 مايو») is still ahead', () =>
    testSingleCase('وكان الرئيس أمهل الأوروبيين حتى 12 مايو لتعديل الاتفاق', '2018-03-20', {
      value: '2018-05-12',
    }));
  it('a term set last June runs to the coming October', () =>
    expect(
      valueTagged(
        'وفي يونيو الماضي، أعطت المجموعة طهران مهلة حتى أكتوبر، لإكمال الإصلاحات',
        '2018-08-18',
        'أكتوبر',
      ),
    ).toBe('2018-10'));
  it('a stay «حتى آب/أغسطس» with no word of the past is this August', () =>
    testSingleCase('اقتنع بالبقاء في منصبه حتى آب/أغسطس', '2018-03-20', { value: '2018-08' }));
  it('«قبل 12 مايو» with no word of the past is this May', () =>
    testSingleCase('يريد تعديل الاتفاق قبل 12 مايو', '2018-03-20', { value: '2018-05-12' }));
});

describe('a date after a word of limit that stays in the past', () => {
  it('a span opened by a date («من يناير وحتى يونيو») ends in the past', () =>
    expect(valueTagged('وتلقت الوزارة 93316 طلبا من يناير وحتى يونيو', '2018-07-10', 'يونيو')).toBe(
      '2018-06',
    ));
  it('a past clause that sets no term («قال … بقي … حتى مارس») is the last March', () =>
    testSingleCase('وقال المسؤول إن الوفد بقي في المدينة حتى مارس', '2018-07-10', { value: '2018-03' }));
});
