/**
 * Trains the NER tagger (src/entities/ner) on the ANERcorp train split and writes data/ner/model.json.gz.
 * Two passes: the first over word and context features; the second learns weights of the first pass's tags
 * in the document (stack-features.ts) on top of the first pass's scores, both jackknifed (5 folds) so that
 * they are as noisy as on new text. The epochs of both passes are chosen
 * on a dev split carved from train (its last tenth, so that dev documents are unseen); the final model is
 * then trained on the whole train split with those epochs. The test split is never read here.
 * Run: npm run train:ner [-- --limit <sentences>] [--max-epochs <n>] [--min-count <n>] [--out <file>] [--dev-only] [--clusters svd|project|none] [--cluster-min-count <n>] [--cluster-branches <k,k,k>] [--cluster-dims <n>] [--ensemble <n>] [--dropout <p>] [--dim-codes <threshold>] [--directional]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { TokenView } from '../src/entities/ner/features.js';
import { loadGazetteers } from '../src/entities/ner/gazetteers.js';
import { encodeModel, MODEL_PATH, makePass, toModelFile } from '../src/entities/ner/model.js';
import { allStackIds, stackFeatureIds } from '../src/entities/ner/stack-features.js';
import { type ConllSentence, parseConll } from '../src/io/conll.js';
import { CLUSTER_DEFAULTS, clustersOf, SVD_CLUSTERS } from './train-ner-clusters.js';
import { buildIndex, encode, featurize, pruneRows } from './train-ner-data.js';
import { buildLexicon } from './train-ner-lexicon.js';
import {
  bestEpochs,
  bestOBias,
  devF1,
  ENSEMBLE,
  frozen,
  jackknife,
  O_BIASES,
  setDropout,
  setEnsemble,
  trainEnsemble,
  trainPass,
} from './train-ner-passes.js';
import { readWojood } from './train-ner-wojood.js';

const NEWS = new URL('../../shared/data/news/ant_v2.1_dev/articles.jsonl', import.meta.url);
const JAWHARA = new URL('../../shared/data/news/jawharafm/sample.jsonl', import.meta.url);
const WOJOOD = new URL('../../shared/data/ner/wojood_sample/train.txt', import.meta.url);
const TRAIN = new URL(
  '../../shared/data/ner/anercorp/ANERCorp_CamelLab_train.reconstructed.txt',
  import.meta.url,
);
const { values } = parseArgs({
  options: {
    limit: { type: 'string' },
    'max-epochs': { type: 'string', default: '10' },
    'min-count': { type: 'string', default: '2' },
    'no-lexicon': { type: 'boolean', default: false },
    clusters: { type: 'string', default: 'svd' },
    'cluster-min-count': { type: 'string' },
    'cluster-branches': { type: 'string' },
    'cluster-dims': { type: 'string' },
    ensemble: { type: 'string' },
    dropout: { type: 'string' },
    'dim-codes': { type: 'string' },
    directional: { type: 'boolean', default: false },
    wojood: { type: 'boolean', default: false },
    'dev-only': { type: 'boolean', default: false },
    out: { type: 'string', default: MODEL_PATH },
  },
});
const maxEpochs = Number(values['max-epochs']);
if (values.ensemble) setEnsemble(Number(values.ensemble));
if (values.dropout) setDropout(Number(values.dropout));
const minCount = Number(values['min-count']);
const started = Date.now();
const lexicon = new Map(Object.entries(values['no-lexicon'] ? {} : buildLexicon(NEWS.pathname)));
const svd = values.clusters === 'svd';
const clusterOptions = { ...(svd ? SVD_CLUSTERS : CLUSTER_DEFAULTS) };
if (values['cluster-min-count']) clusterOptions.minCount = Number(values['cluster-min-count']);
if (values['dim-codes']) clusterOptions.codeThreshold = Number(values['dim-codes']);
if (values.directional) clusterOptions.directional = true;
if (values['cluster-dims']) clusterOptions.dims = Number(values['cluster-dims']);
if (values['cluster-branches']) clusterOptions.branches = values['cluster-branches'].split(',').map(Number);
const unlabeled = svd ? [TRAIN, WOJOOD] : [TRAIN];
const wantClusters = values.clusters === 'svd' || values.clusters === 'project';
const clusters = new Map(
  Object.entries(wantClusters ? clustersOf([NEWS, JAWHARA], unlabeled, clusterOptions) : {}),
);
console.log(`${clusters.size} clustered words, ${((Date.now() - started) / 1000).toFixed(0)} s`);
const gaz = loadGazetteers();

/** The second pass's sentences: stack feature rows over fixed first-pass scores. */
function stacked(
  views: TokenView[][],
  first: { tags: Int32Array[]; scores: Float64Array[] },
  gold: Int32Array[],
) {
  const encoded = encode(stackFeatureIds(views, first.tags), STACK_INDEX, gold);
  return encoded.map((s, k) => ({ ...s, base: first.scores[k].map((x) => x * BASE_SCALE) }));
}

/**
 * The first pass's scores are scaled by this while the second pass learns (so that its unit perceptron
 * steps weigh against them; chosen on dev among 0.05, 0.2, 1). The saved second pass is divided by it
 * instead, which decodes the same (Viterbi is unchanged by scaling every score).
 */
