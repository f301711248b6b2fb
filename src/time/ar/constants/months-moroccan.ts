/**
 * Month names used in Morocco (French/Spanish-derived forms).
 * Provenance: general knowledge; spellings as printed by Hespress and MAP.
 */
export const MONTHS_MOROCCAN: Record<string, number> = {
  يناير: 1,
  فبراير: 2,
  مارس: 3,
  أبريل: 4,
  ابريل: 4,
  ماي: 5,
  يونيو: 6,
  يوليوز: 7,
  غشت: 8,
  شتنبر: 9,
  أكتوبر: 10,
  اكتوبر: 10,
  نونبر: 11,
  دجنبر: 12,
};
