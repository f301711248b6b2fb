import { decodeBytes } from '../../text/decode.js';
import { reject, type Stage } from '../stage.js';

/** Bytes → Unicode text (NFC, stray bidi and control characters removed). */
export const decode: Stage = {
  name: 'decode',
  run(doc) {
    // A jsonl record is text whatever its source URL ends with (ANT's URLs end in .html).
    const format = doc.rawText !== undefined ? 'jsonl' : /\.html?$/i.test(doc.meta.source) ? 'html' : 'txt';
    let text: string;
    let encoding = 'utf-8';
    if (doc.rawText !== undefined) text = doc.rawText;
    else {
      const result = decodeBytes(doc.raw ?? Buffer.alloc(0));
      if ('error' in result) return reject(doc, 'decode:undecodable', result.error);
      text = result.text;
      encoding = result.encoding;
    }
    text = text
      .normalize('NFC')
      .replace(/[\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g, '')
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '')
      .replace(/\r\n?/g, '\n');
    if (text.trim() === '') return reject(doc, 'decode:empty', 'the file holds no text');
    doc.data.decoded = { text, encoding, format };
  },
};
