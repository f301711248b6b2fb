/**
 * A historical era named by its state or people (../constants/eras.ts): «الفترة العثمانية», «العهد
 * العثماني», «فترة الحكم العثماني»: a time in the past, its years not said (PAST_REF).
 */
import { B, E, type Parser, resultOf } from '../../parser.js';
import { ERA_HEADS, ERA_NAMES } from '../constants/eras.js';
import { alternation, normalizeKeys } from '../constants/index.js';
import { regex } from '../pattern.js';

const keys = (words: readonly string[]) =>
  alternation(normalizeKeys(Object.fromEntries(words.map((w) => [w, 1]))).keys());
const headless = (words: readonly string[]) => words.map((w) => w.replace(/^ال/u, ''));
const NAMES = keys(ERA_NAMES.flatMap((w) => [w, `${w}ة`]));
/** Heads with or without the article: «من الفترة العثمانية», «فترة الحكم العثماني». */
const HEADS = keys([...ERA_HEADS, ...headless(ERA_HEADS)]);

export const ERA: Parser = {
  tag: 'ar/era',
  pattern: regex(`${B}(?:${HEADS})\\s+(?:${NAMES})${E}`),
  extract(m) {
    return resultOf(m, 'ar/era', 'DATE', { value: 'PAST_REF', relative: true });
  },
};
