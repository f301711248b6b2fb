/**
 * Chooses the per-type decode bias (`typeBias`, src/entities/ner/bias-outside.ts) on three dev folds of the
 * ANERcorp train split, each tagged by a model trained without it (`npm run train:ner -- --exclude-dev
 * --dev-fold <k> --out <file>`). The last pass's scores are computed once per fold; then a coordinate
 * search over a coarse grid (the same values on every fold) keeps the change of one type's bias that
 * raises the mean micro-F1 of the folds most, until none does. Every fold decodes with the same `O` bias
 * (`--o-bias`, default the shipped model's), not its own model's. The test split is never read.
 * Run: npx tsx scripts/train-ner-type-bias.ts --models <f9>,<f2>,<f5> [--folds 9,2,5] [--o-bias <b>] [--post]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { TypeBias } from '../src/entities/ner/bias-outside.js';
import { loadModel } from '../src/entities/ner/model.js';
import { decodeScores, type LastPassScores, lastPassScores } from '../src/entities/ner/tag-sentence.js';
import { applyPostPasses, DEFAULT_POST } from '../src/entities/ner-post/index.js';
import { parseConll } from '../src/io/conll.js';
import { scoreConll } from './eval/conll-score.js';

const TRAIN = new URL(
  '../../shared/data/ner/anercorp/ANERCorp_CamelLab_train.reconstructed.txt',
  import.meta.url,
);
/** Candidate biases per type (weight units of the stored model; the shipped `O` bias is 30). */
const GRID = [-30, -20, -10, 0, 10, 20, 30, 45];
const TYPES = ['PERS', 'ORG', 'LOC', 'MISC'];
const { values } = parseArgs({
  options: {
    models: { type: 'string' },
    folds: { type: 'string', default: '9,2,5' },
    'o-bias': { type: 'string' },
    post: { type: 'boolean', default: false },
  },
});
if (!values.models) throw new Error('--models <f9>,<f2>,<f5> (models trained with --exclude-dev)');
const all = parseConll(readFileSync(TRAIN, 'utf8'));
const folds = values.folds.split(',').map(Number);
const oBias = values['o-bias'] ? Number(values['o-bias']) : loadModel().oBias;
const devs = values.models.split(',').map((path, k) => {
  const fold = folds[k];
  const dev = all.slice(Math.floor((all.length * fold) / 10), Math.floor((all.length * (fold + 1)) / 10));
  const words = dev.map((s) => s.tokens);
  const last: LastPassScores = lastPassScores(words, loadModel(path));
  return { fold, words, gold: dev.map((s) => s.tags), last, own: loadModel(path).oBias };
});

type Dev = (typeof devs)[number];
function f1(dev: Dev, o: number, bias: TypeBias, post = false): number {
  const tagged = decodeScores(dev.last, o, bias);
  const predicted = post ? applyPostPasses(dev.words, tagged, DEFAULT_POST) : tagged;
  return scoreConll(dev.gold, predicted).overall.f1;
}
const meanF1 = (bias: TypeBias, post = false, on: Dev[] = devs) =>
  on.reduce((sum, dev) => sum + f1(dev, oBias, bias, post), 0) / on.length;
const show = (bias: TypeBias, post = false) =>
  `${devs.map((d) => (100 * f1(d, oBias, bias, post)).toFixed(1)).join(' / ')} mean ${(100 * meanF1(bias, post)).toFixed(2)}`;

/** Coordinate search on the folds `on`: the best single-type move per round, while one raises the mean. */
function search(on: Dev[], log = false): Record<string, number> {
  const bias: Record<string, number> = Object.fromEntries(TYPES.map((t) => [t, 0]));
  let best = meanF1(bias, false, on);
  for (let round = 1; round <= 4; round++) {
    let move: [string, number, number] | undefined;
    for (const type of TYPES)
      for (const value of GRID) {
        if (value === bias[type]) continue;
        const score = meanF1({ ...bias, [type]: value }, false, on);
        if (score > best + 1e-4 && (!move || score > move[2])) move = [type, value, score];
      }
    if (!move) break;
    [bias[move[0]], best] = [move[1], move[2]];
    if (log) console.log(`round ${round}: ${move[0]} ${move[1]} → ${show(bias)}`);
  }
  return bias;
}

console.log(`own O biases ${devs.map((d) => `${d.fold}: ${d.own}`).join(', ')}; common O bias ${oBias}`);
const own = devs.map((d) => (100 * f1(d, d.own, {})).toFixed(1));
console.log(`tagger, each fold's own O bias: ${own.join(' / ')}`);
console.log(`tagger, O bias ${oBias}: ${show({})}`);
const bias = search(devs, true);
console.log(`chosen ${JSON.stringify(bias)}`);
for (const type of TYPES)
  console.log(
    `  ${type}: ${GRID.map((v) => `${v} ${(100 * meanF1({ ...bias, [type]: v })).toFixed(2)}`).join(', ')}`,
  );
/** Does the choice carry over? Chosen on the other folds, scored on the one left out. */
for (const out of devs) {
  const chosen = search(devs.filter((d) => d !== out));
  const [before, after] = [f1(out, oBias, {}), f1(out, oBias, chosen)];
  console.log(
    `fold ${out.fold} left out: ${JSON.stringify(chosen)} ${(100 * before).toFixed(1)} → ${(100 * after).toFixed(1)}`,
  );
}
if (values.post) {
  console.log(`with post-passes (${DEFAULT_POST.join(',')}), O bias ${oBias}: before ${show({}, true)}`);
  console.log(`  after ${show(bias, true)}`);
  const ownPost = devs.map((d) => (100 * f1(d, d.own, {}, true)).toFixed(1));
  console.log(`  each fold's own O bias, no type bias: ${ownPost.join(' / ')}`);
}
