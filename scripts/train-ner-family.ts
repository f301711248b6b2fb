/**
 * Family names harvested from unlabeled news (`--family-names` of scripts/train-ner.ts): a word that mostly
 * follows a given name (data/ner/given-names.txt) in the ANT v2.1 dev texts, and is not one itself, is taken
 * for a family name («… بشار X»). The list ships in the model file (`family`); the view labels its words
 * `FAMILY` as it labels given names `GIVEN`.
 */
import { procliticReadings } from '../src/entities/ner/proclitics.js';
import { newsSentences, readNewsTexts } from './train-ner-lexicon.js';

const MAX_ARTICLE_SHARE = 0.2;

export function familyNames(jsonlPath: string, given: Set<string>, minCount = 3, minShare = 0.5): string[] {
  const sentences = newsSentences(readNewsTexts(jsonlPath));
  const total = new Map<string, number>();
  for (const words of sentences) for (const w of words) total.set(w, (total.get(w) ?? 0) + 1);
  // A given name that is also a common noun (جمال، نور، أمل) takes the article often: not an anchor.
  const anchors = new Set(
    [...given].filter((g) => (total.get(`ال${g}`) ?? 0) <= MAX_ARTICLE_SHARE * (total.get(g) ?? 0)),
  );
  const isAnchor = (w: string) => anchors.has(w) || procliticReadings(w).some((r) => anchors.has(r.rest));
  const isGiven = (w: string) => given.has(w) || procliticReadings(w).some((r) => given.has(r.rest));
  const after = new Map<string, number>();
  for (const words of sentences) {
    words.forEach((w, i) => {
      if (i > 0 && isAnchor(words[i - 1]) && !isGiven(w)) after.set(w, (after.get(w) ?? 0) + 1);
    });
  }
  const out: string[] = [];
  for (const [w, n] of after)
    if (n >= minCount && w.length >= 3 && n / (total.get(w) ?? n) >= minShare) out.push(w);
  return out.sort();
}
