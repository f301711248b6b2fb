/**
 * Between the tagger's BIO tags over CoNLL tokens and the pipeline's mentions (offsets into the text of
 * ./build-conll-document.ts). Tags → mentions as the entities stage makes them (src/entities/tag-entities.ts:
 * a safely separable proclitic left out of the span, the key the tokens' stems); mentions → tags: a mention
 * tags every CoNLL token it overlaps (ANERcorp tags whole tokens, proclitics and all), B- on the first; a
 * mention overlapping tokens an earlier one (in text order) took is left out.
 */
import type { EntityMention, EntityType, Token } from '../../types.js';
import { chunksOfTags } from '../ner/chunks.js';
import { procliticLength } from '../tag-entities.js';
import type { ConllDocument } from './build-conll-document.js';

const TYPE_OF: Record<string, EntityType> = { PERS: 'PER', ORG: 'ORG', LOC: 'LOC', MISC: 'MISC' };
const TAG_OF: Record<EntityType, string> = { PER: 'PERS', ORG: 'ORG', LOC: 'LOC', MISC: 'MISC' };

function tokensIn(doc: ConllDocument, start: number, end: number): Token[] {
  return doc.segments.tokens.filter((t) => t.start < end && start < t.end);
}

export function mentionsOfTags(doc: ConllDocument, tags: string[][]): EntityMention[] {
  const mentions: EntityMention[] = [];
  for (const [s, sentenceTags] of tags.entries()) {
    for (const chunk of chunksOfTags(sentenceTags)) {
      const type = TYPE_OF[chunk.type];
      const [from, to] = [doc.spans[s][chunk.start].start, doc.spans[s][chunk.end - 1].end];
      const tokens = tokensIn(doc, from, to);
      if (!type || tokens.length === 0) continue;
      const start = tokens[0].start + procliticLength(tokens[0]);
      const end = tokens[tokens.length - 1].end;
      const key = tokens.map((t) => t.stem).join(' ');
      mentions.push({ start, end, text: doc.text.slice(start, end), type, key, sentence: s });
    }
  }
  return mentions;
}

export function tagsOfMentions(doc: ConllDocument, mentions: EntityMention[]): string[][] {
  const tags = doc.spans.map((words) => words.map(() => 'O'));
  for (const m of [...mentions].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const words = doc.spans[m.sentence] ?? [];
    const covered = words.flatMap((w, i) => (w.start < m.end && m.start < w.end ? [i] : []));
    const row = tags[m.sentence];
    if (covered.length === 0 || covered.some((i) => row[i] !== 'O')) continue;
    covered.forEach((i, k) => {
      row[i] = `${k === 0 ? 'B' : 'I'}-${TAG_OF[m.type]}`;
    });
  }
  return tags;
}
