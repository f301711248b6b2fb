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
  // ranks and professions written before a name in news (الشاعر عبد الكريم الجباري، الكولونيل روب مانينغ)
  'الكولونيل',
  'المشير',
  'الرقيب',
  'الملكه',
  'الاميره',
  'الشاعر',
  'الشاعره',
  'الكاتب',
  'الكاتبه',
  'الروايي',
  'الصحفي',
  'الصحفيه',
  'الصحافي',
  'الصحافيه',
  'الفنان',
  'الفنانه',
  'المطرب',
  'المطربه',
  'المخرج',
  'المخرجه',
  'الممثله',
  'اللاعب',
  'اللاعبه',
  'المدرب',
  'المحامي',
  'المحاميه',
  'الناشط',
  'الناشطه',
  'القاضي',
  'البروفيسور',
  'الاستاذ',
  'الحاخام',
]);

/** Letters that attach to the front of a word as a conjunction or preposition (و ف ب ل ك). */
export const PROCLITIC_LETTERS = 'وفبلك';

/** Endings a nisba adjective takes after its masculine singular: -ة, dual and plural. */
export const NISBA_ENDINGS = ['', 'ه', 'ين', 'ون', 'تان', 'تين', 'ان'];

/**
 * Adjectives of condemnation a report puts after a body's name (تنظيم داعش الإرهابي، الجماعة X المتطرفة): no
 * body names itself so, so they are cut from the end of a name. Normalized (src/text/normalize.ts). Source:
 * the descriptive adjectives of data/names/org-phrases.json that only condemn, general knowledge of news style.
 */
export const CONDEMNING_ADJECTIVES = new Set([
  'الإرهابي',
  'الإرهابية',
  'المتطرف',
  'المتطرفة',
  'المتشدد',
  'المتشددة',
  'التكفيري',
  'التكفيرية',
]);

/**
 * Latin letters as Arabic news spells them in acronyms (سي إن إن، إم بي سي، تي في، أف أم). Some are function
 * words too (أم or, إن that, في in, أو or, أي which): after another letter name they end a spelled acronym
 * («الجوهرة أف أم», «X تي في») and are no function word. Written with hamza as news writes them.
 */
export const LETTER_NAMES = new Set([
  'أي',
  'إي',
  'آي',
  'بي',
  'سي',
  'دي',
  'أف',
  'إف',
  'اف',
  'جي',
  'إتش',
  'جاي',
  'كاي',
  'إل',
  'أم',
  'إم',
  'ام',
  'إن',
  'أن',
  'أو',
  'كيو',
  'آر',
  'إس',
  'أس',
  'تي',
  'يو',
  'في',
  'دبليو',
  'إكس',
  'واي',
  'زد',
]);
