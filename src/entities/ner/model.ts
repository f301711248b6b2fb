/**
 * The tagger's model: two passes, each with feature ids (32-bit hashes, see hash.ts), a weight row per
 * feature (one weight per tag) and a tag transition table. The first pass reads the word and context
 * features; the second adds to the first pass's scores the weights of its stack features (the first pass's
 * tags in the document, see stack-features.ts) and decodes with its own transitions. Stored as gzipped JSON (data/ner/model.json.gz) with weights quantized to
 * integers over `scale`. Loaded lazily, once per process.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { MasarError } from '../../errors/catalogue.js';
import { loadCurrencies } from './currencies.js';
import { type Dictionary, loadDictionary } from './dictionary.js';
import { FeatureTable } from './feature-table.js';
import type { GazLabel } from './gazetteers.js';
import { loadGivenNames } from './given-names.js';
import { type NameGrams, nameGramsFromFile, nameGramsToFile } from './name-likeness.js';
import { TAG_COUNT, TAGS } from './tags.js';
import type { Names } from './view-tokens.js';

export interface NerPass {
  ids: Uint32Array;
  table: FeatureTable;
  /** features × TAG_COUNT, row-major (row = position of the feature id in `ids`). */
  weights: Float32Array;
  /** (TAG_COUNT + 1) × TAG_COUNT: row `prev` (TAG_COUNT for the start), column `cur`. */
  transitions: Float32Array;
}

export interface NerModel {
  passes: NerPass[];
  /** Unlabeled-news word statistics used as features (see view-tokens.ts). */
  lexicon: Map<string, string[]>;
  /** Word clusters from unlabeled text used as features. */
  clusters: Map<string, string>;
  /** Subtracted from the `O` score of the last pass before decoding (bias-outside.ts); 0 when absent. */
  oBias: number;
  /** Per entity type, added to its `B-`/`I-` scores of the last pass (bias-outside.ts); absent: none. */
  typeBias?: Record<string, number>;
  /** The common-word dictionary (dictionary.ts) when the model was trained with it, else empty. */
  dictionary?: Dictionary;
  /** Entity type counts of word forms over unlabeled news (news-types.ts); empty or absent when not used. */
  news?: Map<string, string>;
  /** Given names (given-names.ts) and harvested family names, when the model was trained with them. */
  names?: Names;
  /** The name-likeness gram table (name-likeness.ts) when the model was trained with it. */
  nameGrams?: NameGrams;
}

export interface ModelFile {
  version: 2;
  tags: string[];
  scale: number;
  passes: { features: number[]; weights: number[]; transitions: number[] }[];
  lexicon: Record<string, string[]>;
  clusters: Record<string, string>;
  /** Decode-time bias against `O` (in weight units, not quantized); optional, 0 when absent. */
  oBias?: number;
  /** Decode-time bias per entity type, added to its `B-`/`I-` scores (weight units); optional, none when absent. */
  typeBias?: Record<string, number>;
  /** Whether the model reads the common-word dictionary (data/ner/ayaspell.tsv.gz); false when absent. */
  dictionary?: boolean;
  /** Whether the model reads the given-name list (data/ner/given-names.txt); false when absent. */
  givenNames?: boolean;
  /** Whether the model reads the currency nouns (data/ner/currencies.txt); false when absent. */
  currencies?: boolean;
  /** Family names harvested from news (scripts/train-ner-family.ts); optional. */
  family?: string[];
  /** Words harvested from news after head nouns → `H-ORG`/`H-PERS`/`H-LOC` (train-ner-harvest.ts); optional. */
  harvest?: Record<string, string>;
  /** Word form → first-pass type counts over news (news-types.ts); optional. */
  news?: Record<string, string>;
  /** The name-likeness gram table (name-likeness.ts); optional, absent when not used. */
  nameGrams?: ReturnType<typeof nameGramsToFile>;
  provenance: Record<string, string | number>;
}

export const MODEL_PATH = fileURLToPath(new URL('../../../data/ner/model.json.gz', import.meta.url));

export function makePass(ids: ArrayLike<number>, weights: Float32Array, transitions: Float32Array): NerPass {
  const own = Uint32Array.from(ids);
  return { ids: own, table: new FeatureTable(own), weights, transitions };
}

