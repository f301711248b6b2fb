/**
 * Generates src/time/ar/constants/future-verbs.ts: the imperfect verbs with the future prefix سـ that news
 * reports write, counted on ANT v2.1 dev (../shared, never copied). A word سـ + ي/ت/ن/أ + stem counts when it
 * is seen at least twice (with or without و/ف) and the word without its سـ is seen at least twice on its own:
 * «سيزور» counts because «يزور» is a word, «سيارة» does not («يارة» is none). The nouns and names that pass
 * this test (NOT_VERBS) were removed by reading the list. `npx tsx scripts/count-future-verbs.ts` rewrites it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { sharedPath } from '../test/helpers/shared.js';

const SOURCE = sharedPath('data/news/ant_v2.1_dev/articles.jsonl');
const OUT = new URL('../src/time/ar/constants/future-verbs.ts', import.meta.url);
const MIN_SEEN = 2;
/** Read by hand: forms that pass the count and are no verb (لا سيما, ستين, سيدات, سنية, names). */
const NOT_VERBS = new Set([
  'سيما',
  'ستين',
  'سيدر',
  'سيدات',
  'سنية',
  'سيدي',
  'سيلا',
  'سترة',
  'سيلين',
  'سينا',
  'سيري',
  'سيلز',
  'سنيا',
  'سنان',
  'سيون',
  'سترات',
  'سيرج',
]);

function countWords(): Map<string, number> {
  const seen = new Map<string, number>();
  for (const line of readFileSync(SOURCE, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const { title, text } = JSON.parse(line) as { title: string; text: string };
    for (const [w] of `${title} ${text}`.matchAll(/[\u0621-\u064A]+/gu)) {
      const bare = /^[وف]/u.test(w) && w.length > 3 ? w.slice(1) : w;
      seen.set(bare, (seen.get(bare) ?? 0) + 1);
    }
  }
  return seen;
}

export function futureVerbs(seen: Map<string, number>): string[] {
  return [...seen]
    .filter(([w, n]) => n >= MIN_SEEN && /^س[يتنأ]\p{L}{2}/u.test(w) && !NOT_VERBS.has(w))
    .filter(([w]) => (seen.get(w.slice(1)) ?? 0) >= MIN_SEEN)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([w]) => w);
}

function render(words: string[]): string {
  const lines: string[] = [];
  for (let i = 0; i < words.length; i += 10)
    lines.push(
      `  ${words
        .slice(i, i + 10)
        .map((w) => `'${w}'`)
        .join(', ')},`,
    );
  return `/**
 * Imperfect verbs with the future prefix سـ («سيزور», «ستنتهي», «سنواصل»), as news reports write them: a word
 * of the future for ../tense.ts. Provenance: counted on ANT v2.1 dev by scripts/count-future-verbs.ts (a form
 * seen at least ${MIN_SEEN} times whose word without سـ is also seen ${MIN_SEEN} times: «سيارة», «سنة», «ستة», «سيطرة»,
 * «سياسة», «سيدة» are not), nouns and names that pass removed by hand; ordered by count. Generated: do not edit.
 */
export const FUTURE_VERBS: readonly string[] = [
${lines.join('\n')}
];
`;
}

writeFileSync(OUT, render(futureVerbs(countWords())));
