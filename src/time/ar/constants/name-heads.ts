/**
 * Nouns that make the day and month after them a name, not a date: Lebanese blocs «قوى 8 آذار»،
 * «تحالف 14 آذار», movements «حركة 20 فبراير», «تيار 14 آذار», «ائتلاف 17 أيار». Provenance: Arab political
 * naming (general knowledge). Matched with an optional article, proclitic and dual/plural ending.
 */
export const NAME_HEADS: readonly string[] = [
  'قوى',
  'تحالف',
  'حركة',
  'تيار',
  'ائتلاف',
  'فريق',
  'فريقا',
  'فريقي',
  'كتلة',
  'تكتل',
  'معسكر',
  'جماعة',
  'جبهة',
];

/** Words of leading after a bloc's name: «14 آذار بقيادة …», «8 آذار بزعامة …» (a date is led by no one). */
export const LEADERSHIP_WORDS: readonly string[] = ['بقيادة', 'بزعامة', 'الذي يقوده', 'التي يقودها'];
