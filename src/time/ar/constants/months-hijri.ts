/**
 * Months of the Hijri (Islamic lunar) calendar, converted to Gregorian with Umm al-Qura (see ../hijri.ts).
 * Provenance: general knowledge; common spelling variants.
 */
export const MONTHS_HIJRI: Record<string, number> = {
  محرم: 1,
  'محرم الحرام': 1,
  صفر: 2,
  'ربيع الأول': 3,
  'ربيع أول': 3,
  'ربيع الثاني': 4,
  'ربيع الآخر': 4,
  'ربيع ثاني': 4,
  'جمادى الأولى': 5,
  'جمادى الأول': 5,
  'جمادى الآخرة': 6,
  'جمادى الثانية': 6,
  'جمادى الآخر': 6,
  رجب: 7,
  شعبان: 8,
  رمضان: 9,
  شوال: 10,
  'ذو القعدة': 11,
  'ذي القعدة': 11,
  'ذو الحجة': 12,
  'ذي الحجة': 12,
};

/** Hijri month names that are also common words or given names: only taken with a day, a year or «شهر». */
export const HIJRI_NEEDS_CUE = ['صفر', 'رجب', 'رمضان', 'شعبان', 'محرم'];
