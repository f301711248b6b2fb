/**
 * Trains the NER tagger (src/entities/ner) on the ANERcorp train split and writes data/ner/model.json.gz.
 * Two passes: the first over word and context features; the second learns weights of the first pass's tags
 * in the document (stack-features.ts) on top of the first pass's scores, both jackknifed (5 folds) so that
 * they are as noisy as on new text. The epochs of both passes are chosen
 * on a dev split carved from train (its last tenth, so that dev documents are unseen); the final model is
 * then trained on the whole train split with those epochs. The test split is never read here.
 * Run: npm run train:ner [-- --limit <sentences>] [--max-epochs <n>] [--min-count <n>] [--out <file>] [--dev-only] [--exclude-dev] [--clusters svd|project|none] [--cluster-min-count <n>] [--cluster-branches <k,k,k>] [--cluster-dims <n>] [--ensemble <n>] [--dropout <p>] [--dim-codes <threshold>] [--directional] [--cost <c>] [--miss-cost <c>] [--pa <C>] [--dev-fold <0-9>] [--dictionary] [--news <tokens>] [--no-given-names] [--currencies] [--name-grams] [--name-grams-lists] [--name-grams-word] [--harvest] [--seed <n>] [--family-names] [--crf <rate>] [--l2 <penalty>] [--base-scale <s>]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { biasOutside } from '../src/entities/ner/bias-outside.js';
import { loadCurrencies } from '../src/entities/ner/currencies.js';
import { viterbi } from '../src/entities/ner/decode.js';
import { loadDictionary } from '../src/entities/ner/dictionary.js';
import type { TokenView } from '../src/entities/ner/features.js';
import { loadGazetteers } from '../src/entities/ner/gazetteers.js';
import { loadGivenNames } from '../src/entities/ner/given-names.js';
import { encodeModel, MODEL_PATH, makePass, nameLabels, toModelFile } from '../src/entities/ner/model.js';
import { nameLabeller } from '../src/entities/ner/name-likeness.js';
import type { NewsTypes } from '../src/entities/ner/news-types.js';
import type { AveragedPerceptron } from '../src/entities/ner/perceptron.js';
import { allStackIds, stackFeatureIds } from '../src/entities/ner/stack-features.js';
import { TAGS } from '../src/entities/ner/tags.js';
import { viewTokens } from '../src/entities/ner/view-tokens.js';
import { type ConllSentence, parseConll } from '../src/io/conll.js';
import { CLUSTER_DEFAULTS, clustersOf, SVD_CLUSTERS } from './train-ner-clusters.js';
import { buildIndex, encode, featurize, NAME_NEIGHBOURS, pruneRows } from './train-ner-data.js';
import { familyNames } from './train-ner-family.js';
import { harvestNews } from './train-ner-harvest.js';
import { buildLexicon } from './train-ner-lexicon.js';
import { gramTable, jackknifedNameGrams, listWords, typedWords } from './train-ner-name-grams.js';
import { newsTokenSentences, tagNews } from './train-ner-news.js';
import {
  bestEpochs,
  bestOBias,
  type DevSet,
  devF1,
  ENSEMBLE,
  foldOfSentence,
  frozen,
  jackknife,
  O_BIASES,
  setCrf,
  setDropout,
  setEnsemble,
  setLearn,
  setSeed,
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
    cost: { type: 'string' },
    dictionary: { type: 'boolean', default: false },
    'no-given-names': { type: 'boolean', default: false },
    currencies: { type: 'boolean', default: false },
    'name-grams': { type: 'boolean', default: false },
    harvest: { type: 'boolean', default: false },
    'name-grams-lists': { type: 'boolean', default: false },
    'name-grams-word': { type: 'boolean', default: false },
    seed: { type: 'string' },
    'family-names': { type: 'boolean', default: false },
    'miss-cost': { type: 'string' },
    pa: { type: 'string' },
    'dev-fold': { type: 'string' },
    'dump-dev': { type: 'string' },
    news: { type: 'string', default: '0' },
    crf: { type: 'string' },
    l2: { type: 'string', default: '0' },
    'base-scale': { type: 'string' },
    wojood: { type: 'boolean', default: false },
    'dev-only': { type: 'boolean', default: false },
    'exclude-dev': { type: 'boolean', default: false },
    out: { type: 'string', default: MODEL_PATH },
  },
});
const maxEpochs = Number(values['max-epochs']);
if (values.ensemble) setEnsemble(Number(values.ensemble));
if (values.dropout) setDropout(Number(values.dropout));
if (values.seed) setSeed(Number(values.seed));
if (values.crf) setCrf({ rate: Number(values.crf), l2: Number(values.l2) });
if (values.cost || values.pa || values['miss-cost'])
  setLearn({
    cost: Number(values.cost ?? 0),
    missCost: values['miss-cost'] ? Number(values['miss-cost']) : undefined,
    C: Number(values.pa ?? 0),
  });
const minCount = Number(values['min-count']);
/** `--name-grams-word`: the name-likeness labels of the word only, not of its neighbours. */
if (values['name-grams-word']) NAME_NEIGHBOURS.on = false;
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
/** Unlabeled news sentences tagged for the self-trained name lists (`--news <tokens>`; 0: none). */
const newsSentences = Number(values.news) ? newsTokenSentences(NEWS.pathname, Number(values.news)) : [];
const dictionary = values.dictionary ? loadDictionary() : new Map<string, string>();
if (values.dictionary && dictionary.size === 0) throw new Error('run scripts/train-ner-dictionary.ts first');
/** Given names as a gazetteer label (on by default: dev F1 +0.9 over three dev folds). */
const given = values['no-given-names'] ? new Set<string>() : loadGivenNames();
if (!values['no-given-names'] && given.size === 0) throw new Error('run scripts/train-ner-names.ts first');
/** Family names harvested from the news after given names (`--family-names`). */
const family = values['family-names'] ? familyNames(NEWS.pathname, given) : [];
/** Currency nouns from CLDR as the label `CURRENCY` (`--currencies`; data/ner/currencies.txt). */
const currencies = values.currencies ? loadCurrencies() : new Set<string>();
if (values.currencies && currencies.size === 0) throw new Error('run scripts/train-ner-currencies.ts first');
/** Words harvested from news after head nouns as `H-ORG`/`H-PERS`/`H-LOC` (`--harvest`). */
const harvest = values.harvest ? harvestNews([NEWS.pathname, JAWHARA.pathname]) : new Map();
const names = nameLabels(given, family, currencies, harvest);
if (harvest.size) console.log(`${harvest.size} words harvested after head nouns`);
if (family.length) console.log(`${family.length} family names harvested from news`);

