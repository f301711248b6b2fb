/**
 * Self-trained name lists from unlabeled news: how often the first pass tagged a word form as each entity
 * type over a news collection (scripts/train-ner-news.ts tags ANT v2.1 dev texts at training time; the
 * table ships in the model file as `news`). A name the tagger finds in clear contexts across the news is
 * then recognized where its context is weak. The second pass reads the share of each type as features.
 */
import { featureId } from './hash.js';

/** Word form → `pers,org,loc,misc/total` counts of the first pass's tags over the news. */
export type NewsTypes = Map<string, string>;

const TYPES = ['PERS', 'ORG', 'LOC', 'MISC'];
/** Share buckets of a type among the word's occurrences: < 0.1, < 0.3, < 0.6, ≥ 0.6. */
const SHARE_EDGES = [0.1, 0.3, 0.6];
/** Frequency buckets of the word in the news: < 4, < 16, ≥ 16 occurrences. */
const COUNT_EDGES = [4, 16];

const bucketOf = (x: number, edges: number[]) => edges.filter((e) => x >= e).length;

/** Every id the news features can take. */
export function allNewsIds(): number[] {
  const ids: number[] = [];
  for (const type of TYPES) {
    for (let s = 0; s <= SHARE_EDGES.length; s++) {
      ids.push(featureId('nt', type, String(s)));
      for (let c = 0; c <= COUNT_EDGES.length; c++) ids.push(featureId('ntc', type, String(s), String(c)));
    }
  }
  return ids;
}

/** The entry of a word's counts as stored: `p,o,l,m/total`. */
export function newsEntry(counts: ArrayLike<number>, total: number): string {
  return `${Array.from(counts).join(',')}/${total}`;
}

const idsOfEntry = new Map<string, number[]>();

/** News feature ids of a word form (its entry, else its form without the article), appended to `out`. */
export function newsFeatureIds(news: NewsTypes, forms: string[], out: number[]): void {
  let entry: string | undefined;
  for (const form of forms) if (entry === undefined) entry = news.get(form);
  if (!entry) return;
  let ids = idsOfEntry.get(entry);
  if (!ids) {
    ids = entryIds(entry);
    if (idsOfEntry.size > 50_000) idsOfEntry.clear();
    idsOfEntry.set(entry, ids);
  }
  for (const id of ids) out.push(id);
}

function entryIds(entry: string): number[] {
  const out: number[] = [];
  const [list, totalText] = entry.split('/');
  const total = Number(totalText);
  const c = String(bucketOf(total, COUNT_EDGES));
  list.split(',').forEach((n, t) => {
    if (n === '0') return;
    const s = String(bucketOf(Number(n) / total, SHARE_EDGES));
    out.push(featureId('nt', TYPES[t], s), featureId('ntc', TYPES[t], s, c));
  });
  return out;
}
