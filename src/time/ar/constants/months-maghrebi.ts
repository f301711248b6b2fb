/**
 * French-derived month names used in Algeria and Tunisia.
 * Provenance: general knowledge; spellings as printed by Jawhara FM, El Khabar, TAP.
 */
export const MONTHS_MAGHREBI: Record<string, number> = {
  جانفي: 1,
  فيفري: 2,
  مارس: 3,
  أفريل: 4,
  افريل: 4,
  ماي: 5,
  جوان: 6,
  جويلية: 7,
  جويليه: 7,
  أوت: 8,
  اوت: 8,
  سبتمبر: 9,
  أكتوبر: 10,
  اكتوبر: 10,
  نوفمبر: 11,
  ديسمبر: 12,
};
