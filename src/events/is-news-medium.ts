import { readFileSync } from 'node:fs';
import type { EntityMention } from '../types.js';
import { phraseStems } from './lexicon.js';

/**
 * News media (data/events/news-media.json): the source a report cites («بحسب وكالة فرانس برس», «أتلانتا
 * (CNN)») is neither a participant nor the place of the event it tells.
 */
const MEDIA = JSON.parse(
  readFileSync(new URL('../../data/events/news-media.json', import.meta.url), 'utf8'),
) as { names: string[]; ambiguousNames: string[]; heads: string[] };

const key = (text: string) => phraseStems(text.toLowerCase().replace(/\p{Mn}|ـ/gu, '')).join(' ');

const NAMES = new Set(MEDIA.names.map(key));
const AMBIGUOUS = new Set(MEDIA.ambiguousNames.map(key));
const HEADS = MEDIA.heads.map(key);

/** A mention that names a news medium: a known name, an ambiguous one typed as an organization, or a head noun. */
export function isNewsMedium(mention: Pick<EntityMention, 'text' | 'type'>): boolean {
  const id = `${mention.type}:${mention.text}`;
  let known = SEEN.get(id);
  if (known === undefined) {
    known = readsAsMedium(mention);
    if (SEEN.size > SEEN_LIMIT) SEEN.clear();
    SEEN.set(id, known);
  }
  return known;
}

/** Mentions already read, by type and text: a name is read once per run, not once per trigger of its sentence. */
const SEEN = new Map<string, boolean>();
const SEEN_LIMIT = 50_000;

function readsAsMedium(mention: Pick<EntityMention, 'text' | 'type'>): boolean {
  const k = key(mention.text);
  if (NAMES.has(k)) return true;
  if (AMBIGUOUS.has(k) && (mention.type === 'ORG' || mention.type === 'MISC')) return true;
  return HEADS.some((head) => k === head || k.startsWith(`${head} `));
}
