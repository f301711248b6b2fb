import { describe, expect, it } from 'vitest';
import { newDoc } from '../../src/io/read-inputs.js';
import { decode } from '../../src/pipeline/stages/decode.js';

const run = (source: string, fields: Parameters<typeof newDoc>[1]) => {
  const doc = newDoc(source, fields);
  decode.run(doc, { options: {} });
  return doc;
};

describe('decode stage', () => {
  it('treats an extracted jsonl record as text even when its URL ends in .html', () => {
    expect(run('https://news.example/a/1.html', { rawText: 'نص الخبر.' }).data.decoded?.format).toBe('jsonl');
  });

  it('sniffs an HTML page saved under another name', () => {
    expect(
      run('page.txt', { raw: Buffer.from('<!DOCTYPE html><html><body>نص</body></html>') }).data.decoded
        ?.format,
    ).toBe('html');
  });

  it('removes bidi marks and unifies line breaks', () => {
    expect(run('a.txt', { raw: Buffer.from('\u200Fسطر\r\nثان\u2028ثالث') }).data.decoded?.text).toBe(
      'سطر\nثان\nثالث',
    );
  });

  it('rejects an undecodable file with the reason', () => {
    const doc = run('a.pdf.txt', { raw: Buffer.from('%PDF-1.4 \x00\x01') });
    expect([doc.rejected, doc.messages[0]?.ruleId]).toEqual([
      'the file is a PDF document, not text',
      'decode:undecodable',
    ]);
  });
});
