import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/text/tokenize.js';

describe('tokenize', () => {
  it('cuts the display text exactly at every token, for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (text) => {
        for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
      }),
      { numRuns: 400 },
    );
  });

  it('covers every non-space character once, in order, for any Arabic-like string', () => {
    const arabic = fc.constantFrom(...'ابتثجحخدذرسشصضطظعغفقكلمنهويىةأإآؤئء ًٌٍَُِّْـ٠١٢٫،؛؟«»“”.!\n 0123456789 abc');
    fc.assert(
      fc.property(
        fc.array(arabic, { maxLength: 60 }).map((a) => a.join('')),
        (text) => {
          const tokens = tokenize(text);
          let covered = '';
          for (let i = 0; i < tokens.length; i++) {
            if (i > 0) expect(tokens[i].start).toBeGreaterThanOrEqual(tokens[i - 1].end);
            covered += tokens[i].text;
          }
          expect(covered).toBe(text.replace(/\s/g, ''));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('cuts the display text exactly for any UTF-16 code units, lone surrogates included', () => {
    const unit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
    fc.assert(
      fc.property(
        fc.array(unit, { maxLength: 60 }).map((a) => a.join('')),
        (text) => {
          for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('keeps a decimal number in one token', () => {
    expect(tokenize('بلغ 3.5 و٣٫٥ بالمئة').map((t) => t.text)).toEqual(['بلغ', '3.5', 'و٣٫٥', 'بالمئة']);
  });

  it('splits a proclitic glued by tatweel from the Latin name after it', () => {
    expect(tokenize('قال لـCNN إن').map((t) => t.text)).toEqual(['قال', 'لـ', 'CNN', 'إن']);
  });

  it('keeps digits with the letters of either script', () => {
    expect(tokenize('و٣٫٥ F16').map((t) => t.text)).toEqual(['و٣٫٥', 'F16']);
  });

  it('splits a period that follows a word from the word', () => {
    expect(tokenize('انتهى.').map((t) => t.text)).toEqual(['انتهى', '.']);
  });

  it('gives each token its match key and its clitic-stripped stem', () => {
    const [t] = tokenize('والمفاوضات');
    expect([t.norm, t.stem]).toEqual(['والمفاوضات', 'مفاوضات']);
  });
});
