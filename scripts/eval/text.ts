/**
 * Evaluator 'text': the text core and page cleaning against data it was not tuned on.
 * - ANT v2.1 dev: near-duplicates (src/story/mark-duplicates.ts) against the gold of articles that share a
 *   URL (France24/BBC cross-listing); pair precision and recall.
 * - The five seeds: body paragraphs kept, furniture lines left, titles found (hand-written expectations in
 *   test/clean/fixtures/seeds-expected.json).
 * - The trafilatura Arabic page: `with` snippets kept, `without` snippets gone, gold title.
 * - The light stemmer on hand-written groups of word forms (test/text/fixtures/stem-groups.json).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanHtml } from '../../src/clean/clean-html.js';
import { cleanPlainText } from '../../src/clean/clean-text.js';
import { findNearDuplicates } from '../../src/story/mark-duplicates.js';
import { normalizeForMatch } from '../../src/text/normalize.js';
import { lightStem } from '../../src/text/stem.js';
import { tokenize } from '../../src/text/tokenize.js';
import { SEEDS, sharedPath } from '../../test/helpers/shared.js';
import type { EvalSection, Evaluator } from './section.js';

const ANT = sharedPath('data', 'news', 'ant_v2.1_dev', 'articles.jsonl');
const TRAF = sharedPath('data', 'boilerplate', 'trafilatura_eval_arabic');
const fixture = (path: string) =>
  JSON.parse(readFileSync(new URL(`../../test/${path}`, import.meta.url), 'utf8'));
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

function duplicates(): { figures: Record<string, number>; rows: string[] } {
  const articles = readFileSync(ANT, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { url: string; text: string });
  const words = articles.map((a) =>
    tokenize(a.text)
      .filter((t) => /[\p{L}\p{N}]/u.test(t.text))
      .map((t) => t.norm),
  );
  const started = performance.now();
  const found = findNearDuplicates(words);
  const seconds = (performance.now() - started) / 1000;
  const byUrl = new Map<string, number[]>();
  articles.forEach((a, i) => {
    byUrl.set(a.url, [...(byUrl.get(a.url) ?? []), i]);
  });
  const gold = new Set<string>();
  for (const ids of byUrl.values())
    for (let x = 0; x < ids.length; x++)
      for (let y = x + 1; y < ids.length; y++) gold.add(`${ids[x]},${ids[y]}`);
  const hits = found.filter((p) => gold.has(`${p.a},${p.b}`)).length;
  const sameText = found.filter(
    (p) => !gold.has(`${p.a},${p.b}`) && articles[p.a].text === articles[p.b].text,
  ).length;
  const precision = found.length ? hits / found.length : 0;
  const recall = gold.size ? hits / gold.size : 0;
  const rows = [
    '| articles | gold pairs (same URL) | found pairs | correct | precision | recall | other pairs with identical text | seconds |',
    '|---|---|---|---|---|---|---|---|',
    `| ${articles.length} | ${gold.size} | ${found.length} | ${hits} | ${pct(precision)} | ${pct(recall)} | ${sameText} | ${seconds.toFixed(2)} |`,
    '',
    'The URL gold misses real duplicates: pairs with identical text under two URLs count as errors here, and so do',
    'wire copies re-filed under a new headline (read by hand: the same agency story with one paragraph changed).',
    `Precision counting identical texts as correct: ${pct((hits + sameText) / Math.max(found.length, 1))}. Shingles: word 3-grams of match keys; MinHash 64, LSH 16×4; Jaccard ≥ 0.7.`,
  ];
  return { figures: { duplicatePrecision: precision, duplicateRecall: recall }, rows };
}

function seeds(): { figures: Record<string, number>; rows: string[] } {
  const expected: { file: string; title: string; body: string[]; boilerplate: string[] }[] = fixture(
    'clean/fixtures/seeds-expected.json',
  );
  let kept = 0,
    body = 0,
    leaked = 0,
    furniture = 0,
    titles = 0;
  const rows = ['| seed | body kept | furniture left | title found |', '|---|---|---|---|'];
  for (const seed of expected) {
    const result = cleanPlainText(readFileSync(join(SEEDS, seed.file), 'utf8'));
    const paragraphs = result.text.split('\n\n');
    const k = seed.body.filter((p) => paragraphs.includes(p)).length;
    const l = seed.boilerplate.filter((b) =>
      paragraphs.some((p) => p === b || (b.split(' ').length >= 6 && p.includes(b))),
    ).length;
    const t = result.title === seed.title ? 1 : 0;
    [kept, body, leaked, furniture, titles] = [
      kept + k,
      body + seed.body.length,
      leaked + l,
      furniture + seed.boilerplate.length,
      titles + t,
    ];
    rows.push(
      `| ${seed.file} | ${k}/${seed.body.length} | ${l}/${seed.boilerplate.length} | ${t ? 'yes' : 'no'} |`,
    );
  }
  return {
    figures: {
      seedBodyKept: kept / body,
      seedFurnitureLeft: leaked / furniture,
      seedTitles: titles / expected.length,
    },
    rows,
  };
}

function trafilatura(): { figures: Record<string, number>; rows: string[] } {
  const gold = Object.values(JSON.parse(readFileSync(join(TRAF, 'evaldata_entry.json'), 'utf8')))[0] as {
    file: string;
    title: string;
    with: string[];
    without: string[];
  };
  const result = cleanHtml(readFileSync(join(TRAF, gold.file), 'utf8'));
  const text = 'clean' in result ? result.clean.text : '';
  const title = 'clean' in result ? result.clean.title : '';
  const withKept = gold.with.filter((s) => text.includes(s)).length;
  const withoutGone = gold.without.filter((s) => !text.includes(s)).length;
  const titleOk = title === gold.title.replace(/\s+/gu, ' ') ? 1 : 0;
  const rows = [
    '| `with` kept | `without` gone | title found |',
    '|---|---|---|',
    `| ${withKept}/${gold.with.length} | ${withoutGone}/${gold.without.length} | ${titleOk ? 'yes' : 'no'} |`,
  ];
  return {
    figures: {
      trafilaturaWithKept: withKept / gold.with.length,
      trafilaturaWithoutGone: withoutGone / gold.without.length,
    },
    rows,
  };
}

function stemmer(): { figures: Record<string, number>; rows: string[] } {
  const groups: string[][] = fixture('text/fixtures/stem-groups.json').groups;
  const words = groups.flatMap((g, group) =>
    g.map((w) => ({ group, stem: lightStem(normalizeForMatch(w)) })),
  );
  let merged = 0,
    right = 0,
    pairs = 0;
  for (let i = 0; i < words.length; i++) {
    for (let j = i + 1; j < words.length; j++) {
      const same = words[i].group === words[j].group;
      if (same) pairs++;
      if (words[i].stem === words[j].stem) [merged, right] = [merged + 1, right + (same ? 1 : 0)];
    }
  }
  const rows = [
    '| words | groups | conflation precision | conflation recall |',
    '|---|---|---|---|',
    `| ${words.length} | ${groups.length} | ${pct(right / merged)} | ${pct(right / pairs)} |`,
  ];
  return { figures: { stemPrecision: right / merged, stemRecall: right / pairs }, rows };
}

export const textEvaluator: Evaluator = {
  name: 'text',
  async run(): Promise<EvalSection | null> {
    if (!existsSync(ANT) || !existsSync(SEEDS)) return null;
    const parts = [
      ['Near-duplicates on ANT v2.1 dev (gold: articles that share a URL)', duplicates()],
      ['Plain-text cleaning of the five seeds (hand-written expectations)', seeds()],
      ['The Arabic page of the trafilatura evaluation set', trafilatura()],
      ['Light stemmer on hand-written groups of word forms', stemmer()],
    ] as const;
    const markdown = parts.map(([title, part]) => `**${title}**\n\n${part.rows.join('\n')}`).join('\n\n');
    const figures = Object.assign({}, ...parts.map(([, part]) => part.figures));
    return { title: 'Text core and page cleaning', command: 'npm run eval -- text', markdown, figures };
  },
};
