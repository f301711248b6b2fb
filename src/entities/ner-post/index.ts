/**
 * The pipeline's post-passes applied to the tagger's BIO tags over CoNLL sentences (`masar ner --post`):
 * `phrases`, the phrase rules of the entities stage (src/entities/phrases); `known`, the known-name pass of
 * the story step (src/entities/propagate); `all`, both in the pipeline's order. The sentences are cut into
 * documents of `window` sentences (0: the whole input is one document); the known-name pass runs over all of
 * them as one story, or over each document alone (`story: 'each'`). Tags come back per CoNLL token.
 */
import type { MasarDoc } from '../../types.js';
import { findPhraseMentions } from '../phrases/index.js';
import { findKnownMentions } from '../propagate/find-known-mentions.js';
import { buildConllDocument, type ConllDocument } from './build-conll-document.js';
import { mentionsOfTags, tagsOfMentions } from './convert-mentions.js';

export const POST_PASSES = ['none', 'phrases', 'known', 'all'] as const;
export type PostPass = (typeof POST_PASSES)[number];

export interface PostOptions {
  /** Sentences per document; 0 (default): the whole input is one document. */
  window?: number;
  /** The known-name pass over all documents as one story (default) or over each document alone. */
  story?: 'one' | 'each';
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
  post: PostPass,
  options: PostOptions = {},
): string[][] {
  if (post === 'none') return tags;
  const size = options.window ?? 0;
  const tagWindows = windows(tags, size);
  const docs = windows(sentences, size).map((words, i) => {
    const conll = buildConllDocument(words);
    let mentions = mentionsOfTags(conll, tagWindows[i]);
    if (post !== 'known') mentions = findPhraseMentions(conll.text, conll.segments, mentions);
    const doc = masarDoc(conll, i);
    doc.data.entities = { mentions };
    return { conll, doc };
  });
  if (post !== 'phrases') {
    const all = docs.map((d) => d.doc);
    if (options.story === 'each') for (const doc of all) findKnownMentions([doc]);
    else findKnownMentions(all);
  }
  return docs.flatMap(({ conll, doc }) => tagsOfMentions(conll, doc.data.entities?.mentions ?? []));
}
