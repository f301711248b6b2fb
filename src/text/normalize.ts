/**
 * The one normalization used for matching by every stage and by search (never for display).
 * Modelled on Lucene's ArabicNormalizer and CAMeL Tools' normalizers: harakat and tatweel removed,
 * alef forms (أ إ آ ٱ) → ا, alef maqsura ى → ي, taa marbuta ة → ه, hamza seats (ؤ ئ) → و ي,
 * Arabic-Indic and Persian digits → ASCII, Latin lower-cased.
 */
const DIACRITICS = /[\p{Mn}\u0640]/gu; // harakat, shadda, sukun, superscript alef, tatweel
const ALEF = /[\u0622\u0623\u0625\u0671\u0672\u0673]/g;

export function mapDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => {
    const code = d.charCodeAt(0);
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });
}

export function normalizeForMatch(text: string): string {
  return mapDigits(text.normalize('NFC'))
    .replace(DIACRITICS, '')
    .replace(ALEF, '\u0627')
    .replace(/\u0649/g, '\u064A')
    .replace(/\u0629/g, '\u0647')
    .replace(/\u0624/g, '\u0648')
    .replace(/\u0626/g, '\u064A')
    .toLowerCase();
}
