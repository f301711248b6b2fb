/**
 * Arabic given names (data/ner/given-names.txt, built by scripts/train-ner-names.ts from the npm package
 * `arabic-name-to-en`, ISC): a word that is one, as written or without its proclitics, gets the gazetteer
 * label `GIVEN` in the tagger's view (view-tokens.ts) when the model was trained with the list.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const GIVEN_NAMES_PATH = fileURLToPath(new URL('../../../data/ner/given-names.txt', import.meta.url));

let cached: Set<string> | undefined;

/** The shipped list (normalized forms), or an empty set when the file is absent. */
export function loadGivenNames(path = GIVEN_NAMES_PATH): Set<string> {
  if (cached && path === GIVEN_NAMES_PATH) return cached;
  const names = existsSync(path)
    ? new Set(readFileSync(path, 'utf8').split('\n').filter(Boolean))
    : new Set<string>();
  if (path === GIVEN_NAMES_PATH) cached = names;
  return names;
}
