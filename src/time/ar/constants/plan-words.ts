/**
 * A decision, a call or a plan governs an event still to come: «قرر المجلس عقد اجتماع طارئ الإثنين» is the
 * next Monday, though «قرر» is a perfect verb. The verb is past (it dates the decision: «قررت الحكومة،
 * الإثنين، رفع الأسعار»); the verbal noun it governs, or «أن» opening its clause, points ahead. Provenance:
 * Arabic verb government (general knowledge): قرر/اتفق/دعا إلى/طالب ب/أوصى ب + a verbal noun (مصدر).
 */

/** Perfect and passive verbs of deciding, agreeing, calling for, ordering and planning. */
export const DECISION_VERBS: readonly string[] = [
  'قرر',
  'قررت',
  'قرروا',
  'تقرر',
  'اتفق',
  'اتفقت',
  'اتفقوا',
  'اتفقا',
  'اتفقتا',
  'دعا',
  'دعت',
  'دعوا',
  'طالب',
  'طالبت',
  'طلب',
  'طلبت',
  'اقترح',
  'اقترحت',
  'أوصى',
  'أوصت',
  'وافق',
  'وافقت',
  'عزم',
  'عزمت',
  'أمر',
  'أمرت',
  'أعلن عزمه',
  'أعلنت عزمها',
];

/** Verbal nouns of holding, starting, sending or changing something: the event a decision governs. */
export const GOVERNED_NOUNS: readonly string[] = [
  'عقد',
  'انعقاد',
  'إجراء',
  'تنظيم',
  'إقامة',
  'إطلاق',
  'بدء',
  'استئناف',
  'إرسال',
  'تشكيل',
  'إنشاء',
  'فتح',
  'افتتاح',
  'زيارة',
  'تأجيل',
  'إرجاء',
  'تمديد',
  'إغلاق',
  'رفع',
  'خفض',
  'تعليق',
  'وقف',
  'إلغاء',
  'تنفيذ',
  'إعادة',
  'نشر',
  'سحب',
  'تقديم',
  'توقيع',
  'إصدار',
  'تسليم',
  'إفراج',
  'إطلاق سراح',
  'التصويت',
  'تصويت',
  'مناقشة',
  'بحث',
  'استضافة',
  'إضراب',
];

/** Nouns of a gathering, governed only through «إلى» or «لـ» («دعا إلى اجتماع طارئ الإثنين»). */
export const CALLED_EVENTS: readonly string[] = [
  'اجتماع',
  'جلسة',
  'قمة',
  'مؤتمر',
  'حوار',
  'مفاوضات',
  'محادثات',
  'انتخابات',
  'تظاهرة',
  'مظاهرة',
  'مظاهرات',
  'إضراب',
];

/**
 * Verbal nouns of meeting and contending that a purpose «لـ» («من أجل», «بهدف») opens: «بلغ النهائي لملاقاة
 * فرنسا الأحد», «توجه الوزير إلى موسكو للقاء نظيره الأحد» point ahead like the nouns a decision governs.
 * Not the nouns a decision governs: after «لـ» they are mostly nouns of a phrase («لإطلاق النار»,
 * «للتنظيم»), and on 4,456 ANT reports they turned more weekdays wrong than right. «إلقاء» also stands for «للقاء» (ل + لقاء), which the matching text writes
 * «لالقاء». Provenance: Arabic purpose clauses (لام التعليل + مصدر), general knowledge.
 */
export const PURPOSE_NOUNS: readonly string[] = [
  'ملاقاة',
  'مواجهة',
  'منازلة',
  'مقابلة',
  'لقاء',
  'إلقاء',
  'خوض',
  'حضور',
  'المشاركة',
  'مشاركة',
];

/**
 * An appointment still to come: «حجز موعدا مع التاريخ الأحد», «على موعد مع اللقب الأحد». After «كان» the
 * appointment is told as past («كان على موعد مع …»).
 */
export const APPOINTMENT_WORDS: readonly string[] = ['موعدا', 'موعد'];

/**
 * Imperfect verbs of a contest, future without سـ when they come before the timex («سؤال يحسم جوابه ليل
 * الأحد», «يلعب الفريق الأحد»); the feminine ت form is derived. Other bare imperfects are not: on 4,456 ANT
 * reports a bare imperfect before a weekday was mostly an ongoing or reported past event («تشهد الغوطة منذ
 * مساء الأحد», «يتم إجلاؤهم … ليل الاثنين»). Not «يلاقي»: mostly «meets a fate, a welcome» («أن يلاقي مصير
 * الجيل الذي أقصي الثلاثاء»).
 */
export const CONTEST_VERBS: readonly string[] = ['يحسم', 'يلعب', 'يواجه', 'يخوض'];
