/**
 * Evaluator 'time': (a) TIMEX3 detection and values on Arabic TimeML dev (reference 2015-12-24),
 * (b) recall of Wojood's DATE spans, (c) publication dates of ANT dev articles with dates and URLs removed
 * (period 2018), (d) the seeds with no dates (period 2016–2020): none confidently wrong.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { tagTime } from '../../src/time/index.js';
import type { IsoDay, MasarDoc, Published } from '../../src/types.js';

import type { EvalSection, Evaluator } from './section.js';

const SHARED = join(import.meta.dirname, '../../../shared');
const TIMEML = join(SHARED, 'data/temporal/arabic_timeml_dev');
const WOJOOD = join(SHARED, 'data/ner/wojood_sample');
const ANT = join(SHARED, 'data/news/ant_v2.1_dev/articles.jsonl');
const SEEDS = join(SHARED, 'seeds');
const TIMEML_REFERENCE = '2015-12-24';
const CALENDAR = /^\d{2,4}(?:-(?:\d{2}(?:-\d{2})?|W\d{2}))?$/u;

interface GoldTimex { start: number; end: number; type: string; value: string; text: string }

/** A .tml file → its plain text and the gold TIMEX3 spans in it. */
export function readTml(xml: string): { text: string; gold: GoldTimex[] } {
  const body = xml.replace(/^[\s\S]*?<TimeML>/u, '').replace(/<\/TimeML>[\s\S]*$/u, '').replace(/\uFEFF/gu, '');
  const gold: GoldTimex[] = [];
  let text = '';
  const re = /<TIMEX3([^>]*)>([^<]*)<\/TIMEX3>|<[^>]+>|([^<]+)/gu;
  for (const m of body.matchAll(re)) {
    if (m[3] !== undefined) { text += m[3]; continue; }
    if (m[2] === undefined) continue;
    const attr = (name: string) => new RegExp(`${name}="([^"]*)"`, 'u').exec(m[1])?.[1] ?? '';
    gold.push({ start: text.length, end: text.length + m[2].length, type: attr('type'), value: attr('value'), text: m[2] });
    text += m[2];
  }
  return { text, gold };
}

const f1 = (tp: number, fp: number, fn: number) => { const p = tp / (tp + fp || 1); const r = tp / (tp + fn || 1); return { p, r, f: (2 * p * r) / (p + r || 1) }; };
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

function evalTimeml() {
  if (!existsSync(TIMEML)) return null;
  let strict = 0; let relaxed = 0; let predicted = 0; let goldCount = 0; let valueOk = 0; let valueAll = 0;
  const wrong: string[] = [];
  for (const file of readdirSync(TIMEML).filter((f) => f.endsWith('.tml')).sort()) {
    const { text, gold } = readTml(readFileSync(join(TIMEML, file), 'utf8'));
    const found = tagTime(text, TIMEML_REFERENCE);
    predicted += found.length; goldCount += gold.length;
    for (const g of gold) {
      const exact = found.find((t) => t.start === g.start && t.end === g.end);
      const overlap = exact ?? found.find((t) => t.start < g.end && g.start < t.end);
      if (exact) strict++;
      if (overlap) relaxed++;
      if (overlap && CALENDAR.test(g.value)) {
        valueAll++;
        if (overlap.value === g.value) valueOk++;
        else wrong.push(`| ${file} | ${g.text} | ${g.value} | ${overlap.text} | ${overlap.value} |`);
      }
    }
  }
  const s = f1(strict, predicted - strict, goldCount - strict);
  const r = f1(relaxed, predicted - relaxed, goldCount - relaxed);
  return { strict: s, relaxed: r, valueAccuracy: valueOk / (valueAll || 1), valueAll, wrong, predicted, goldCount };
}

/** Wojood: token lines `token TAG...`; DATE spans rebuilt on the text of tokens joined by spaces. */
function evalWojood() {
  if (!existsSync(WOJOOD)) return null;
  let total = 0; let hit = 0;
  for (const file of ['train.txt', 'val.txt', 'test.txt']) {
    const lines = readFileSync(join(WOJOOD, file), 'utf8').split('\n');
    let text = ''; const spans: { start: number; end: number }[] = []; let open: { start: number; end: number } | null = null;
    for (const line of lines) {
      const [token, ...tags] = line.trim().split(/\s+/u);
      if (!token || token === '$#$') { open = null; text += '\n'; continue; }
      const start = text.length; text += `${token} `;
      if (tags.includes('B-DATE')) { open = { start, end: start + token.length }; spans.push(open); }
      else if (tags.includes('I-DATE') && open) open.end = start + token.length;
      else open = null;
    }
    const found = tagTime(text, null);
    for (const s of spans) { total++; if (found.some((t) => t.start < s.end && s.start < t.end)) hit++; }
  }
  return { recall: hit / (total || 1), total };
}
export const _debug = { evalTimeml, evalWojood };
