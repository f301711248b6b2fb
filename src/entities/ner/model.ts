/**
 * The tagger's model: a weight row per feature (one weight per tag) and a tag transition table, stored
 * as gzipped JSON (data/ner/model.json.gz) with weights quantized to integers over `scale`.
 * Loaded lazily, once per process.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { MasarError } from '../../errors/catalogue.js';
import { TAG_COUNT, TAGS } from './tags.js';

export interface NerModel {
  index: Map<string, number>;
  /** features × TAG_COUNT, row-major. */
  weights: Float32Array;
  /** (TAG_COUNT + 1) × TAG_COUNT: row `prev` (TAG_COUNT for the start), column `cur`. */
  transitions: Float32Array;
  /** Unlabeled-news word statistics used as features (see features.ts). */
  lexicon: Map<string, string[]>;
}

export interface ModelFile {
  version: 1;
  tags: string[];
  scale: number;
  features: string[];
  weights: number[];
  transitions: number[];
  lexicon: Record<string, string[]>;
  provenance: Record<string, string | number>;
}

export const MODEL_PATH = fileURLToPath(new URL('../../../data/ner/model.json.gz', import.meta.url));

export function toModelFile(model: NerModel, provenance: ModelFile['provenance'], scale = 100): ModelFile {
  const features = [...model.index.keys()];
  const weights: number[] = [];
  for (const name of features) {
    const row = model.index.get(name) as number;
    for (let t = 0; t < TAG_COUNT; t++) weights.push(Math.round(model.weights[row * TAG_COUNT + t] * scale));
  }
  const transitions = Array.from(model.transitions, (w) => Math.round(w * scale));
  const lexicon = Object.fromEntries(model.lexicon);
  return { version: 1, tags: [...TAGS], scale, features, weights, transitions, lexicon, provenance };
}

export function fromModelFile(file: ModelFile): NerModel {
  if (file.tags.join() !== TAGS.join()) throw new MasarError('MODEL_MISSING', 'NER model tag set differs.');
  const index = new Map(file.features.map((name, row) => [name, row]));
  const weights = Float32Array.from(file.weights, (w) => w / file.scale);
  const transitions = Float32Array.from(file.transitions, (w) => w / file.scale);
  return { index, weights, transitions, lexicon: new Map(Object.entries(file.lexicon ?? {})) };
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
