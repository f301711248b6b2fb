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
  // «الصراع بين طرفي 14 و8 آذار»: the two sides (ANT v2.1 dev: these heads precede a day and month 4 times,
  // all names: طرفي 14 و8 آذار، فريقي 8 آذار، حركة 20 فبراير، حركة 6 إبريل)
  'طرف',
  'طرفا',
  'طرفي',
];

/** Words of leading after a bloc's name: «14 آذار بقيادة …», «8 آذار بزعامة …» (a date is led by no one). */
export const LEADERSHIP_WORDS: readonly string[] = ['بقيادة', 'بزعامة', 'الذي يقوده', 'التي يقودها'];
