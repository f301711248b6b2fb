/**
 * The rules of the one match-key normalization (docs/normalization.md), as data: each rule names the
 * characters it maps and what they become, with one fixture that the parity test checks
 * (test/text/normalize-parity.test.ts). Provenance: Lucene's ArabicNormalizer (alef forms, maqsura, taa
 * marbuta, harakat, tatweel), CAMeL Tools' `normalize_alef_ar` / `normalize_teh_marbuta_ar` /
 * `dediacritize`, and Unicode's quotation-mark and dash tables for the punctuation forms.
 */
export interface NormRule {
  id: string;
  /** The characters the rule maps, as a list of single UTF-16 code units. */
  from: string[];
  /** What each of them becomes ('' removes it); a list maps them one by one. */
  to: string | string[];
  example: { input: string; output: string };
}

const range = (from: number, to: number): string[] =>
  Array.from({ length: to - from + 1 }, (_, i) => String.fromCharCode(from + i));

export const NORM_RULES: readonly NormRule[] = [
  {
    id: 'harakat',
    // fathatan..sukun, maddah/hamza marks, superscript alef, Quranic annotation marks
    from: [
      ...range(0x064b, 0x065f),
      '\u0670',
      ...range(0x06d6, 0x06dc),
      ...range(0x06df, 0x06e4),
      '\u06e7',
      '\u06e8',
      ...range(0x06ea, 0x06ed),
    ],
    to: '',
    example: { input: 'مُحَمَّدٌ', output: 'محمد' },
  },
  { id: 'tatweel', from: ['\u0640'], to: '', example: { input: 'الـــيوم', output: 'اليوم' } },
  {
    id: 'alef',
    from: ['\u0622', '\u0623', '\u0625', '\u0671', '\u0672', '\u0673'],
    to: '\u0627',
    example: { input: 'إلى آخر أمر', output: 'الي اخر امر' },
  },
  { id: 'alef-maqsura', from: ['\u0649'], to: '\u064A', example: { input: 'مستشفى', output: 'مستشفي' } },
  { id: 'taa-marbuta', from: ['\u0629'], to: '\u0647', example: { input: 'مدينة', output: 'مدينه' } },
  { id: 'hamza-waw', from: ['\u0624'], to: '\u0648', example: { input: 'مؤتمر', output: 'موتمر' } },
  { id: 'hamza-yeh', from: ['\u0626'], to: '\u064A', example: { input: 'رئيس', output: 'رييس' } },
  { id: 'persian-kaf', from: ['\u06A9'], to: '\u0643', example: { input: 'کتاب', output: 'كتاب' } },
  { id: 'persian-yeh', from: ['\u06CC'], to: '\u064A', example: { input: 'علی', output: 'علي' } },
  {
    id: 'digits-arabic-indic',
    from: range(0x0660, 0x0669),
    to: [...'0123456789'],
    example: { input: '٢٠١٨', output: '2018' },
  },
  {
    id: 'digits-persian',
    from: range(0x06f0, 0x06f9),
    to: [...'0123456789'],
    example: { input: '۱۴', output: '14' },
  },
  { id: 'comma', from: ['\u060C', '\u066C'], to: ',', example: { input: 'دمشق، حلب', output: 'دمشق, حلب' } },
  { id: 'decimal-separator', from: ['\u066B'], to: '.', example: { input: '٣٫٥', output: '3.5' } },
  { id: 'semicolon', from: ['\u061B'], to: ';', example: { input: 'قال؛ ثم', output: 'قال; ثم' } },
  { id: 'question-mark', from: ['\u061F'], to: '?', example: { input: 'لماذا؟', output: 'لماذا?' } },
  { id: 'percent', from: ['\u066A'], to: '%', example: { input: '٥٠٪', output: '50%' } },
  {
    id: 'double-quotes',
    // curly, low-9, reversed, guillemets, double prime, reversed double prime, CJK and fullwidth forms
    from: [
      '\u201C',
      '\u201D',
      '\u201E',
      '\u201F',
      '\u00AB',
      '\u00BB',
      '\u2033',
      '\u2036',
      '\u301D',
      '\u301E',
      '\uFF02',
    ],
    to: '"',
    example: { input: '«الوطن» و“سانا” و″تاس″', output: '"الوطن" و"سانا" و"تاس"' },
  },
  {
    id: 'single-quotes',
    from: [
      '\u2018',
      '\u2019',
      '\u201A',
      '\u201B',
      '\u2039',
      '\u203A',
      '\u2032',
      '\u2035',
      '\u00B4',
      '\u0060',
    ],
    to: "'",
    example: { input: '‹لا› ‘نعم’', output: "'لا' 'نعم'" },
  },
  {
    id: 'dashes',
    from: ['\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212'],
    to: '-',
    example: { input: 'سوريا – تركيا', output: 'سوريا - تركيا' },
  },
  { id: 'ellipsis', from: ['\u2026'], to: '...', example: { input: 'وأشار…', output: 'واشار...' } },
  {
    id: 'spaces',
    from: ['\u00A0', ...range(0x2000, 0x200a), '\u202F', '\u205F', '\u3000'],
    to: ' ',
    example: { input: 'عشرة\u00A0آلاف', output: 'عشره الاف' },
  },
  {
    id: 'invisible',
    // zero-width space/joiners, bidi marks, embeddings and isolates, Arabic letter mark, BOM
    from: [...range(0x200b, 0x200f), ...range(0x202a, 0x202e), ...range(0x2066, 0x2069), '\u061C', '\uFEFF'],
    to: '',
    example: { input: '\u200Fسوريا\u200E', output: 'سوريا' },
  },
  {
    id: 'latin-lowercase',
    from: range(0x41, 0x5a),
    to: [...'abcdefghijklmnopqrstuvwxyz'],
    example: { input: 'RT News', output: 'rt news' },
  },
];
