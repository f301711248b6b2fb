/**
 * Light clitic stripping on a normalized key, for matching and lookup (not a full morphological analysis):
 * proclitics و ف ب ل ك س and the article ال (with لل), and common pronoun suffixes. A stem is never cut
 * below three letters, so short words keep their letters.
 */
const PROCLITIC = /^(?:[وف])?(?:[بلك]|س)?(?:ال|لل)?/u;
const SUFFIX = /(?:هما|كما|هم|هن|كم|كن|نا|ها|ه|ك|ي)$/u;
const MIN_STEM = 3;

export function stripClitics(norm: string): string {
  let stem = norm;
  const pre = PROCLITIC.exec(stem)?.[0] ?? '';
  if (pre && stem.length - pre.length >= MIN_STEM) stem = stem.slice(pre.length);
  return stem;
}

export function stripSuffix(stem: string): string {
  const suf = SUFFIX.exec(stem)?.[0] ?? '';
  return suf && stem.length - suf.length >= MIN_STEM ? stem.slice(0, -suf.length) : stem;
}
