/**
 * Evaluator 'ner': CoNLL exact-span micro-F1 (conlleval-style, ./conll-score.ts) of `masar ner` on the
 * ANERcorp test split, overall and per type, beside the baseline of the issue: each token's most frequent
 * tag in the train split (unknown tokens O). The tagger runs in-process through
 * tagConllSentences (the file as one document, the default post-passes of src/entities/ner-post), as the CLI does.
 */
import { existsSync, readFileSync } from 'node:fs';
import { tagConllSentences } from '../../src/entities/tag-tokens.js';
import { type ConllSentence, parseConll } from '../../src/io/conll.js';
import { sharedPath } from '../../test/helpers/shared.js';
import { type Prf, scoreConll } from './conll-score.js';
import type { EvalSection, Evaluator } from './section.js';

const DIR = sharedPath('data', 'ner', 'anercorp');
const TRAIN = `${DIR}/ANERCorp_CamelLab_train.reconstructed.txt`;
const TEST = `${DIR}/ANERCorp_CamelLab_test.reconstructed.txt`;

/** The baseline: every token gets its most frequent training tag. */
export function mostFrequentTagger(train: ConllSentence[]): (words: string[]) => string[] {
  const counts = new Map<string, Map<string, number>>();
  for (const s of train) {
    s.tokens.forEach((w, i) => {
      const byTag = counts.get(w) ?? (counts.set(w, new Map()).get(w) as Map<string, number>);
      byTag.set(s.tags[i], (byTag.get(s.tags[i]) ?? 0) + 1);
    });
  }
  const best = new Map([...counts].map(([w, byTag]) => [w, [...byTag].sort((a, b) => b[1] - a[1])[0][0]]));
  return (words) => words.map((w) => best.get(w) ?? 'O');
}

const pct = (x: number) => (100 * x).toFixed(1);
const row = (name: string, p: Prf) =>
  `| ${name} | ${pct(p.precision)} | ${pct(p.recall)} | ${pct(p.f1)} | ${p.tp + p.fn} |`;

export const nerEvaluator: Evaluator = {
  name: 'ner',
  async run(): Promise<EvalSection | null> {
    if (!existsSync(TEST) || !existsSync(TRAIN)) return null;
    const test = parseConll(readFileSync(TEST, 'utf8'));
    const gold = test.map((s) => s.tags);
    const model = scoreConll(gold, tagConllSentences(test.map((s) => s.tokens)));
    const baselineTagger = mostFrequentTagger(parseConll(readFileSync(TRAIN, 'utf8')));
    const baseline = scoreConll(
      gold,
      test.map((s) => baselineTagger(s.tokens)),
    );
    const types = Object.keys(model.byType).sort();
    const markdown = [
      `ANERcorp test split (CAMeL Lab, ${test.length} sentences), CoNLL exact-span scores in %.`,
      '',
      '| type | precision | recall | F1 | gold chunks |',
      '|---|---|---|---|---|',
      ...types.map((t) => row(t, model.byType[t])),
      row('**all (micro)**', model.overall),
      row('baseline: most frequent train tag', baseline.overall),
    ].join('\n');
    const figures: Record<string, number> = { f1: model.overall.f1, baselineF1: baseline.overall.f1 };
    for (const t of types) figures[`f1${t}`] = model.byType[t].f1;
    return { title: 'Named entities (ANERcorp)', command: 'npm run eval -- ner', markdown, figures };
  },
};
