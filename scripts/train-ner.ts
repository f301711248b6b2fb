/**
 * Trains the NER tagger (src/entities/ner) on the ANERcorp train split and writes data/ner/model.json.gz.
 * The number of epochs is chosen on a dev split carved from train (its last tenth, so that dev documents are unseen); the final model
 * is then trained on the whole train split for that many epochs. The test split is never read here.
 * Run: npm run train:ner [-- --limit <sentences>] [--max-epochs <n>] [--min-count <n>] [--out <file>]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadGazetteers } from '../src/entities/ner/gazetteers.js';
import { encodeModel, MODEL_PATH, toModelFile } from '../src/entities/ner/model.js';
import { AveragedPerceptron, type EncodedSentence } from '../src/entities/ner/perceptron.js';
import { TAGS } from '../src/entities/ner/tags.js';
import { type ConllSentence, parseConll } from '../src/io/conll.js';
import { scoreConll } from './eval/conll-score.js';
import { encodeAll, pruneRows, shuffled } from './train-ner-data.js';
import { buildLexicon } from './train-ner-lexicon.js';
import { readWojood } from './train-ner-wojood.js';

const NEWS = new URL('../../shared/data/news/ant_v2.1_dev/articles.jsonl', import.meta.url);
const WOJOOD = new URL('../../shared/data/ner/wojood_sample/train.txt', import.meta.url);
const TRAIN = new URL(
  '../../shared/data/ner/anercorp/ANERCorp_CamelLab_train.reconstructed.txt',
  import.meta.url,
);
const { values } = parseArgs({
  options: {
    limit: { type: 'string' },
    'max-epochs': { type: 'string', default: '12' },
    'min-count': { type: 'string', default: '2' },
    'no-lexicon': { type: 'boolean', default: false },
    wojood: { type: 'boolean', default: false },
    out: { type: 'string', default: MODEL_PATH },
  },
});
const maxEpochs = Number(values['max-epochs']);
const minCount = Number(values['min-count']);
const lexicon = new Map(Object.entries(values['no-lexicon'] ? {} : buildLexicon(NEWS.pathname)));

function train(sentences: ConllSentence[], epochs: number, dev: ConllSentence[] = []) {
  const gaz = loadGazetteers();
  const { encoded, index } = encodeAll(sentences, gaz, lexicon, minCount);
  const devEncoded = dev.length ? encodeAll(dev, gaz, lexicon, minCount, index).encoded : [];
  const model = new AveragedPerceptron(index.size);
  const devF1: number[] = [];
  for (let epoch = 1; epoch <= epochs; epoch++) {
    let errors = 0;
    for (const s of shuffled(encoded, epoch)) errors += model.learn(s);
    if (devEncoded.length) devF1.push(evaluate(model, devEncoded, dev));
    console.log(
      `epoch ${epoch}: ${errors} token errors${devEncoded.length ? `, dev F1 ${devF1.at(-1)?.toFixed(4)}` : ''}`,
    );
  }
  return { model, index, devF1 };
}

function evaluate(model: AveragedPerceptron, encoded: EncodedSentence[], gold: ConllSentence[]): number {
  const { weights, transitions } = model.averaged();
  const copy = new AveragedPerceptron(0);
  Object.assign(copy, { weights: Float64Array.from(weights), transitions: Float64Array.from(transitions) });
  const predicted = encoded.map((s) => Array.from(copy.predict(s), (t) => TAGS[t] as string));
  return scoreConll(
    gold.map((s) => s.tags),
    predicted,
  ).overall.f1;
}

const all = parseConll(readFileSync(TRAIN, 'utf8')).slice(0, values.limit ? Number(values.limit) : undefined);
const cut = Math.floor(all.length * 0.9);
const extra = values.wojood ? readWojood(WOJOOD.pathname) : [];
const [rest, dev] = [[...all.slice(0, cut), ...extra], all.slice(cut)];
const started = Date.now();
const { devF1 } = train(rest, maxEpochs, dev);
const epochs = devF1.indexOf(Math.max(...devF1)) + 1;
console.log(
  `best dev F1 ${Math.max(...devF1).toFixed(4)} after ${epochs} epochs; training on all ${all.length} sentences`,
);
const { model, index } = train([...all, ...extra], epochs);
const averaged = model.averaged();
const pruned = pruneRows({ index, ...averaged, lexicon }, 0.01);
const file = toModelFile(pruned, {
  data: 'ANERcorp (Benajiba & Rosso 2007), CAMeL Lab train split, reconstructed; research use',
  sentences: all.length,
  epochs,
  devF1: Number(Math.max(...devF1).toFixed(4)),
  minCount,
  lexicon: lexicon.size ? 'word statistics from ANT v2.1 dev texts (unlabeled, research use)' : 'none',
  trainedBy: 'npm run train:ner (scripts/train-ner.ts)',
});
writeFileSync(values.out, encodeModel(file));
console.log(
  `wrote ${values.out}: ${pruned.index.size} features (of ${index.size}), ${((Date.now() - started) / 1000).toFixed(0)} s`,
);
