/**
 * Historical eras named by their state or people: «الفترة العثمانية», «العهد العثماني», «الحقبة الاستعمارية»,
 * «فترة الحكم العثماني». Not the mandate or the occupation (one may be current; annotators leave the mandate
 * untagged) nor a form of rule («الحكم الملكي»). Provenance: the periods of Arab and Mediterranean history
 * (general knowledge). Each word is the masculine nisba; the feminine («العثمانية») is derived.
 */
export const ERA_HEADS: readonly string[] = [
  'الفترة',
  'الحقبة',
  'العهد',
  'العصر',
  'الحكم',
  'فترة الحكم',
  'عهد الحكم',
];

export const ERA_NAMES: readonly string[] = [
  'العثماني',
  'الروماني',
  'البيزنطي',
  'الهلنستي',
  'الفرعوني',
  'المملوكي',
  'الأموي',
  'العباسي',
  'الفاطمي',
  'الأيوبي',
  'الصليبي',
  'الكنعاني',
  'الفارسي',
  'الجاهلي',
  'الاستعماري',
];
