/**
 * The gazetteers of data/gazetteers as lookup tables for the tagger: every entry's Arabic forms are
 * normalized (src/text/normalize.ts) token by token; single tokens go to `words`, phrases of several tokens
 * to `phrases` (keyed by their first token) for longest-match spans. Loaded once per process.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { normalizeForMatch } from '../../text/normalize.js';

/**
 * `GIVEN` and `FAMILY`: a given name of given-names.ts, a family name harvested from news (not in
 * data/gazetteers; added by the view from the model's name lists); `H-…`: a word harvested from news after
 * a head noun of that type (scripts/train-ner-harvest.ts, `--harvest`).
 */
export type GazLabel =
  | 'LOC'
  | 'ORG'
  | 'PER'
  | 'TITLE'
  | 'ORGHEAD'
  | 'GIVEN'
  | 'FAMILY'
  | 'CURRENCY'
  | 'H-ORG'
  | 'H-PERS'
  | 'H-LOC';

export interface Gazetteers {
  /** Normalized single token → labels (also under the form without the article ال). */
  words: Map<string, Set<GazLabel>>;
  /** Normalized first token → phrases (token lists) starting with it, longest first. */
  phrases: Map<string, { tokens: string[]; label: GazLabel }[]>;
}

const DIR = fileURLToPath(new URL('../../../data/gazetteers/', import.meta.url));
const LABEL_OF_FILE: Record<string, GazLabel> = {
  'titles-roles.json': 'TITLE',
  'org-heads.json': 'ORGHEAD',
  'person-names.json': 'PER',
  'organizations.json': 'ORG',
};

interface Entry {
  ar: string | string[];
  type?: string;
}

export function normalizeTokens(phrase: string): string[] {
  return phrase.split(/\s+/u).filter(Boolean).map(normalizeForMatch);
}

function addWord(gaz: Gazetteers, word: string, label: GazLabel): void {
  for (const form of word.startsWith('ال') && word.length > 4 ? [word, word.slice(2)] : [word]) {
    const labels = gaz.words.get(form) ?? new Set<GazLabel>();
    labels.add(label);
    gaz.words.set(form, labels);
  }
}

export function addEntry(gaz: Gazetteers, phrase: string, label: GazLabel): void {
  const tokens = normalizeTokens(phrase);
  if (tokens.length === 0) return;
  if (tokens.length === 1) {
    addWord(gaz, tokens[0], label);
    return;
  }
  const list = gaz.phrases.get(tokens[0]) ?? [];
  list.push({ tokens, label });
  list.sort((a, b) => b.tokens.length - a.tokens.length);
  gaz.phrases.set(tokens[0], list);
}

export function emptyGazetteers(): Gazetteers {
  return { words: new Map(), phrases: new Map() };
}

function readGazetteers(dir: string): Gazetteers {
  const gaz = emptyGazetteers();
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const { entries } = JSON.parse(readFileSync(`${dir}${file}`, 'utf8')) as { entries: Entry[] };
    for (const entry of entries) {
      const label = LABEL_OF_FILE[file] ?? (entry.type as GazLabel | undefined) ?? 'LOC';
      for (const form of Array.isArray(entry.ar) ? entry.ar : [entry.ar]) addEntry(gaz, form, label);
    }
  }
  return gaz;
}

let cached: Gazetteers | undefined;

export function loadGazetteers(): Gazetteers {
  cached ??= readGazetteers(DIR);
  return cached;
}
