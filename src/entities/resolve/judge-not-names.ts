/**
 * Forms that name no story entity though the tagger marks them: God and His epithets standing alone
 * (data/names/not-names.json) and currency nouns (data/ner/currencies.txt, CLDR: دولار، اليورو). Such a
 * mention is left out of the entities; its words stay in the text.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { normalizeForMatch } from '../../text/normalize.js';
import { loadCurrencies } from '../ner/currencies.js';

const NOT_NAMES_PATH = fileURLToPath(new URL('../../../data/names/not-names.json', import.meta.url));

let notNames: Set<string> | undefined;

function loadNotNames(): Set<string> {
  if (notNames) return notNames;
  const listed = existsSync(NOT_NAMES_PATH)
    ? ((JSON.parse(readFileSync(NOT_NAMES_PATH, 'utf8')) as { NOT_NAMES?: string[] }).NOT_NAMES ?? [])
    : [];
  notNames = new Set([...listed.map(normalizeForMatch), ...loadCurrencies()]);
  return notNames;
}

/** Whether the whole form (one word) is a word that names no entity. */
export function isNotName(display: string): boolean {
  return loadNotNames().has(normalizeForMatch(display.trim()));
}
