/**
 * Name lists harvested from unlabeled news (`--harvest` of scripts/train-ner.ts): the words after
 * high-precision head nouns — صحيفة/جريدة/وكالة/قناة X, نادي/فريق/منتخب X, شركة/مجموعة X, حزب/حركة X (ORG),
 * الرئيس/الوزير/السيد/الشيخ X Y (PERS), مدينة/بلدة/ولاية/محافظة X (LOC) — in the ANT v2.1 dev and Jawhara FM
 * texts (plain text, no labels; never ANERcorp), kept when seen at least `minCount` times after heads of one
 * type, mostly after that type's heads, and often enough after a head at all (a common word such as
 * السابق follows الرئيس often but appears far more often elsewhere). The view labels such a word `H-ORG`,
 * `H-PERS` or `H-LOC` (also when it appears without a head); the list ships in the model file (`harvest`).
 */
import type { GazLabel } from '../src/entities/ner/gazetteers.js';
import { procliticReadings } from '../src/entities/ner/proclitics.js';
import { normalizeForMatch } from '../src/text/normalize.js';
import { newsSentences, readNewsTexts } from './train-ner-lexicon.js';

type HarvestLabel = Extract<GazLabel, 'H-ORG' | 'H-PERS' | 'H-LOC'>;

const HEAD_WORDS: Record<HarvestLabel, string[]> = {
  'H-ORG': [...['صحيفة', 'جريدة', 'وكالة', 'قناة', 'نادي', 'فريق', 'منتخب', 'شركة', 'مجموعة', 'حزب', 'حركة']],
  'H-PERS': ['الرئيس', 'الوزير', 'السيد', 'الشيخ'],
  'H-LOC': ['مدينة', 'بلدة', 'ولاية', 'محافظة'],
};
/**
 * Normalized head word → its label. Heads of organizations and places only without the article (نادي X,
 * not النادي X, which is mostly followed by an adjective).
 */
export const HEADS = new Map<string, HarvestLabel>(
  Object.entries(HEAD_WORDS).flatMap(([label, words]) =>
    words.map((w): [string, HarvestLabel] => [normalizeForMatch(w), label as HarvestLabel]),
  ),
);

export interface HarvestOptions {
  minCount: number;
  /** Least share of the word's head occurrences that are after heads of its label. */
  purity: number;
  /** Least share of all the word's occurrences that are after a head of its label. */
  share: number;
}

export const HARVEST_DEFAULTS: HarvestOptions = { minCount: 3, purity: 0.8, share: 0.2 };

/** The head label of a word, as written or behind proclitics (لصحيفة، والرئيس). */
export function headOf(word: string): HarvestLabel | undefined {
  return (
    HEADS.get(word) ??
    procliticReadings(word)
      .map((r) => HEADS.get(r.rest))
      .find(Boolean)
  );
}

const isNameWord = (w: string) => w.length >= 3 && /^\p{Script=Arabic}+$/u.test(w) && !headOf(w);
/** After a title, a word with the article is mostly an adjective (الرئيس الأمريكي), not a name. */
const isPersonWord = (w: string) => isNameWord(w) && !w.startsWith('ال');

/** Word → harvested label over normalized sentences. */
export function harvestNames(sentences: string[][], options = HARVEST_DEFAULTS): Map<string, GazLabel> {
  const total = new Map<string, number>();
  const after = new Map<string, Map<HarvestLabel, number>>();
  const count = (w: string, label: HarvestLabel) => {
    const row = after.get(w) ?? new Map<HarvestLabel, number>();
    row.set(label, (row.get(label) ?? 0) + 1);
    after.set(w, row);
  };
  for (const words of sentences)
    words.forEach((w, i) => {
      total.set(w, (total.get(w) ?? 0) + 1);
      const label = i > 0 ? headOf(words[i - 1]) : undefined;
      if (!label || !(label === 'H-PERS' ? isPersonWord : isNameWord)(w)) return;
      count(w, label);
      const next = words[i + 1];
      if (label === 'H-PERS' && next && isPersonWord(next)) count(next, label);
    });
  const out = new Map<string, GazLabel>();
  for (const [w, row] of [...after].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const [label, n] = [...row].sort((a, b) => b[1] - a[1])[0];
    const heads = [...row.values()].reduce((a, b) => a + b);
    if (n >= options.minCount && n >= options.purity * heads && n >= options.share * (total.get(w) ?? n))
      out.set(w, label);
  }
  return out;
}

/** The harvested names of news jsonl files (title and text of each record). */
export function harvestNews(paths: string[], options = HARVEST_DEFAULTS): Map<string, GazLabel> {
  return harvestNames(
    paths.flatMap((p) => newsSentences(readNewsTexts(p))),
    options,
  );
}
