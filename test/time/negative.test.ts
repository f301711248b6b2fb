import { describe, it } from 'vitest';
import { testNoMatch } from './helpers.js';

describe('negative cases: no time expression', () => {
  const texts = [
    'قال الأمين العام للأمم المتحدة', // «العام» without a direction
    'مارس الضغط على الحكومة', // the verb مارس
    'احتفل العالم باليوم العالمي للمرأة', // «اليوم العالمي» is not today
    'قتل 2000 شخص في المعارك', // a count, not a year
    'قال أحد المسؤولين', // «أحد» is not Sunday
    'وجاءت النتيجة صفر', // «صفر» (zero) without a day or a year
    'قال محمد رمضان', // a name
    'العام الدراسي', // no direction
    'الجمعية العامة', // not Friday
    'الرقم 12/15', // not a date
  ];
  for (const text of texts) it(`«${text}»`, () => testNoMatch(text));
});

describe('negative cases: a bare four-digit number that is an amount, not a year', () => {
  const texts = [
    'قد تصل إلى 1500', // after a preposition of amount
    'ارتفع عدد الضحايا إلى 2000', // a year-like number after «إلى»
    'انضم نحو 1500 مقاتل', // «نحو» and a counted noun
    'بحوالي 1990', // an approximation
    'تبنى مجلس الأمن القرار 2402', // a resolution number
    'بلغ عدد القتلى 2015', // a verb of amount two words before
    'أكثر من 1950', // «أكثر من»
    'اعتقل 1800 شخصا', // a counted noun in the accusative
    'دفع ب2000', // «ب» attached: an amount
    'قطعة أرض مساحتها 1960', // an area
    'وصل 1700', // an old number with no year cue
  ];
  for (const text of texts) it(`«${text}»`, () => testNoMatch(text));
});

describe('negative cases: a day and month that name a bloc or movement', () => {
  const texts = [
    'اجتمعت قوى 8 آذار', // Lebanese bloc
    'وقال نواب تحالف 14 آذار', // Lebanese bloc
    'الخلاف بين قوى 8 و14 آذار', // both blocs: a day range that is two names
    'الصراع بين طرفي 14 و8 آذار', // the two sides: the second day is a name too
    'أطلقت حركة 20 فبراير', // Moroccan movement
    'نواب تيار 14 آذار', // with «تيار»
    'ورد فريق الثامن من آذار', // a day in words
    'وانسحب من ائتلاف 17 أيار', // «ائتلاف»
    'ولقوى 14 آذار', // with a proclitic
  ];
  for (const text of texts) it(`«${text}»`, () => testNoMatch(text));
});
