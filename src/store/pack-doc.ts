/**
 * The stored form of an analyzed document, compact: no raw bytes or decoded text (the clean text is what
 * every offset points into), no tokens (recomputed from the clean text), sentences as [start, end] pairs.
 * Deflated JSON. `unpackDoc(packDoc(doc))` gives back everything the story needs.
 */
import { basename } from 'node:path';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { tokenize } from '../text/tokenize.js';
import type { MasarDoc, Sentence } from '../types.js';

type PackedDoc = Omit<MasarDoc, 'raw' | 'rawText'> & { sentenceSpans?: [number, number][] };

export function packDoc(doc: MasarDoc): Buffer {
  const { raw: _raw, rawText: _rawText, data, ...rest } = doc;
  const { decoded: _decoded, segments, ...kept } = data;
  const packed: PackedDoc = { ...rest, data: kept };
  if (segments) packed.sentenceSpans = segments.sentences.map((s) => [s.start, s.end]);
  return deflateRawSync(JSON.stringify(packed), { level: 1 });
}

/** The stored document; `segments: false` skips rebuilding tokens and sentences (for reading the text only). */
export function unpackDoc(buffer: Buffer, { segments = true } = {}): MasarDoc {
  const { sentenceSpans, ...doc } = JSON.parse(inflateRawSync(buffer).toString('utf8')) as PackedDoc;
  const text = doc.data.clean?.text;
  if (segments && sentenceSpans && text !== undefined)
    doc.data.segments = rebuildSegments(text, sentenceSpans);
  return doc;
}

function rebuildSegments(text: string, spans: [number, number][]) {
  const tokens = tokenize(text);
  let t = 0;
  const sentences: Sentence[] = spans.map(([start, end], index) => {
    while (t < tokens.length && tokens[t].end <= start) t++;
    const tokenStart = t;
    while (t < tokens.length && tokens[t].start < end) tokens[t++].sentence = index;
    return { start, end, text: text.slice(start, end), tokenStart, tokenEnd: t };
  });
  return { tokens, sentences };
}

/**
 * The outlet of a document: site name, else the URL's host, else the source's file name (a file on disk
 * names no outlet; its full path would fill every search line and listing).
 */
export function outletOf(doc: MasarDoc): string {
  if (doc.meta.siteName) return doc.meta.siteName;
  try {
    return new URL(doc.meta.url ?? doc.meta.source).hostname.replace(/^www\./, '');
  } catch {
    return basename(doc.meta.source);
  }
}
