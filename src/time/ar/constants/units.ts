/**
 * Calendar units, their plural/dual forms and TIMEX3 letters; relative words; parts of day; mods.
 * Provenance: Arabic grammar and TimeML TIMEX3 guidelines (general knowledge).
 */
export type CalendarUnit = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year' | 'decade' | 'century';

export const UNIT_LETTER: Record<CalendarUnit, string> = {
  minute: 'TM',
  hour: 'TH',
  day: 'D',
  week: 'W',
  month: 'M',
  year: 'Y',
  decade: 'DE',
  century: 'CE',
};

/** Singular and plural forms (after a number), accusative singular (تمييز) included. */
export const UNIT_FORMS: Record<string, CalendarUnit> = {
  دقيقة: 'minute',
  دقائق: 'minute',
  ساعة: 'hour',
  ساعات: 'hour',
  يوم: 'day',
  يوما: 'day',
  أيام: 'day',
  اسبوع: 'week',
  أسبوع: 'week',
  أسبوعا: 'week',
  أسابيع: 'week',
  شهر: 'month',
  شهرا: 'month',
  أشهر: 'month',
  شهور: 'month',
  عام: 'year',
  عاما: 'year',
  أعوام: 'year',
  سنة: 'year',
  سنوات: 'year',
  سنين: 'year',
  أعواما: 'year',
  عقد: 'decade',
  عقدا: 'decade',
  عقود: 'decade',
  قرن: 'century',
  قرنا: 'century',
  قرون: 'century',
};

/** Plurals alone, for a count left vague («منذ سنوات», «عدة أيام») or counted with the article («الأيام الخمسة الماضية»). */
export const UNIT_PLURALS: Record<string, CalendarUnit> = {
  دقائق: 'minute',
  ساعات: 'hour',
  أيام: 'day',
  أسابيع: 'week',
  أشهر: 'month',
  شهور: 'month',
  سنوات: 'year',
  سنين: 'year',
  أعوام: 'year',
  عقود: 'decade',
  قرون: 'century',
};

/** Duals: the unit twice. */
export const UNIT_DUALS: Record<string, CalendarUnit> = {
  دقيقتين: 'minute',
  ساعتين: 'hour',
  يومين: 'day',
  أسبوعين: 'week',
  شهرين: 'month',
  عامين: 'year',
  سنتين: 'year',
  العامين: 'year',
  السنتين: 'year',
  عقدين: 'decade',
  قرنين: 'century',
};

/** Units as nouns with the article, for «الأسبوع المقبل», «الشهر الماضي», «العام الجاري». */
export const UNIT_NOUNS: Record<string, CalendarUnit> = {
  الأسبوع: 'week',
  الاسبوع: 'week',
  الشهر: 'month',
  العام: 'year',
  السنة: 'year',
  العقد: 'decade',
  القرن: 'century',
};

/** Direction words after a unit, a month or a weekday: -1 past, 0 current, +1 next. */
export const DIRECTIONS: Record<string, -1 | 0 | 1> = {
  الماضي: -1,
  الماضية: -1,
  المنصرم: -1,
  المنصرمة: -1,
  الفائت: -1,
  الفائتة: -1,
  // the Maghrebi press (Tunisia, Algeria): «السنة المنقضية», «الأسبوع الفارط», «جوان الفارط»
  المنقضي: -1,
  المنقضية: -1,
  الفارط: -1,
  الفارطة: -1,
  السابق: -1,
  السابقة: -1,
  المقبل: 1,
  المقبلة: 1,
  القادم: 1,
  القادمة: 1,
  التالي: 1,
  الجاي: 1,
  الجاية: 1,
  الجايي: 1,
  الجاري: 0,
  الجارية: 0,
  الحالي: 0,
  الحالية: 0,
};

/** Parts of day → TIMEX3 time-of-day suffix. */
export const PARTS_OF_DAY: Record<string, string> = {
  صباح: 'MO',
  فجر: 'MO',
  ظهر: 'MI',
  ظهيرة: 'MI',
  عصر: 'AF',
  مساء: 'EV',
  ليلة: 'NI',
  ليل: 'NI',
  منتصف_ليل: 'NI',
};

