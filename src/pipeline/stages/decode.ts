import { decodeBytes } from '../../text/decode.js';
import { reject, type Stage } from '../stage.js';

/** Bidi marks, embeddings and isolates, and the BOM: invisible, and they break matching across words. */
const BIDI = /[\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/gu;
/** C0 controls other than tab and line breaks. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/gu;
/** Every line break form → \n. */
const LINE_BREAK = /\r\n?|[\u0085\u2028\u2029]/gu;

/** A page that is HTML whatever its file name says (a URL without .html, a saved page named .txt). */
const HTML_START = /^\s*(?:<!doctype html|<html|<head[\s>]|<body[\s>])/iu;

/** Bytes → Unicode text (NFC, stray bidi and control characters removed, line breaks unified). */
export const decode: Stage = {
  name: 'decode',
  run(doc) {
    let text: string;
    let encoding = 'utf-8';
    if (doc.rawText !== undefined) text = doc.rawText;
    else {
      const result = decodeBytes(doc.raw ?? Buffer.alloc(0));
      if ('error' in result) return reject(doc, 'decode:undecodable', result.error);
      text = result.text;
      encoding = result.encoding;
    }
    text = text.normalize('NFC').replace(BIDI, '').replace(CONTROL, '').replace(LINE_BREAK, '\n');
    if (text.trim() === '') return reject(doc, 'decode:empty', 'the file holds no text');
    // A jsonl record's source is its URL (often «….html») but its text is already extracted: sniff, don't trust.
    const html =
      HTML_START.test(text.slice(0, 1000)) ||
      (doc.rawText === undefined && /\.html?$/iu.test(doc.meta.source));
    const format = html ? 'html' : doc.rawText !== undefined ? 'jsonl' : 'txt';
    doc.data.decoded = { text, encoding, format };
  },
};
