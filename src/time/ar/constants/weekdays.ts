/** Weekdays, numbered as JavaScript's getUTCDay (Sunday 0). Provenance: general knowledge. */
export const WEEKDAYS: Record<string, number> = {
  الأحد: 0, الاحد: 0, أحد: 0,
  الإثنين: 1, الاثنين: 1, الأثنين: 1, إثنين: 1, اثنين: 1,
  الثلاثاء: 2, ثلاثاء: 2,
  الأربعاء: 3, الاربعاء: 3, أربعاء: 3,
  الخميس: 4, خميس: 4,
  الجمعة: 5, جمعة: 5,
  السبت: 6, سبت: 6,
};
