/**
 * Candidate readings of a normalized word as proclitics + rest, for lookups of names that carry a
 * conjunction or preposition (وسوريا، بدمشق، للأمم). Unlike src/text/clitics.ts this never decides: it
 * lists the readings (longest prefix first) and the caller keeps one only when the rest is a known word.
 */
const PREFIXES = [
  'وبال',
  'وكال',
  'ولل',
  'فال',
  'وال',
  'بال',
  'كال',
  'لل',
  'وب',
  'ول',
  'وك',
  'فب',
  'فل',
  'و',
  'ف',
  'ب',
  'ل',
  'ك',
];
const MIN_REST = 2;

export interface Reading {
  /** The proclitic letters as written (without any article they carry). */
  prefix: string;
  /** The rest, with the article restored when the prefix held it (لل → ال). */
  rest: string;
}

export function procliticReadings(norm: string): Reading[] {
  const readings: Reading[] = [];
  for (const p of PREFIXES) {
    if (!norm.startsWith(p) || norm.length - p.length < MIN_REST) continue;
    const article = p.endsWith('ال') || p.endsWith('لل');
    const prefix = article ? p.slice(0, -2) + (p.endsWith('لل') ? 'ل' : '') : p;
    const rest = article ? `ال${norm.slice(p.length)}` : norm.slice(p.length);
    if (prefix) readings.push({ prefix, rest });
  }
  return readings;
}

/** Strips a leading article ال when at least three letters remain. */
export function stripArticle(norm: string): string {
  return norm.startsWith('ال') && norm.length >= 5 ? norm.slice(2) : norm;
}
