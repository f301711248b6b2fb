import { describe, expect, it } from 'vitest';
import { tagTime } from '../../src/time/index.js';
import { REF, testNoMatch } from './helpers.js';

describe('a time word in its other sense is no time expression', () => {
  it('«عقد» before the thing held is the holding, not a decade', () => testNoMatch('بعد عقد اتفاقية السلام'));
  it('«عقد» before «مثل» is the holding', () => testNoMatch('من خلال عقد مثل هذه اللقاءات'));
  it('«عاما» after «مديرا» is the adjective «general»', () => testNoMatch('عين مديرا عاما للشركة'));
  it('a weekday after «سوق» names a market', () => testNoMatch('زار سوق الجمعة في المدينة'));
  it('«الربيع العربي» is a movement, not a season', () => testNoMatch('احتجاجات الربيع العربي'));
  it('«إب» with the hamza below is the city Ibb, not آب', () => testNoMatch('قال مسؤول في إب'));
  it('«اب» after «محافظة» is the city Ibb', () => testNoMatch('مكتب الآثار بمحافظة اب'));
  it('«يوما» before a relational adjective is a kind of day', () =>
    testNoMatch('عاشت البلاد يوما انتخابيا طويلا'));
  it('«يوما» before a listed quality is a kind of day', () => testNoMatch('وسيبقى يوما مقدسا لكل عائلة'));
  it('«عقدا» before a relational adjective is a contract', () =>
    testNoMatch('لم تؤد إلى منحه عقدا احترافيا'));
  it('«عقدا» after a verb of signing is a contract', () => testNoMatch('وقعت الوزارة عقدا جديدا'));
  it('«اليوم» ending a quoted title after «قناة» is a name', () =>
    testNoMatch('في حوار بثته قناة "روسيا اليوم"'));
  it('«آلان» with the madda is the name Alan, not «الآن»', () => testNoMatch('ابتداء من آلان شيبرد'));
  it('«عقدا» before «مع» is a contract', () => testNoMatch('أبرم النادي عقدا مع اللاعب'));
});

describe('the same words in their time sense stay', () => {
  it('«منذ عقد» followed by «من الزمن» is a decade ago', () => {
    expect(tagTime('منذ عقد من الزمن', REF).map((t) => t.value)).toEqual(['2007']);
  });
  it('«عاما» after a verb of lasting is one year', () => {
    expect(tagTime('استمر عاما كاملا', REF).map((t) => t.value)).toEqual(['P1Y']);
  });
  it('«يوما إضافيا» is one more day', () => {
    expect(tagTime('مدد المعرض يوما إضافيا', REF).map((t) => t.value)).toEqual(['P1D']);
  });
  it('«اليوم» ending a quoted saying is today', () => {
    expect(tagTime('وقال: "سنبدأ العمل اليوم"', REF).map((t) => t.value)).toEqual([REF]);
  });
  it('«في آب الماضي» is August', () => {
    expect(tagTime('في آب الماضي', REF).map((t) => t.value)).toEqual(['2017-08']);
  });
});