/** Mods before an expression (TIMEX3 `mod`). */
export const MODS: Record<string, string> = {
  مطلع: 'START',
  أوائل: 'START',
  بداية: 'START',
  بدايات: 'START',
  مستهل: 'START',
  منتصف: 'MID',
  أواسط: 'MID',
  وسط: 'MID',
  أواخر: 'END',
  نهاية: 'END',
  نهايات: 'END',
  ختام: 'END',
  نحو: 'APPROX',
  حوالي: 'APPROX',
  قرابة: 'APPROX',
  زهاء: 'APPROX',
  'أكثر من': 'MORE_THAN',
  'أقل من': 'LESS_THAN',
  'ما يزيد عن': 'MORE_THAN',
  'ما يزيد على': 'MORE_THAN',
};

/** Sets: adverbs and adjectives of frequency («سنويا», «الزيارة الشهرية»). */
export const SET_ADVERBS: Record<string, string> = {
  يوميا: 'P1D',
  أسبوعيا: 'P1W',
  شهريا: 'P1M',
  سنويا: 'P1Y',
  سنوياً: 'P1Y',
  يومياً: 'P1D',
  أسبوعياً: 'P1W',
  شهرياً: 'P1M',
  ساعيا: 'PT1H',
  اليومية: 'P1D',
  الأسبوعية: 'P1W',
  الشهرية: 'P1M',
  السنوية: 'P1Y',
  اليومي: 'P1D',
  الأسبوعي: 'P1W',
  الشهري: 'P1M',
  السنوي: 'P1Y',
};

/** General references (TIMEX3 PAST_REF / PRESENT_REF / FUTURE_REF). */
export const REFERENCE_WORDS: Record<string, string> = {
  الآن: 'PRESENT_REF',
  حاليا: 'PRESENT_REF',
  'في الوقت الحالي': 'PRESENT_REF',
  'الوقت الراهن': 'PRESENT_REF',
  'هذه الأيام': 'PRESENT_REF',
  'في اللحظة': 'PRESENT_REF',
  'نفس الوقت': 'PRESENT_REF',
  'الوقت الحاضر': 'PRESENT_REF',
  مؤخرا: 'PAST_REF',
  آنذاك: 'PAST_REF',
  'الأيام الماضية': 'PAST_REF',
  'السنوات الماضية': 'PAST_REF',
  'الأشهر الماضية': 'PAST_REF',
  'الأسابيع الماضية': 'PAST_REF',
  'السنوات الأخيرة': 'PAST_REF',
  'الأعوام الماضية': 'PAST_REF',
  'الأعوام الأخيرة': 'PAST_REF',
  'الأشهر الأخيرة': 'PAST_REF',
  'الشهور الماضية': 'PAST_REF',
  'الشهور الأخيرة': 'PAST_REF',
  'الأسابيع الأخيرة': 'PAST_REF',
  'العقود الماضية': 'PAST_REF',
  'العقود الأخيرة': 'PAST_REF',
  'الأيام الأخيرة': 'PAST_REF',
  'الفترة الماضية': 'PAST_REF',
  'في الماضي': 'PAST_REF',
  قريبا: 'FUTURE_REF',
  'الأيام المقبلة': 'FUTURE_REF',
  'الأيام القادمة': 'FUTURE_REF',
  'السنوات المقبلة': 'FUTURE_REF',
  'السنوات القادمة': 'FUTURE_REF',
  'الأشهر المقبلة': 'FUTURE_REF',
  'الأسابيع المقبلة': 'FUTURE_REF',
  'الأسابيع القادمة': 'FUTURE_REF',
  'الأشهر القادمة': 'FUTURE_REF',
  'الأعوام المقبلة': 'FUTURE_REF',
  'العقود المقبلة': 'FUTURE_REF',
  'العقود القادمة': 'FUTURE_REF',
  'الفترة المقبلة': 'FUTURE_REF',
  'السنوات اللاحقة': 'FUTURE_REF',
  'المستقبل القريب': 'FUTURE_REF',
};

export const SEASONS: Record<string, string> = {
  الصيف: 'SU',
  الشتاء: 'WI',
  الربيع: 'SP',
  الخريف: 'FA',
  صيف: 'SU',
  شتاء: 'WI',
};
