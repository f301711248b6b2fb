import { createHash } from 'node:crypto';
import { cleanHtml } from '../../clean/clean-html.js';
import { cleanRecordText } from '../../clean/clean-record-text.js';
import { cleanPlainText } from '../../clean/clean-text.js';
import { reject, type Stage } from '../stage.js';

/** Decoded text → article body and title; boilerplate dropped but kept for inspection. Sets `doc.id`. */
export const clean: Stage = {
  name: 'clean',
  run(doc, ctx) {
    const decoded = doc.data.decoded;
    if (!decoded) return;
    if (decoded.format === 'html') {
      const result = cleanHtml(decoded.text, doc.meta.url ?? doc.meta.source);
      if ('error' in result) return reject(doc, 'clean:no-body', result.error);
      doc.data.clean = result.clean;
      for (const [key, value] of Object.entries(result.meta))
        if (value && !(key in doc.meta && doc.meta[key as 'title']))
          Object.assign(doc.meta, { [key]: value });
    } else if (decoded.format === 'jsonl') {
      doc.data.clean = cleanRecordText(decoded.text, doc.meta.title ?? '', ctx.sharedLines);
    } else {
      doc.data.clean = cleanPlainText(decoded.text, {
        corpusLines: ctx.corpusLines,
        sharedLines: ctx.sharedLines,
      });
    }
    if (doc.data.clean.text.trim() === '')
      return reject(doc, 'clean:no-body', 'no article text is left after cleaning');
    const hash = createHash('sha256').update(doc.data.clean.title).update('\n').update(doc.data.clean.text);
    doc.id = hash.digest('hex').slice(0, 16);
  },
};
