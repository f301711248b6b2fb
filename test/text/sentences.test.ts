import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/text/sentences.js';
import { tokenize } from '../../src/text/tokenize.js';

const split = (text: string) => splitSentences(text, tokenize(text)).map((s) => s.text);

describe('splitSentences', () => {
  it('splits at the Arabic question mark, exclamation mark and semicolon', () => {
    expect(split('هل انتهت؟ نعم! ثم؛ بعد')).toEqual(['هل انتهت؟', 'نعم!', 'ثم؛', 'بعد']);
  });

  it('does not split inside a decimal number', () => {
    expect(split('بلغ النمو 3.5 في المئة.')).toEqual(['بلغ النمو 3.5 في المئة.']);
  });

  it('keeps a closing quote with the sentence it ends', () => {
    expect(split('قال «انتهى.» ثم غادر.')).toEqual(['قال «انتهى.»', 'ثم غادر.']);
  });

  it('keeps an ellipsis and repeated marks together', () => {
    expect(split('ربما... لا أعرف؟! حسنا')).toEqual(['ربما...', 'لا أعرف؟!', 'حسنا']);
  });

  it('does not split after an abbreviation or initials', () => {
    expect(split('قال د. أحمد إن وكالة أ.ف.ب نقلت الخبر.')).toEqual([
      'قال د. أحمد إن وكالة أ.ف.ب نقلت الخبر.',
    ]);
  });

  it('does not split a period glued to the next word', () => {
    expect(split('زوروا www.example.com الآن.')).toEqual(['زوروا www.example.com الآن.']);
  });

  it('ends a sentence at a line break', () => {
    expect(split('عنوان بلا نقطة\nنص الخبر.')).toEqual(['عنوان بلا نقطة', 'نص الخبر.']);
  });

  it('gives every token the index of its sentence', () => {
    const text = 'قال خبرا. جاء ثم.';
    const tokens = tokenize(text);
    splitSentences(text, tokens);
    expect(tokens.map((t) => t.sentence)).toEqual([0, 0, 0, 1, 1, 1]);
  });
});
