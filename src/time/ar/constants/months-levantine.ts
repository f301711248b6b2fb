/**
 * Syriac-derived month names used in the Levant and Iraq (Syria, Lebanon, Jordan, Palestine, Iraq).
 * Provenance: general knowledge; spellings as printed by SANA, Al-Akhbar and Petra, with common variants.
 */
export const MONTHS_LEVANTINE: Record<string, number> = {
  'كانون الثاني': 1,
  'كانون ثاني': 1,
  شباط: 2,
  آذار: 3,
  اذار: 3,
  نيسان: 4,
  أيار: 5,
  ايار: 5,
  حزيران: 6,
  تموز: 7,
  آب: 8,
  أيلول: 9,
  ايلول: 9,
  'تشرين الأول': 10,
  'تشرين أول': 10,
  'تشرين اول': 10,
  'تشرين الثاني': 11,
  'تشرين ثاني': 11,
  'تشرن الثاني': 11,
  'كانون الأول': 12,
  'كانون أول': 12,
  'كانون اول': 12,
};
