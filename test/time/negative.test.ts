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