const BASE_SCALE = 0.2;
const STACK_INDEX = new Map(allStackIds().map((id, row) => [id, row]));

/** Trains both passes; with dev sentences, `epochs` are maxima and the best ones on dev are returned. */
function trainPasses(sentences: ConllSentence[], epochs: [number, number], dev?: ConllSentence[]) {
  const data = featurize(sentences, gaz, lexicon, clusters);
  const index = buildIndex(data.ids, minCount);
  const first = encode(data.ids, index, data.gold);
  const devData = dev && featurize(dev, gaz, lexicon, clusters);
  const devFirst = devData && encode(devData.ids, index, devData.gold);
  const devGold = (dev ?? []).map((s) => s.tags);
  const curve1 = devFirst
    ? trainPass(first, index.size, epochs[0], { encoded: devFirst, gold: devGold }, 'pass 1').curve
    : [];
  const e1 = dev ? bestEpochs(curve1) : epochs[0];
  const m1 = trainEnsemble(first, index.size, e1);
  if (devFirst)
    console.log(
      `pass 1 (${ENSEMBLE} model(s) averaged): dev F1 ${devF1(m1, { encoded: devFirst, gold: devGold }).toFixed(4)}`,
    );
  const second = stacked(data.views, jackknife(first, index.size, e1), data.gold);
  const devTagged = devFirst && {
    tags: devFirst.map((s) => m1.predict(s)),
    scores: devFirst.map((s) => m1.emissions(s)),
  };
  const devSecond = devData &&
    devTagged && { encoded: stacked(devData.views, devTagged, devData.gold), gold: devGold };
  const pass2 = trainPass(second, STACK_INDEX.size, epochs[1], devSecond, dev ? 'pass 2' : '', 0);
  const e2 = dev ? bestEpochs(pass2.curve) : epochs[1];
  let oBias = 0;
  if (devSecond) {
    const tuned = bestOBias(
      frozen(trainPass(second, STACK_INDEX.size, e2, undefined, '', 0).model),
      devSecond,
    );
    console.log(`O bias ${O_BIASES.map((b, k) => `${b}: ${tuned.f1s[k].toFixed(4)}`).join(', ')}`);
    oBias = tuned.bias;
  }
  return { index, m1, m2: pass2.model, e1, e2, curve: pass2.curve, oBias };
}

const all = parseConll(readFileSync(TRAIN, 'utf8')).slice(0, values.limit ? Number(values.limit) : undefined);
const cut = Math.floor(all.length * 0.9);
const extra = values.wojood ? readWojood(WOJOOD.pathname) : [];
const tuned = trainPasses([...all.slice(0, cut), ...extra], [maxEpochs, maxEpochs], all.slice(cut));
const bestDev = Math.max(...tuned.curve);
console.log(
  `best dev F1 ${bestDev.toFixed(4)} (pass 1: ${tuned.e1} epochs, pass 2: ${tuned.e2}, O bias ${tuned.oBias}); training on all`,
);
if (values['dev-only']) process.exit(0);
const final = trainPasses([...all, ...extra], [tuned.e1, tuned.e2]);
const first = pruneRows(final.index, Float32Array.from(final.m1.weights), 0.01);
const second = final.m2.averaged();
const unscaled = (values: Float32Array) => values.map((w) => w / BASE_SCALE);
const passes = [
  makePass(first.ids, first.weights, Float32Array.from(final.m1.transitions)),
  makePass([...STACK_INDEX.keys()], unscaled(second.weights), unscaled(second.transitions)),
];
const file = toModelFile(
  { passes, lexicon, clusters, oBias: tuned.oBias / BASE_SCALE },
  {
    data: 'ANERcorp (Benajiba & Rosso 2007), CAMeL Lab train split, reconstructed; research use',
    sentences: all.length,
    epochs: `${tuned.e1}+${tuned.e2}`,
    ensemble: `${ENSEMBLE} first-pass model(s) averaged`,
    oBias: `${tuned.oBias} chosen on dev among ${O_BIASES.join(', ')} (training scale; stored / ${BASE_SCALE})`,
    devF1: Number(bestDev.toFixed(4)),
    minCount,
    lexicon: lexicon.size ? 'word statistics from ANT v2.1 dev texts (unlabeled, research use)' : 'none',
    clusters: !clusters.size
      ? 'none'
      : svd
        ? 'hierarchical k-means (100 × 4 × 4) of 50-dim SVD of PPMI (±2 words) over ANT v2.1 dev + Jawhara FM texts + ANERcorp train and Wojood sample tokens (unlabeled)'
        : 'k-means word clusters of ANT v2.1 dev + Jawhara FM texts + ANERcorp train tokens (unlabeled)',
    trainedBy: 'npm run train:ner (scripts/train-ner.ts)',
  },
);
writeFileSync(values.out, encodeModel(file));
const seconds = ((Date.now() - started) / 1000).toFixed(0);
console.log(`wrote ${values.out}: ${first.ids.length} features (of ${final.index.size}), ${seconds} s`);
