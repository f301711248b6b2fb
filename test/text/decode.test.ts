import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/text/decode.js';

const TEXT =
  'أعلنت وزارة الخارجية عن عقد جولة محادثات جديدة في العاصمة، يوم 21 من الشهر.\nوقال الناطق: "المحادثات ستركز على المعتقلين".';

describe('decodeBytes', () => {
  it.each(['utf-8', 'utf-16le', 'utf-16be', 'windows-1256', 'iso-8859-6'])(
    'reads %s without a BOM',
    (encoding) => {
      expect(decodeBytes(iconv.encode(TEXT, encoding))).toEqual({ text: TEXT, encoding });
    },
  );

  it.each([
    ['utf-8', [0xef, 0xbb, 0xbf]],
    ['utf-16le', [0xff, 0xfe]],
    ['utf-16be', [0xfe, 0xff]],
  ])('reads %s with a BOM and drops the BOM', (encoding, bom) => {
    const bytes = Buffer.concat([Buffer.from(bom as number[]), iconv.encode(TEXT, encoding as string)]);
    expect(decodeBytes(bytes)).toEqual({ text: TEXT, encoding });
  });

  it('rejects an empty file', () => {
    expect(decodeBytes(Buffer.alloc(0))).toEqual({ error: 'the file is empty' });
  });

  it('rejects a PDF by its signature', () => {
    expect(decodeBytes(Buffer.from('%PDF-1.7\n\x00\x01binary'))).toEqual({
      error: 'the file is a PDF document, not text',
    });
  });

  it('rejects bytes full of control codes as binary', () => {
    const bytes = Buffer.from(Array.from({ length: 400 }, (_, i) => (i * 37) % 256));
    expect('error' in decodeBytes(bytes) && decodeBytes(bytes)).toMatchObject({
      error: expect.stringContaining('binary'),
    });
  });

  it('rejects Latin-1 bytes that read as no Arabic at all', () => {
    expect(decodeBytes(iconv.encode('Ceci est un texte français très ordinaire.', 'latin1'))).toHaveProperty(
      'error',
    );
  });
});

describe('decodeBytes on HTML', () => {
  it('trusts the charset a non-UTF-8 page declares', () => {
    const page = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256"></head><body>${TEXT}</body></html>`;
    expect(decodeBytes(iconv.encode(page, 'windows-1256'))).toEqual({ text: page, encoding: 'windows-1256' });
  });
});

describe('decodeBytes on a mis-declared page', () => {
  it('reads windows-1256 bytes as Arabic even when the page declares iso-8859-1', () => {
    const page = `<html><head><meta charset="iso-8859-1"></head><body>${TEXT}</body></html>`;
    expect(decodeBytes(iconv.encode(page, 'windows-1256'))).toEqual({ text: page, encoding: 'windows-1256' });
  });

  it('uses the declared charset for a page with no Arabic', () => {
    const page = '<html><head><meta charset="iso-8859-1"></head><body>Le café est très bon.</body></html>';
    expect(decodeBytes(iconv.encode(page, 'latin1'))).toEqual({ text: page, encoding: 'iso-8859-1' });
  });
});
