/**
 * Readable Latin form of an Arabic name by a simplified news-style romanization (no diacritics, no
 * Buckwalter): long vowels written, the article as al-, taa marbuta as -a. First version: letter by letter.
 */
const LETTERS: Record<string, string> = {
  ا: 'a', أ: 'a', إ: 'i', آ: 'a', ء: '', ؤ: '', ئ: '', ب: 'b', ت: 't', ث: 'th', ج: 'j', ح: 'h', خ: 'kh',
  د: 'd', ذ: 'dh', ر: 'r', ز: 'z', س: 's', ش: 'sh', ص: 's', ض: 'd', ط: 't', ظ: 'z', ع: "'", غ: 'gh',
  ف: 'f', ق: 'q', ك: 'k', ل: 'l', م: 'm', ن: 'n', ه: 'h', ة: 'a', و: 'w', ي: 'y', ى: 'a', پ: 'p', ڤ: 'v', گ: 'g',
};

function romanizeWord(word: string): string {
  const bare = word.replace(/[\p{Mn}\u0640]/gu, '');
  const body = bare.startsWith('ال') && bare.length > 3 ? `al-${romanizeLetters(bare.slice(2))}` : romanizeLetters(bare);
  return body.charAt(0).toUpperCase() + body.slice(1);
}

function romanizeLetters(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const ch = word[i];
    const next = LETTERS[ch] ?? ch;
    // و and ي between consonants read as long vowels
    if ((ch === 'و' || ch === 'ي') && i > 0 && i < word.length - 1) out += ch === 'و' ? 'u' : 'i';
    else out += next;
  }
  return out.replace(/'+$/, '');
}

export function romanize(name: string): string {
  return name.split(/\s+/).filter(Boolean).map(romanizeWord).join(' ').replace(/^'/, '');
}
