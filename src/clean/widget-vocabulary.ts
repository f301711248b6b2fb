/**
 * Words and phrases of page furniture on Arabic news sites, in match-key form is not required: every
 * pattern is tested against the normalized line (src/text/normalize.ts), so write them plainly.
 * Provenance: written by the masar team from the common widget labels of Arabic news sites (navigation,
 * sharing, related lists, comment boxes, subscription and donation appeals, photo credits); none is taken
 * from one test article.
 */

/** Headers after which the article is over (related lists, most-read, comments, next/previous article). */
export const END_MARKERS = [
  'مقالات ذات صلة', 'مواضيع ذات صلة', 'اخبار ذات صلة', 'أخبار ذات صلة', 'مقالات متعلقة', 'أخبار متعلقة', 'اخبار متعلقة',
  'مواضيع متعلقة', 'الأكثر قراءة', 'الاكثر قراءة', 'الأكثر مشاهدة', 'الأكثر تداولا', 'الأكثر تعليقا', 'قد يهمك أيضا',
  'قد يعجبك أيضا', 'ننصحك بقراءة', 'تعليقات', 'التعليقات', 'أضف تعليقا', 'إضافة تعليق', 'اترك تعليقا', 'المقال السابق',
  'المقال التالي', 'الخبر السابق', 'الخبر التالي', 'شاهد أيضا', 'المزيد من الأخبار', 'آخر الأخبار', 'أحدث الأخبار',
  'related articles', 'related stories', 'most read', 'comments',
];

/** Specific phrases of widgets: a line of up to ten words holding one is furniture. */
export const WIDGET_PHRASES = [
  'اقرأ أيضا', 'اقرأ ايضا', 'إقرأ أيضا', 'اقرأ المزيد', 'شارك المقال', 'شارك الخبر', 'شارك على', 'تابعونا على', 'تابعنا على',
  'تابعونا', 'جميع الحقوق محفوظة', 'كل الحقوق محفوظة', 'حقوق النشر محفوظة', 'اشترك في', 'اشترك الآن', 'النشرة البريدية',
  'النشرة الإخبارية', 'حمل التطبيق', 'حمّل تطبيق', 'أرسل لصديق', 'نسخ الرابط', 'الرابط المختصر', 'اضغط هنا', 'انقر هنا',
  'حدث خطأ', 'يرجى المحاولة', 'تم إرسال', 'شكرا لك', 'شكرًا لك', 'سياسة الخصوصية', 'ملفات تعريف الارتباط', 'اتصل بنا',
  'من نحن', 'حجم الخط', 'تكبير الخط', 'تصغير الخط', 'ع ع ع', 'للمساهمة', 'لدعم', 'ادعم',
  'camera icon', 'tag icon', 'no stories found', 'follow us', 'read more', 'all rights reserved', 'cookie',
];

/** Single labels of buttons and menus: furniture only on a line of at most three words. */
export const WIDGET_LABELS = [
  'شارك', 'مشاركة', 'انشر', 'طباعة', 'تطبيق', 'بحث', 'إعلان', 'اعلان', 'نجاح', 'خطأ', 'الرئيسية', 'أقسام', 'القائمة',
  'فيسبوك', 'تويتر', 'واتساب', 'تلغرام', 'يوتيوب', 'انستغرام', 'اشترك', 'تبرع', 'ساهم', 'تسجيل الدخول', 'الكوكيز',
  'logo', 'share', 'subscribe', 'advertisement', 'quantcast', 'menu', 'search', 'print',
];

/** News agencies and photo-credit words: a short line ending in «(… اف ب)» or «(AFP/Archives)» is a credit. */
export const CREDIT_WORDS = [
  'اف ب', 'أ ف ب', 'ا ف ب', 'أ.ف.ب', 'رويترز', 'الأناضول', 'سانا', 'وكالات', 'أرشيف', 'ارشيفية', 'أرشيفية', 'صورة',
  'غيتي', 'getty', 'afp', 'reuters', 'ap', 'epa', 'archives', 'archive', 'photo', 'anadolu', 'shutterstock', 'متابعات',
];
