import iconv from 'iconv-lite';

export type DecodeResult = { text: string; encoding: string } | { error: string };

const ARABIC_LETTER = /\p{Script=Arabic}/gu;

function looksBinary(bytes: Buffer): boolean {
  const sample = bytes.subarray(0, 4096);
  let control = 0;
  for (const b of sample) if (b === 0 || (b < 8 && b !== 0)) control++;
  return control > 0 && control / sample.length > 0.01;
}

function isValidUtf8(bytes: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Share of letters that are Arabic: how we choose between the single-byte Arabic code pages. */
function arabicShare(text: string): number {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  return letters === 0 ? 0 : (text.match(ARABIC_LETTER)?.length ?? 0) / letters;
}

/**
 * Decodes the bytes of a page: BOMs first (UTF-8, UTF-16 LE/BE), then strict UTF-8, then the Arabic
 * single-byte code pages (windows-1256, ISO-8859-6), keeping the one that yields the most Arabic letters.
 */
export function decodeBytes(bytes: Buffer): DecodeResult {
  if (bytes.length === 0) return { error: 'the file is empty' };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: bytes.subarray(3).toString('utf8'), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: iconv.decode(bytes.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: iconv.decode(bytes.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  if (looksBinary(bytes)) return { error: 'the file is binary (control bytes), not text' };
  if (isValidUtf8(bytes)) return { text: bytes.toString('utf8'), encoding: 'utf-8' };
  const candidates = ['windows-1256', 'iso-8859-6'].map((encoding) => {
    const text = iconv.decode(bytes, encoding);
    return { text, encoding, share: arabicShare(text) - (text.match(/\uFFFD/g)?.length ?? 0) / text.length };
  });
  const best = candidates.sort((a, b) => b.share - a.share)[0];
  if (best.share < 0.3) return { error: 'not UTF-8 and no Arabic code page decodes it to Arabic text' };
  return { text: best.text, encoding: best.encoding };
}