/** The second pass's sentences: stack feature rows over fixed first-pass scores. */
function stacked(
  views: TokenView[][],
  first: { tags: Int32Array[]; scores: Float64Array[] },
  gold: Int32Array[],
  news?: NewsTypes | ((s: number) => NewsTypes),
) {
  const encoded = encode(stackFeatureIds(views, first.tags, undefined, news), STACK_INDEX, gold);
  return encoded.map((s, k) => ({ ...s, base: first.scores[k].map((x) => x * BASE_SCALE) }));
}

/**
 * The first pass's scores are scaled by this while the second pass learns (so that its unit perceptron
 * steps weigh against them; chosen on dev among 0.05, 0.2, 1). The saved second pass is divided by it
 * instead, which decodes the same (Viterbi is unchanged by scaling every score).
 */
const BASE_SCALE = values['base-scale'] ? Number(values['base-scale']) : 0.2;
const STACK_INDEX = new Map(allStackIds().map((id, row) => [id, row]));

/** Trains both passes; with dev sentences, `epochs` are maxima and the best ones on dev are returned. */
function trainPasses(sentences: ConllSentence[], epochs: [number, number], dev?: ConllSentence[]) {
  const grams = nameGramsOf(sentences);
  const data = featurize(sentences, gaz, lexicon, clusters, dictionary, names, grams?.forSentence);
  const index = buildIndex(data.ids, minCount);
  const first = encode(data.ids, index, data.gold);
  const devData =
    dev && featurize(dev, gaz, lexicon, clusters, dictionary, names, grams && (() => grams.all));
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
  const folds = jackknife(first, index.size, e1);
  const tables = newsSentences.length
    ? tagNews([...folds.models, m1], newsSentences, index, { gaz, lexicon, clusters, dictionary, names })
    : [];
  const news = tables.at(-1);
  if (news)
    console.log(`news types: ${news.size} word forms, ${((Date.now() - started) / 1000).toFixed(0)} s`);
  const foldNews = (s: number) => tables[foldOfSentence(s, first.length)];
  const second = stacked(data.views, folds, data.gold, news && foldNews);
  const devTagged = devFirst && {
    tags: devFirst.map((s) => m1.predict(s)),
    scores: devFirst.map((s) => m1.emissions(s)),
  };
  const devSecond = devData &&
    devTagged && { encoded: stacked(devData.views, devTagged, devData.gold, news), gold: devGold };
  const pass2 = trainPass(second, STACK_INDEX.size, epochs[1], devSecond, dev ? 'pass 2' : '', 0);
  const e2 = dev ? bestEpochs(pass2.curve) : epochs[1];
  let oBias = 0;
  if (devSecond) {
    const model = frozen(trainPass(second, STACK_INDEX.size, e2, undefined, '', 0).model);
    const tuned = bestOBias(model, devSecond);
    console.log(`O bias ${O_BIASES.map((b, k) => `${b}: ${tuned.f1s[k].toFixed(4)}`).join(', ')}`);
    oBias = tuned.bias;
    if (values['dump-dev'] && dev) writeFileSync(values['dump-dev'], dumpDev(model, devSecond, dev, oBias));
  }
  return { index, m1, m2: pass2.model, e1, e2, curve: pass2.curve, oBias, news, nameGrams: grams?.table };
}

