/** Hand-made analyzed documents for the store tests (no pipeline run: the store must keep what it is given). */
import { splitSentences } from '../../src/text/sentences.js';
import { tokenize } from '../../src/text/tokenize.js';
import type { EntityMention, EntityType, MasarDoc } from '../../src/types.js';

export interface DocSpec {
  id: string;
  title: string;
  text: string;
  published?: string;
  source?: string;
  siteName?: string;
  /** Entity mentions by surface form: every occurrence of each is tagged. */
  entities?: [string, EntityType][];
}

function mentionsOf(text: string, entities: [string, EntityType][]): EntityMention[] {
  return entities.flatMap(([surface, type]) =>
    [...text.matchAll(new RegExp(surface, 'gu'))].map((m) => ({
      start: m.index,
      end: m.index + surface.length,
      text: surface,
      type,
      key: surface,
      sentence: 0,
    })),
  );
}

export function makeDoc(spec: DocSpec): MasarDoc {
  const tokens = tokenize(spec.text);
  const sentences = splitSentences(spec.text, tokens);
  const firstDate = /\d{4}-\d{2}-\d{2}/u.exec(spec.text);
  return {
    id: spec.id,
    meta: { source: spec.source ?? `${spec.id}.txt`, siteName: spec.siteName },
    published: spec.published
      ? { date: spec.published, how: 'given', evidence: 'given' }
      : { date: null, how: 'unknown', evidence: 'no date stated' },
    data: {
      clean: { title: spec.title, text: spec.text, dropped: [] },
      segments: { tokens, sentences },
      time: {
        reference: spec.published ?? null,
        timexes: firstDate
          ? [
              {
                start: firstDate.index,
                end: firstDate.index + 10,
                text: firstDate[0],
                type: 'DATE',
                value: firstDate[0],
                tag: 'test/iso',
                relative: false,
              },
            ]
          : [],
      },
      entities: { mentions: mentionsOf(spec.text, spec.entities ?? []) },
      events: {
        mentions: [
          {
            start: 0,
            end: 4,
            type: 'talks',
            trigger: spec.text.slice(0, 4),
            sentence: 0,
            timexes: [],
            participants: [],
          },
        ],
      },
    },
    messages: [],
  };
}

export const stored = (doc: MasarDoc, hash = `hash-${doc.id}`) => ({ contentHash: hash, doc });
