import iconv from 'iconv-lite';

export type DecodeResult = { text: string; encoding: string } | { error: string };

/** File signatures of common binary formats, so the rejection names what the file is. */
const MAGIC: { bytes: number[]; name: string }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46], name: 'a PDF document' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], name: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], name: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], name: 'a GIF image' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], name: 'a ZIP archive (or DOCX/XLSX/EPUB)' },
  { bytes: [0x1f, 0x8b], name: 'a gzip archive' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], name: 'an ELF executable' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], name: 'an OLE document (DOC/XLS)' },
];
const SAMPLE = 8192;
/** Share of plausible characters a UTF-16 reading must reach to be believed. */
const UTF16_PLAUSIBLE = 0.95;

const startsWith = (bytes: Buffer, prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

/** Text characters we expect in an Arabic or Latin page: whitespace, ASCII, Latin-1, Arabic, punctuation. */
function isPlausible(c: number): boolean {
  return (
    c === 9 ||
    c === 10 ||
    c === 13 ||
    (c >= 0x20 && c < 0x7f) ||
    (c >= 0xa0 && c < 0x250) ||
    (c >= 0x0600 && c < 0x0700) ||
    (c >= 0x2000 && c < 0x2070) ||
    (c >= 0xfb50 && c <= 0xfeff)
  );
}

function plausibleShare(text: string): number {
  let ok = 0;
  for (let i = 0; i < text.length; i++) if (isPlausible(text.charCodeAt(i))) ok++;
  return text.length === 0 ? 0 : ok / text.length;
}

/** UTF-16 without a BOM: whichever byte order reads as plausible text. */
function sniffUtf16(bytes: Buffer): string | null {
  const sample = bytes.subarray(0, SAMPLE - (Math.min(bytes.length, SAMPLE) % 2));
  for (const encoding of ['utf-16le', 'utf-16be']) {
    if (plausibleShare(iconv.decode(sample, encoding)) >= UTF16_PLAUSIBLE) return encoding;
  }
  return null;
}

const isControl = (b: number) => b < 9 || (b > 13 && b < 32 && b !== 27);
const MAX_CONTROL_SHARE = 0.01;

function magicReason(bytes: Buffer): string | null {
  const magic = MAGIC.find((m) => startsWith(bytes, m.bytes));
  return magic ? `the file is ${magic.name}, not text` : null;
}

function binaryReason(bytes: Buffer): string | null {
  const sample = bytes.subarray(0, SAMPLE);
  let control = 0;
  for (const b of sample) if (isControl(b)) control++;
  if (control / sample.length <= MAX_CONTROL_SHARE) return null;
  return `the file is binary (${control} control bytes in the first ${sample.length})`;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL_CHAR = /[\u0000-\u0008\u000E-\u001A\u001C-\u001F]/u;

/** Strict UTF-8, or null; the bytes are counted for control codes only when the text holds one. */
function readUtf8(bytes: Buffer): DecodeResult | null {
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    return null; // not UTF-8: the caller tries the code pages
  }
  const binary = CONTROL_CHAR.test(text.slice(0, SAMPLE)) ? binaryReason(bytes) : null;
  return binary ? { error: binary } : { text, encoding: 'utf-8' };
}

const CODE_PAGES = ['windows-1256', 'iso-8859-6'];
const DECLARED_BONUS = 0.01;

/** `<meta charset="…">` or `content="text/html; charset=…"` in the first bytes of an HTML page. */
const DECLARED_CHARSET = /<meta[^>]+charset\s*=\s*["']?(?<charset>[\w-]+)/iu;

function declaredCharset(bytes: Buffer): string | null {
  const charset = DECLARED_CHARSET.exec(
    bytes.subarray(0, 2048).toString('latin1'),
  )?.groups?.charset.toLowerCase();
  return charset && charset !== 'utf-8' && charset !== 'utf8' && iconv.encodingExists(charset)
    ? charset
    : null;
}

/** Score of a single-byte reading: the article «ال» is the commonest Arabic bigram; U+FFFD means wrong page. */
function codePageScore(text: string): number {
  const alefLam = text.match(/\u0627\u0644/g)?.length ?? 0;
  const replacement = text.match(/\uFFFD/g)?.length ?? 0;
  const arabic = text.match(/\p{Script=Arabic}/gu)?.length ?? 0;
  return arabic === 0 ? 0 : alefLam / arabic - (2 * replacement) / arabic;
}

/**
 * Decodes the bytes of a page: BOMs first (UTF-8, UTF-16 LE/BE), UTF-16 without BOM by its NUL-byte
 * pattern, binary formats rejected with what they are, then strict UTF-8, then the charset an HTML page
 * declares in its <meta>, then the Arabic single-byte
 * code pages (windows-1256, ISO-8859-6), keeping the one that reads as Arabic (most «ال», fewest U+FFFD).
 */
export function decodeBytes(bytes: Buffer): DecodeResult {
  if (bytes.length === 0) return { error: 'the file is empty' };
  if (startsWith(bytes, [0xef, 0xbb, 0xbf]))
    return { text: bytes.subarray(3).toString('utf8'), encoding: 'utf-8' };
  if (startsWith(bytes, [0xff, 0xfe]))
    return { text: iconv.decode(bytes.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  if (startsWith(bytes, [0xfe, 0xff]))
    return { text: iconv.decode(bytes.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  if (bytes.subarray(0, SAMPLE).includes(0)) {
    const utf16 = bytes.length % 2 === 0 ? sniffUtf16(bytes) : null;
    if (utf16) return { text: iconv.decode(bytes, utf16), encoding: utf16 };
  }
  const magic = magicReason(bytes);
  if (magic) return { error: magic };
  const utf8 = readUtf8(bytes);
  if (utf8) return utf8;
  const binary = binaryReason(bytes);
  if (binary) return { error: binary };
  // A declared charset competes with the Arabic code pages (old Arabic sites often declare iso-8859-1 and
  // serve windows-1256); it wins ties, and it is used as is when no reading gives Arabic at all.
  const declared = declaredCharset(bytes);
  const encodings = [...new Set([declared, ...CODE_PAGES].filter((e): e is string => e !== null))];
  const candidates = encodings.map((encoding) => {
    const text = iconv.decode(bytes, encoding);
    return { text, encoding, score: codePageScore(text) + (encoding === declared ? DECLARED_BONUS : 0) };
  });
  const best = candidates.sort((a, b) => b.score - a.score)[0];
  if (best.score > DECLARED_BONUS) return { text: best.text, encoding: best.encoding };
  if (declared) return { text: iconv.decode(bytes, declared), encoding: declared };
  return { error: 'not UTF-8, UTF-16 or an Arabic code page: no reading gives Arabic text' };
}
