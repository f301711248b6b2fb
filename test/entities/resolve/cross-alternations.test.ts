import { describe, expect, it } from 'vitest';
import { alikeUnits, crossFold } from '../../../src/entities/resolve/cross-alternations.js';
import { sameName } from '../../../src/entities/resolve/name-distance.js';
import { nameKey } from '../../../src/entities/resolve/name-key.js';
import { resolveEntities } from '../../../src/story/resolve-entities.js';
import { docOf } from './make-docs.js';

const plain = (s: string) => nameKey(s).plain.join(' ');
/** Two spellings one name for the resolver: a shared blocking key and a distance within the limit. */
const oneName = (a: string, b: string, type: 'PER' | 'LOC' = 'PER') => {
  const [ka, kb] = [nameKey(a), nameKey(b)];
  const meet = [ka.block, ka.crossBlock].some((k) => k === kb.block || k === kb.crossBlock);
  return meet && sameName(plain(a), plain(b), ka.skeleton, type);
};

describe('transliteration alternations of foreign sounds', () => {
  it('reads Turkish ç written ج and تش as one letter', () => {
    expect(oneName('مراد جاكير أوغلو', 'مراد تشاكير أوغلو')).toBe(true);
  });

  it('reads Turkish ç written ج and چ as one letter', () => {
    expect(oneName('مراد جاكير أوغلو', 'مراد چاكير أوغلو')).toBe(true);
  });

  it('reads ch written تش and ش as one letter', () => {
    expect(oneName('هوغو تشافيز', 'هوغو شافيز')).toBe(true);
  });

  it('reads g written گ and ك as one letter', () => {
    expect(oneName('انگلترا', 'انكلترا', 'LOC')).toBe(true);
  });

  it('reads g written گ and غ as one letter', () => {
    expect(oneName('گرينلاند', 'غرينلاند', 'LOC')).toBe(true);
  });

  it('reads p written پ and ب as one letter', () => {
    expect(oneName('پاولو', 'باولو')).toBe(true);
  });

  it('reads a final ng written نغ and ن alone as one name in a name of several words', () => {
    expect(oneName('كيم يونغ تشول', 'كيم يون-تشول')).toBe(true);
  });

  it('keeps one-word names that differ by a final ng apart (كينغ, King; كين, Kane)', () => {
    expect(oneName('كينغ', 'كين')).toBe(false);
  });

  it('reads v written ڤ, ڥ and ف as one letter', () => {
    expect(oneName('ڤيكتور', 'فيكتور')).toBe(true);
    expect(oneName('ڥيكتور', 'فيكتور')).toBe(true);
  });

  it('keeps ك and ج apart: كمال and جمال are two Arabic names', () => {
    expect(alikeUnits('ك', 'ج')).toBe(false);
    expect(oneName('كمال حسن', 'جمال حسن')).toBe(false);
  });

  it('keeps ج and ش apart', () => {
    expect(alikeUnits('ج', 'ش')).toBe(false);
  });

  it('writes the marked spellings with the plain letter for the second blocking key', () => {
    expect(crossFold('تشاكير')).toBe('جاكير');
    expect(crossFold('انگلترا')).toBe('انكلترا');
  });
});

describe('resolveEntities: a Turkish name spelt with ج in one report and تش in another', () => {
  it('makes one person', () => {
    const entities = resolveEntities([
      docOf('a', [['مراد جاكير أوغلو', 'PER']]),
      docOf('b', [['مراد تشاكير أوغلو', 'PER']]),
    ]);
    expect(entities.filter((e) => e.type === 'PER')).toHaveLength(1);
  });
});
