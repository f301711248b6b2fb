/**
 * Counts the fires of the other-sense rules (src/events/is-other-sense.ts) on ANT v2.1 dev (../shared, never
 * copied): every trigger word or phrase of every article (title and text, segmented as the pipeline does) that a
 * rule drops, with its sentence. `npx tsx scripts/count-other-senses.ts [rule] [--sample N --seed S]` prints the
 * count per rule, then the fires (all, or N drawn with the seed) to judge by hand.
 */
import { readFileSync } from 'node:fs';
import { otherSenseOf } from '../src/events/is-other-sense.js';
import { TRIGGER_PHRASES } from '../src/events/lexicon.js';
import { wordType } from '../src/events/match-trigger-word.js';
import { splitSentences } from '../src/text/sentences.js';
import { tokenize } from '../src/text/tokenize.js';
import type { Token } from '../src/types.js';
import { sharedPath } from '../test/helpers/shared.js';
import { seededRandom } from './train-ner-kmeans.js';

const SOURCE = sharedPath('data/news/ant_v2.1_dev/articles.jsonl');
const args = process.argv.slice(2);
const flag = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : undefined;
};
const only = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));

interface Fire {
  rule: string;
  id: string;
  category: string;
  type: string;
  line: string;
}

/** A phrase of the lexicon at token i, as find-triggers reads it (stem or norm of each word). */
function phraseAt(tokens: Token[], i: number): { type: string; last: number } | null {
  for (const { type, stems } of TRIGGER_PHRASES) {
    const last = i + stems.length - 1;
    if (last >= tokens.length || tokens[last].sentence !== tokens[i].sentence) continue;
    if (stems.every((s, k) => tokens[i + k].stem === s || tokens[i + k].norm === s)) return { type, last };
  }
  return null;
}

function firesOf(id: string, category: string, text: string): Fire[] {
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens);
  const out: Fire[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const phrase = phraseAt(tokens, i);
    const type = phrase?.type ?? wordType(tokens[i]);
    if (!type || type === 'none') continue;
    const hit = { type, first: i, last: phrase?.last ?? i };
    const rule = otherSenseOf(tokens, hit);
    if (rule && (!only || rule === only)) {
      const s = sentences[tokens[i].sentence];
      const at = tokens[i].start;
      const line = `${text.slice(Math.max(s.start, at - 90), at)}【${text.slice(at, tokens[hit.last].end)}】${text.slice(tokens[hit.last].end, Math.min(s.end, tokens[hit.last].end + 90))}`;
      out.push({ rule, id, category, type, line: line.replace(/\s+/gu, ' ') });
    }
    i = hit.last;
  }
  return out;
}

const fires: Fire[] = [];
let articles = 0;
for (const line of readFileSync(SOURCE, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const a = JSON.parse(line) as { id: string; category: string; title: string; text: string };
  articles++;
  fires.push(...firesOf(String(a.id), a.category, `${a.title}\n${a.text}`));
}
const byRule = new Map<string, number>();
for (const f of fires) byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
console.log(`${articles} articles, ${fires.length} fires`);
for (const [rule, n] of [...byRule].sort((a, b) => b[1] - a[1])) console.log(`${rule}\t${n}`);
const sample = flag('--sample');
let shown = fires;
if (sample !== undefined) {
  const next = seededRandom(flag('--seed') ?? 1);
  shown = fires
    .map((f) => ({ f, r: next() }))
    .sort((a, b) => a.r - b.r)
    .slice(0, sample)
    .map(({ f }) => f);
}
for (const [k, f] of shown.entries())
  console.log(`${k + 1}\t${f.rule}\t${f.type}\t${f.category}\t${f.id}\t${f.line}`);
