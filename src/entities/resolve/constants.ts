/**
 * Words that introduce a person without being part of the name (titles, ranks, roles). A PER mention is
 * cut after them, and a mention made only of them (المبعوث الأممي) is a title-only reference, not an entity.
 * Normalized forms (src/text/normalize.ts), article included or not. Source: common titles of Arabic news
 * style (AP/AFP Arabic desks), general knowledge.
 */
export const TITLE_WORDS = new Set([
  'الرييس',
  'رييس',
  'المبعوث',
  'مبعوث',
  'الوزير',
  'وزير',
  'السفير',
  'سفير',
  'الامين',
  'العام',
  'الجنرال',
  'جنرال',
  'العميد',
  'عميد',
  'اللواء',
  'العقيد',
  'المقدم',
  'الرايد',
  'النقيب',
  'الملك',
  'الامير',
  'الشيخ',
  'السيد',
  'السيده',
  'الدكتور',
  'د',
  'المستشار',
  'الناطق',
  'المتحدث',
  'الممثل',
  'المندوب',
  'القايد',
  'قايد',
  'نايب',
  'النايب',
  'رييسه',
  'الرييسه',
  'المبعوثه',
  'الوزيره',
  'السفيره',
  'الاممي',
  'الخاص',
  'الشخصي',
]);

/** Letters that attach to the front of a word as a conjunction or preposition (و ف ب ل ك). */
export const PROCLITIC_LETTERS = 'وفبلك';

/** Endings a nisba adjective takes after its masculine singular: -ة, dual and plural. */
export const NISBA_ENDINGS = ['', 'ه', 'ين', 'ون', 'تان', 'تين', 'ان'];
