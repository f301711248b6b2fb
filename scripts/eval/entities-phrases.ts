/**
 * The phrase rules of the entities stage (src/entities/phrases) measured on the first ANT v2.1 dev articles:
 * how many mentions each rule adds or widens and how many tagger mentions each rejection test drops. No gold
 * for these spans: precision was judged by hand on samples (docs/entities.md, "Phrase rules").
 */
import { existsSync, readFileSync } from 'node:fs';
import type { PhraseTally } from '../../src/entities/phrases/index.js';
import { tagEntities } from '../../src/entities/tag-entities.js';
import { segment } from '../../src/pipeline/stages/segment.js';
import type { MasarDoc } from '../../src/types.js';
import { sharedPath } from '../../test/helpers/shared.js';
import { ANT_STORY_SIZE } from './entities-known-names.js';

const ANT = sharedPath('data', 'news', 'ant_v2.1_dev', 'articles.jsonl');

/** Applied candidates and rejections per rule on the first ANT dev articles, or null without the data. */
export function phraseCounts(size = ANT_STORY_SIZE): Record<string, number> | null {
  if (!existsSync(ANT)) return null;
  const tally: PhraseTally = { applied: [], rejected: [] };
  const lines = readFileSync(ANT, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '');
  for (const line of lines.slice(0, size)) {
    const { text = '' } = JSON.parse(line) as { text?: string };
    const doc: MasarDoc = {
      id: 'ant',
      meta: { source: 'ant' },
      published: { date: null, how: 'unknown', evidence: '' },
      data: { clean: { title: '', text, dropped: [] } },
      messages: [],
    };
    segment.run(doc, { options: {} });
    if (doc.data.segments) tagEntities(text, doc.data.segments, tally);
  }
  const counts: Record<string, number> = {};
  for (const rule of [...tally.applied.map((c) => c.rule), ...tally.rejected])
    counts[rule] = (counts[rule] ?? 0) + 1;
  return counts;
}

/**
 * Precision judged by hand on 40 mentions drawn (fixed seed) from ANT dev articles 600–750 and 1000–1300, before
 * and after the description guards (docs/entities.md, "Phrase rules"); not recomputed by the evaluator.
 */
const JUDGED = [
  '- judged by hand, 40 each (ANT dev 600–750 and 1000–1300): organization phrases (org-head, media-tail) 33/40',
  '  (29/40 before the description guards); place rules 37/40 (32/40 before)',
];

export function phrasesTable(counts: Record<string, number> | null): string[] {
  if (!counts) return ['- ANT dev articles absent: not measured'];
  const rules = Object.keys(counts).sort();
  return [
    `Phrase rules on the first ${ANT_STORY_SIZE} ANT v2.1 dev articles (mentions added or widened; tagger mentions rejected):`,
    '',
    `| ${rules.join(' | ')} |`,
    `|${rules.map(() => '---').join('|')}|`,
    `| ${rules.map((r) => counts[r]).join(' | ')} |`,
    '',
    ...JUDGED,
  ];
}
