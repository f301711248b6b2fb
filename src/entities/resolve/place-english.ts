/**
 * The English of a place named by a part of a known place (ريف حلب → Aleppo countryside, شمال سوريا →
 * northern Syria, ريف إدلب الجنوبي → southern Idlib countryside): a part of data/names/place-parts.json (one
 * or two words), a place a lexicon knows, and optionally a compass adjective. Null otherwise; the whole name
 * goes to the romanizer then.
 */
import { readFileSync } from 'node:fs';
import { knownLatin } from '../romanize.js';
import { keyWithoutArticles } from './name-key.js';

const FILE = new URL('../../../data/names/place-parts.json', import.meta.url);
interface Part {
  en: string;
  /** Where the place goes: before the part (Aleppo countryside) or after it (northern Syria). */
  place: 'before' | 'after';
}
interface Tables {
  parts: Map<string, Part>;
  adjectives: Map<string, string>;
}
let tables: Tables | undefined;

const keyOf = (words: readonly string[]) => keyWithoutArticles(words.join(' '));

function load(): Tables {
  if (tables) return tables;
  const data = JSON.parse(readFileSync(FILE, 'utf8')) as {
    PARTS: Record<string, Part>;
    ADJECTIVES: Record<string, string>;
  };
  const keyed = <T>(record: Record<string, T>) =>
    new Map(Object.entries(record).map(([ar, v]) => [keyOf(ar.split(' ')), v]));
  tables = { parts: keyed(data.PARTS), adjectives: keyed(data.ADJECTIVES) };
  return tables;
}

export function placeEnglish(name: string): string | null {
  const { parts, adjectives } = load();
  let words = name.split(/\s+/u).filter(Boolean);
  const adjective = words.length >= 3 ? adjectives.get(keyOf(words.slice(-1))) : undefined;
  if (adjective) words = words.slice(0, -1);
  for (const width of [2, 1]) {
    const part = words.length > width ? parts.get(keyOf(words.slice(0, width))) : undefined;
    const place = part ? knownLatin('LOC', [words.slice(width).join(' ')]) : null;
    if (!part || !place) continue;
    const whole = part.place === 'before' ? `${place} ${part.en}` : `${part.en} ${place}`;
    return adjective ? `${adjective} ${whole}` : whole;
  }
  return null;
}
