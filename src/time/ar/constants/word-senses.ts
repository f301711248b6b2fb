/**
 * Words of time that have another sense next to certain words. Provenance: Arabic usage (general knowledge).
 */

/** «عقد» is also the verbal noun of holding or signing: «بعد عقد اتفاقية», «من خلال عقد مثل هذه اللقاءات». */
export const HELD_THINGS: readonly string[] = [
  'اتفاق',
  'اتفاقية',
  'اتفاقيات',
  'اجتماع',
  'اجتماعات',
  'مؤتمر',
  'مؤتمرات',
  'جلسة',
  'جلسات',
  'لقاء',
  'لقاءات',
  'قمة',
  'صفقة',
  'صفقات',
  'انتخابات',
  'ندوة',
  'ندوات',
  'ورشة',
  'دورة',
  'محادثات',
  'مفاوضات',
  'مباحثات',
  'قران',
  'زواج',
  'مثل',
  'هذا',
  'هذه',
];

/** «عام» is also the adjective «general» after an office or a public thing: «مديرا عاما», «إضراب عام». */
export const GENERAL_HEADS: readonly string[] = [
  'مدير',
  'مديرا',
  'مديرة',
  'أمين',
  'أمينا',
  'مدع',
  'مدعي',
  'مدعيا',
  'نائب',
  'مفتش',
  'مراقب',
  'منسق',
  'مؤتمر',
  'مؤتمرا',
  'إضراب',
  'إضرابا',
  'رأي',
  'قطاع',
  'عفو',
  'عفوا',
  'استفتاء',
  'نفع',
  'نظام',
  'إطار',
];

/** A weekday after these nouns names a place or an institution: «سوق الجمعة», «سوق الخميس». */
export const WEEKDAY_NAME_HEADS: readonly string[] = ['سوق', 'أسواق'];

/** A season followed by these is a movement's name: «الربيع العربي». */
export const SEASON_NAME_TAILS: readonly string[] = ['العربي', 'العربية', 'الأمازيغي'];

/** The month «آب» is the city Ibb when written «إب» or after «محافظة», «مدينة», «مديرية». */
export const PLACE_HEADS: readonly string[] = ['محافظة', 'مدينة', 'مديرية', 'جامعة'];

/**
 * A single unit in the accusative followed by a relational adjective (ending in «يا») is a kind of day or a
 * thing, not an amount of time: «يوما مقدسا», «يوما انتخابيا طويلا», «عقدا احترافيا» (a contract). These
 * adjectives keep the amount («يوما إضافيا», «عاما كاملا»); the others listed are qualities of a day.
 */
export const AMOUNT_ADJECTIVES: readonly string[] = ['إضافيا', 'إضافي', 'إضافية'];
export const DAY_QUALITIES: readonly string[] = [
  'مقدسا',
  'حافلا',
  'عصيبا',
  'مشهودا',
  'حزينا',
  'صعبا',
  'أسود',
  'داميا',
  'مجيدا',
];

/** «عقدا» is a contract after a verb of signing or before «مع» / «بقيمة»: «وقع عقدا مع النادي». */
export const SIGNING_VERBS: readonly string[] = [
  'وقع',
  'وقعت',
  'أبرم',
  'أبرمت',
  'منح',
  'منحت',
  'يوقع',
  'توقع',
];
export const CONTRACT_TAILS: readonly string[] = ['مع', 'بقيمة', 'لتوريد', 'لشراء', 'لبناء', 'لمدة'];

/** «اليوم» ending a quoted title after these is part of a name: قناة "روسيا اليوم", صحيفة «المصري اليوم». */
export const TITLE_HEADS: readonly string[] = [
  'قناة',
  'صحيفة',
  'جريدة',
  'مجلة',
  'موقع',
  'وكالة',
  'برنامج',
  'إذاعة',
  'شبكة',
];
