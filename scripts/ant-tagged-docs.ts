/**
 * The ANT v2.1 dev articles (../shared) as documents segmented and tagged by the pipeline's own stages, for the
 * entity evaluators and benchmarks. Empty when ../shared is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { entities } from '../src/pipeline/stages/entities.js';
import { segment } from '../src/pipeline/stages/segment.js';
import type { MasarDoc } from '../src/types.js';
import { sharedPath } from '../test/helpers/shared.js';

export const ANT_ARTICLES = sharedPath('data', 'news', 'ant_v2.1_dev', 'articles.jsonl');

/** The first `size` articles (all by default), each with its title and text as clean text, tagged. */
export function antTaggedDocs(size = Number.POSITIVE_INFINITY): MasarDoc[] {
  if (!existsSync(ANT_ARTICLES)) return [];
  const lines = readFileSync(ANT_ARTICLES, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '');
  return lines.slice(0, size).map((line, i) => {
    const { text = '', title = '' } = JSON.parse(line) as { text?: string; title?: string };
    const doc: MasarDoc = {
      id: `ant-${i}`,
      meta: { source: `ant:${i}` },
      published: { date: null, how: 'unknown', evidence: '' },
      data: { clean: { title, text, dropped: [] } },
      messages: [],
    };
    for (const stage of [segment, entities]) stage.run(doc, { options: {} });
    return doc;
  });
}
