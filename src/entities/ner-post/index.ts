/**
 * The pipeline's post-passes applied to the tagger's BIO tags over CoNLL sentences (`masar ner --post`):
 * `places`, the rejections and place-head rule of the phrase step (./apply-place-rules.ts); `phrases`, all
 * the phrase rules of the entities stage (src/entities/phrases, as `masar analyze` runs them); `known`, the
 * known-name pass of the story step (src/entities/propagate) without the names it spreads that begin with a
 * nisba adjective (./drop-adjective-names.ts). Several run in the pipeline's order. The sentences are cut into
 * documents of `window` sentences (0: the whole input is one document); the known-name pass runs over all of
 * them as one story, or over each document alone (`story: 'each'`). Tags come back per CoNLL token.
 */
import type { MasarDoc } from '../../types.js';
import { findPhraseMentions } from '../phrases/index.js';
import { findKnownMentions } from '../propagate/find-known-mentions.js';
import { applyPlaceRules } from './apply-place-rules.js';
import { buildConllDocument, type ConllDocument } from './build-conll-document.js';
import { mentionsOfTags, tagsOfMentions } from './convert-mentions.js';
import { dropAdjectiveNames } from './drop-adjective-names.js';

export const POST_PASSES = ['places', 'phrases', 'known'] as const;
export type PostPass = (typeof POST_PASSES)[number];
/** What `masar ner` runs by default: the passes that raised F1 on three ANERcorp dev folds. */
export const DEFAULT_POST: PostPass[] = ['places', 'known'];

export interface PostOptions {
  /** Sentences per document; 0 (default): the whole input is one document. */
  window?: number;
  /** The known-name pass over all documents as one story (default) or over each document alone. */
  story?: 'one' | 'each';
  /** Keep every mention the known-name pass adds (for the dev comparison). */
  raw?: boolean;
}

function windows<T>(items: T[], size: number): T[][] {
  if (size <= 0 || items.length <= size) return [items];
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function masarDoc(doc: ConllDocument, index: number): MasarDoc {
  return {
    id: `conll-${index}`,
    meta: { source: `conll:${index}` },
    published: { date: null, how: 'unknown', evidence: '' },
    data: {
      clean: { title: '', text: doc.text, dropped: [] },
      segments: doc.segments,
      entities: { mentions: [] },
    },
    messages: [],
  };
}

export function applyPostPasses(
  sentences: string[][],
  tags: string[][],
  post: PostPass[],
  options: PostOptions = {},
): string[][] {
  if (post.length === 0) return tags;
  const size = options.window ?? 0;
  const tagWindows = windows(tags, size);
  const docs = windows(sentences, size).map((words, i) => {
    const conll = buildConllDocument(words);
    let mentions = mentionsOfTags(conll, tagWindows[i]);
    if (post.includes('phrases')) mentions = findPhraseMentions(conll.text, conll.segments, mentions);
    else if (post.includes('places')) mentions = applyPlaceRules(conll.text, conll.segments, mentions);
    const doc = masarDoc(conll, i);
    doc.data.entities = { mentions };
    return { conll, doc };
  });
  if (post.includes('known')) {
    const all = docs.map((d) => d.doc);
    // CoNLL input has sentences, not reports: no report introduces a place (introduced-places.ts)
    const known = { introduced: false };
    if (options.story === 'each') for (const doc of all) findKnownMentions([doc], known);
    else findKnownMentions(all, known);
  }
  return docs.flatMap(({ conll, doc }) => {
    const mentions = doc.data.entities?.mentions ?? [];
    return tagsOfMentions(conll, options.raw ? mentions : dropAdjectiveNames(mentions));
  });
}
