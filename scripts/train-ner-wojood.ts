/**
 * The Wojood public sample (Birzeit; MIT repository) mapped to ANERcorp's tag set: PERS and ORG kept,
 * GPE and LOC to LOC, every other type to O; of nested tags the first one that maps is kept, and the
 * sequence is repaired to valid BIO. `$#$` paragraph marks are dropped. Only the train split is read.
 */
import { readFileSync } from 'node:fs';
import { repairBio } from '../src/entities/ner/tags.js';
import type { ConllSentence } from '../src/io/conll.js';

const TYPE_MAP: Record<string, string> = { PERS: 'PERS', ORG: 'ORG', GPE: 'LOC', LOC: 'LOC' };

function mapTags(columns: string[]): string {
  for (const tag of columns) {
    const type = TYPE_MAP[tag.slice(2)];
    if (type) return `${tag.slice(0, 2)}${type}`;
  }
  return 'O';
}

export function readWojood(path: string): ConllSentence[] {
  const sentences: ConllSentence[] = [];
  let current: ConllSentence = { tokens: [], tags: [] };
  const flush = () => {
    if (current.tokens.length) sentences.push({ tokens: current.tokens, tags: repairBio(current.tags) });
    current = { tokens: [], tags: [] };
  };
  for (const line of readFileSync(path, 'utf8').split(/\r?\n/)) {
    const [token, ...tags] = line.trim().split(/\s+/);
    if (!token || token === '$#$') flush();
    else {
      current.tokens.push(token);
      current.tags.push(mapTags(tags));
    }
  }
  flush();
  return sentences;
}
