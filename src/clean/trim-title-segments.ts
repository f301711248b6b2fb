/**
 * Removes furniture segments from the ends of a title: «Quantcast i24NEWS - Headline», «Headline | Site».
 * Only a first or last segment can go, cut at a spaced dash or a bar, and only when `isFurniture` says so;
 * inner dashes («قطر - تركيا») and the rest of the title are kept character for character.
 */
const SEPARATOR = /\s+[-–—|•]\s+|\s*(?:\||::)\s*/gu;

export function trimTitleSegments(title: string, isFurniture: (segment: string) => boolean): string {
  let text = title.trim();
  for (;;) {
    const seps = [...text.matchAll(SEPARATOR)];
    if (seps.length === 0) return text;
    const first = seps[0];
    const last = seps[seps.length - 1];
    const head = text.slice(0, first.index);
    const tail = text.slice(last.index + last[0].length);
    if (isFurniture(head)) text = text.slice(first.index + first[0].length).trim();
    else if (isFurniture(tail)) text = text.slice(0, last.index).trim();
    else return text;
  }
}

/** The segments of a title cut at its separators, for matching against the page's own headline. */
export const titleSegments = (title: string): string[] =>
  title
    .split(SEPARATOR)
    .map((s) => s.trim())
    .filter((s) => s !== '');
