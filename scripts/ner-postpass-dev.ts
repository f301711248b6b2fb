/**
 * Dev experiment for `masar ner --post`: do the pipeline's post-passes (phrase rules, known-name pass) raise
 * the CoNLL F1 of the tagger? Tags a dev tenth of the ANERcorp train split with a model trained without it
 * (`npm run train:ner -- --exclude-dev --dev-fold <k> --out <file>`), then scores the tagger alone and with
 * each pass (src/entities/ner-post), for documents of the whole dev tenth and of windows of sentences, the
 * known-name pass over all windows as one story or over each alone. The test split is never read.
 * Run: npx tsx scripts/ner-postpass-dev.ts --model <file> [--dev-fold <0-9>] [--windows 0,20] [--errors <file>]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadModel } from '../src/entities/ner/model.js';
import { tagSentences } from '../src/entities/ner/tag-sentence.js';
import { buildConllDocument } from '../src/entities/ner-post/build-conll-document.js';
import { mentionsOfTags, tagsOfMentions } from '../src/entities/ner-post/convert-mentions.js';
import {
  applyPostPasses,
  DEFAULT_POST,
  type PostOptions,
  type PostPass,
} from '../src/entities/ner-post/index.js';
import { parseConll } from '../src/io/conll.js';
import { type Prf, scoreConll } from './eval/conll-score.js';
import { PHRASE_RULES, type PhraseRule, phrasesWith } from './ner-postpass-rules.js';

const TRAIN = new URL(
  '../../shared/data/ner/anercorp/ANERCorp_CamelLab_train.reconstructed.txt',
  import.meta.url,
);
const { values } = parseArgs({
  options: {
    model: { type: 'string' },
    'dev-fold': { type: 'string', default: '9' },
    windows: { type: 'string', default: '0,20' },
    errors: { type: 'string' },
    rules: { type: 'boolean', default: false },
  },
});
if (!values.model) throw new Error('--model <file> (a model trained with --exclude-dev)');
const all = parseConll(readFileSync(TRAIN, 'utf8'));
const fold = Number(values['dev-fold']);
const dev = all.slice(Math.floor((all.length * fold) / 10), Math.floor((all.length * (fold + 1)) / 10));
const words = dev.map((s) => s.tokens);
const gold = dev.map((s) => s.tags);
const tagged = tagSentences(words, loadModel(values.model));
const TYPES = ['LOC', 'MISC', 'ORG', 'PERS'];
const pct = (p: Prf | undefined) => (p ? (100 * p.f1).toFixed(1) : '-');
const prf = (p: Prf) => `${(100 * p.precision).toFixed(1)}/${(100 * p.recall).toFixed(1)}`;

console.log(`dev fold ${fold}: ${dev.length} sentences, ${words.flat().length} tokens`);
console.log(`| variant | micro F1 | P/R | ${TYPES.join(' | ')} | ms |`);
console.log(`|---|---|---|${TYPES.map(() => '---|').join('')}---|`);
const variants: [string, PostPass[], PostOptions][] = [['tagger alone', [], {}]];
for (const w of values.windows.split(',').map(Number)) {
  const doc = w ? `windows of ${w}` : 'one document';
  variants.push([`+ phrases, all rules (${doc})`, ['phrases'], { window: w }]);
  variants.push([`+ places (${doc})`, ['places'], { window: w }]);
  variants.push([`+ known, raw (${doc}, one story)`, ['known'], { window: w, raw: true }]);
  if (w)
    variants.push([`+ known, raw (${doc}, each alone)`, ['known'], { window: w, story: 'each', raw: true }]);
  variants.push([`+ known (${doc}, one story)`, ['known'], { window: w }]);
  variants.push([`+ phrases + known, raw (${doc})`, ['phrases', 'known'], { window: w, raw: true }]);
  variants.push([`+ places + known (${doc}; masar ner's default)`, DEFAULT_POST, { window: w }]);
}
const outputs = new Map<string, string[][]>();
for (const [name, post, options] of variants) {
  const started = Date.now();
  const predicted = applyPostPasses(words, tagged, post, options);
  const ms = Date.now() - started;
  outputs.set(name, predicted);
  const { overall, byType } = scoreConll(gold, predicted);
  console.log(
    `| ${name} | ${pct(overall)} | ${prf(overall)} | ${TYPES.map((t) => pct(byType[t])).join(' | ')} | ${ms} |`,
  );
}
if (values.rules) {
  /** Each phrase rule alone (after the tagger), and all rules but one; the whole dev tenth as one document. */
  const conll = buildConllDocument(words);
  const tagged0 = mentionsOfTags(conll, tagged);
  const sets: [string, PhraseRule[]][] = [['no rule (round trip)', []]];
  for (const rule of PHRASE_RULES) sets.push([`only ${rule}`, [rule]]);
  for (const rule of PHRASE_RULES) sets.push([`all but ${rule}`, PHRASE_RULES.filter((r) => r !== rule)]);
  for (const [name, rules] of sets) {
    const predicted = tagsOfMentions(conll, phrasesWith(conll.text, conll.segments, tagged0, new Set(rules)));
    const { overall, byType } = scoreConll(gold, predicted);
    console.log(
      `| ${name} | ${pct(overall)} | ${prf(overall)} | ${TYPES.map((t) => pct(byType[t])).join(' | ')} | |`,
    );
  }
}
if (values.errors) {
  /** Token lines where a variant differs from the tagger: word, gold, tagger, variants in order. */
  const names = [...outputs.keys()];
  const lines = dev.flatMap((s, k) => {
    const differs = s.tokens.some((_, i) => names.some((n) => outputs.get(n)?.[k][i] !== tagged[k][i]));
    if (!differs) return [];
    return [
      ...s.tokens.map((w, i) => [w, s.tags[i], ...names.map((n) => outputs.get(n)?.[k][i])].join('\t')),
      '',
    ];
  });
  writeFileSync(values.errors, `${['word', 'gold', ...names].join('\t')}\n${lines.join('\n')}`);
}
