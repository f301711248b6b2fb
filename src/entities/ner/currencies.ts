/**
 * Arabic currency nouns (data/ner/currencies.txt, built by scripts/train-ner-currencies.ts from CLDR's
 * Arabic currency names, npm `cldr-numbers-full`, Unicode licence): a word that is one, as written, with the
 * article or without its proclitics, gets the gazetteer label `CURRENCY` in the tagger's view
 * (view-tokens.ts) when the model was trained with the list (`currencies: true` in the model file).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const CURRENCIES_PATH = fileURLToPath(new URL('../../../data/ner/currencies.txt', import.meta.url));

let cached: Set<string> | undefined;

/** The listed nouns (normalized) and their forms with the article; empty when the file is absent. */
export function loadCurrencies(path = CURRENCIES_PATH): Set<string> {
  if (cached && path === CURRENCIES_PATH) return cached;
  const listed = existsSync(path) ? readFileSync(path, 'utf8').split('\n').filter(Boolean) : [];
  const words = new Set(listed.flatMap((word) => [word, `ال${word}`]));
  if (path === CURRENCIES_PATH) cached = words;
  return words;
}