/** The jackknifed name-likeness gram tables of the training sentences (`--name-grams`), else undefined. */
function nameGramsOf(sentences: ConllSentence[]) {
  if (values['name-grams-lists']) {
    const table = gramTable([listWords(gaz, given, lexicon)]);
    const all = nameLabeller(table);
    return { forSentence: () => all, table, all };
  }
  if (!values['name-grams']) return undefined;
  const norms = sentences.map((s) =>
    viewTokens(s.tokens, gaz, lexicon, clusters, dictionary, names).map((v) => v.norm),
  );
  return jackknifedNameGrams(
    typedWords(
      norms,
      sentences.map((s) => s.tags),
    ),
  );
}

/** Dev tokens with gold and predicted tags (CoNLL-like, for error analysis; `--dump-dev <file>`). */
function dumpDev(model: AveragedPerceptron, dev: DevSet, sentences: ConllSentence[], oBias: number): string {
  return dev.encoded
    .map((s, k) => {
      const tags = viterbi(biasOutside(model.emissions(s), oBias), model.transitions, s.gold.length);
      return sentences[k].tokens.map((w, i) => `${w}\t${sentences[k].tags[i]}\t${TAGS[tags[i]]}`).join('\n');
    })
    .join('\n\n');
}

const all = parseConll(readFileSync(TRAIN, 'utf8')).slice(0, values.limit ? Number(values.limit) : undefined);
/** Dev is a tenth of train (`--dev-fold`, 0–9; the last, 9, by default and for the shipped settings). */
const fold = Number(values['dev-fold'] ?? 9);
const [from, to] = [Math.floor((all.length * fold) / 10), Math.floor((all.length * (fold + 1)) / 10)];
const extra = values.wojood ? readWojood(WOJOOD.pathname) : [];
const rest = [...all.slice(0, from), ...all.slice(to)];
const tuned = trainPasses([...rest, ...extra], [maxEpochs, maxEpochs], all.slice(from, to));
const bestDev = Math.max(...tuned.curve);
console.log(
  `best dev F1 ${bestDev.toFixed(4)} (pass 1: ${tuned.e1} epochs, pass 2: ${tuned.e2}, O bias ${tuned.oBias}); training on all`,
);
/** `--exclude-dev`: the written model is trained without the dev tenth (to study later steps on dev). */
const excludeDev = values['exclude-dev'];
if (values['dev-only'] || (fold !== 9 && !excludeDev)) process.exit(0);
const final = trainPasses([...(excludeDev ? rest : all), ...extra], [tuned.e1, tuned.e2]);
const first = pruneRows(final.index, Float32Array.from(final.m1.weights), 0.01);
const second = final.m2.averaged();
const unscaled = (values: Float32Array) => values.map((w) => w / BASE_SCALE);
const passes = [
  makePass(first.ids, first.weights, Float32Array.from(final.m1.transitions)),
  makePass([...STACK_INDEX.keys()], unscaled(second.weights), unscaled(second.transitions)),
];
const file = toModelFile(
  {
    passes,
    lexicon,
    clusters,
    oBias: tuned.oBias / BASE_SCALE,
    dictionary,
    news: final.news,
    names,
    nameGrams: final.nameGrams,
  },
  {
    data: 'ANERcorp (Benajiba & Rosso 2007), CAMeL Lab train split, reconstructed; research use',
    sentences: excludeDev ? rest.length : all.length,
    ...(excludeDev ? { excluded: `dev fold ${fold} (sentences ${from}–${to - 1}), --exclude-dev` } : {}),
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
    familyNames: family.length
      ? `${family.length} harvested from ANT v2.1 dev texts after given names`
      : 'none',
    givenNames: given.size
      ? `${given.size} given names (data/ner/given-names.txt, from npm arabic-name-to-en, ISC)`
      : 'none',
    currencies: currencies.size
      ? `${currencies.size / 2} currency nouns (data/ner/currencies.txt, from npm cldr-numbers-full, Unicode licence)`
      : 'none',
    nameGrams: final.nameGrams
      ? `character 2–4-gram log ratios of ${final.nameGrams.grams.size} grams (entity types against O, ${values['name-grams-lists'] ? 'given names and gazetteer words against frequent news words' : 'ANERcorp train words'})`
      : 'none',
    harvest: harvest.size
      ? `${harvest.size} words after head nouns in ANT v2.1 dev + Jawhara FM texts (scripts/train-ner-harvest.ts)`
      : 'none',
    dictionary: dictionary.size ? 'Ayaspell word classes (data/ner/ayaspell.tsv.gz, hunspell-ar)' : 'none',
    news: final.news?.size
      ? `first-pass type counts of ${final.news.size} word forms over ANT v2.1 dev texts`
      : 'none',
    trainedBy: 'npm run train:ner (scripts/train-ner.ts)',
  },
);
writeFileSync(values.out, encodeModel(file));
const seconds = ((Date.now() - started) / 1000).toFixed(0);
console.log(`wrote ${values.out}: ${first.ids.length} features (of ${final.index.size}), ${seconds} s`);
