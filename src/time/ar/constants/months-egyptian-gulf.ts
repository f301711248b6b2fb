/**
 * Transliterated Latin month names used in Egypt, the Gulf, Sudan and most pan-Arab outlets.
 * Provenance: general knowledge; variants as printed by Al-Ahram, Al-Arabiya, Sky News Arabia.
 */
export const MONTHS_EGYPTIAN_GULF: Record<string, number> = {
  يناير: 1,
  فبراير: 2,
  فبرایر: 2,
  مارس: 3,
  أبريل: 4,
  إبريل: 4,
  ابريل: 4,
  أپريل: 4,
  مايو: 5,
  يونيو: 6,
  يونيه: 6,
  يوليو: 7,
  يوليه: 7,
  أغسطس: 8,
  اغسطس: 8,
  أغسطوس: 8,
  سبتمبر: 9,
  أكتوبر: 10,
  اكتوبر: 10,
  نوفمبر: 11,
  ديسمبر: 12,
};