export function toModelFile(model: NerModel, provenance: ModelFile['provenance'], scale = 100): ModelFile {
  const quantize = (values: Float32Array) => Array.from(values, (w) => Math.round(w * scale));
  return {
    version: 2,
    tags: [...TAGS],
    scale,
    passes: model.passes.map((p) => ({
      features: Array.from(p.ids),
      weights: quantize(p.weights),
      transitions: quantize(p.transitions),
    })),
    lexicon: Object.fromEntries(model.lexicon),
    clusters: Object.fromEntries(model.clusters),
    oBias: model.oBias,
    ...(model.typeBias ? { typeBias: model.typeBias } : {}),
    dictionary: (model.dictionary?.size ?? 0) > 0,
    givenNames: [...(model.names?.values() ?? [])].includes('GIVEN'),
    ...([...(model.names?.values() ?? [])].includes('CURRENCY') ? { currencies: true } : {}),
    family: [...(model.names ?? [])].filter(([, label]) => label === 'FAMILY').map(([word]) => word),
    ...(harvestedOf(model.names).length ? { harvest: Object.fromEntries(harvestedOf(model.names)) } : {}),
    news: Object.fromEntries(model.news ?? []),
    ...(model.nameGrams ? { nameGrams: nameGramsToFile(model.nameGrams) } : {}),
    provenance,
  };
}

export function fromModelFile(file: ModelFile): NerModel {
  const shaped = file.passes?.every((p) => p.weights.length === p.features.length * TAG_COUNT);
  if (file.version !== 2 || file.tags.join() !== TAGS.join() || !shaped)
    throw new MasarError('MODEL_MISSING', 'NER model format or tag set differs (run npm run train:ner).');
  const unscale = (values: number[]) => Float32Array.from(values, (w) => w / file.scale);
  const passes = file.passes.map((p) => makePass(p.features, unscale(p.weights), unscale(p.transitions)));
  const lexicon = new Map(Object.entries(file.lexicon ?? {}));
  const clusters = new Map(Object.entries(file.clusters ?? {}));
  const dictionary = file.dictionary ? loadDictionary() : new Map<string, string>();
  if (file.dictionary && dictionary.size === 0)
    throw new MasarError(
      'MODEL_MISSING',
      'NER model needs data/ner/ayaspell.tsv.gz (see data/ner/README.md).',
    );
  const news = new Map(Object.entries(file.news ?? {}));
  const given = file.givenNames ? loadGivenNames() : new Set<string>();
  if (file.givenNames && given.size === 0)
    throw new MasarError(
      'MODEL_MISSING',
      'NER model needs data/ner/given-names.txt (see data/ner/README.md).',
    );
  const currencies = file.currencies ? loadCurrencies() : new Set<string>();
  if (file.currencies && currencies.size === 0)
    throw new MasarError(
      'MODEL_MISSING',
      'NER model needs data/ner/currencies.txt (see data/ner/README.md).',
    );
  const harvest = Object.entries(file.harvest ?? {}) as [string, GazLabel][];
  const names = nameLabels(given, file.family ?? [], currencies, harvest);
  const typeBias = file.typeBias ?? {};
  const nameGrams = file.nameGrams && nameGramsFromFile(file.nameGrams);
  return { passes, lexicon, clusters, oBias: file.oBias ?? 0, typeBias, dictionary, news, names, nameGrams };
}

/** The harvested words of a model's name labels (`H-…`). */
const harvestedOf = (names: Names | undefined) =>
  [...(names ?? [])].filter(([, label]) => label.startsWith('H-'));

/**
 * The view's name labels: harvested words, family names, then given names (a word on both lists is a given
 * name), then currency nouns (kept off the given names when the list is built).
 */
export function nameLabels(
  given: Iterable<string>,
  family: Iterable<string>,
  currencies: Iterable<string> = [],
  harvest: Iterable<[string, GazLabel]> = [],
): Names {
  const names: Names = new Map(harvest);
  for (const word of family) names.set(word, 'FAMILY');
  for (const word of given) names.set(word, 'GIVEN');
  for (const word of currencies) names.set(word, 'CURRENCY');
  return names;
}

export function encodeModel(file: ModelFile): Buffer {
  return gzipSync(JSON.stringify(file), { level: 9 });
}

export function decodeModel(bytes: Buffer): ModelFile {
  return JSON.parse(gunzipSync(bytes).toString('utf8')) as ModelFile;
}

let cached: NerModel | undefined;

export function loadModel(path = MODEL_PATH): NerModel {
  if (cached && path === MODEL_PATH) return cached;
  if (!existsSync(path)) throw new MasarError('MODEL_MISSING', `${path} (run npm run train:ner)`);
  const model = fromModelFile(decodeModel(readFileSync(path)));
  if (path === MODEL_PATH) cached = model;
  return model;
}
