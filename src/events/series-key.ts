import { stripClitics } from '../text/clitics.js';
import { normalizeForMatch } from '../text/normalize.js';

/**
 * Match key of a series name: spelling variants of one name meet («أستانة», «أستانا», «الأستانة», «استانا»
 * → «استان»): normalized, clitics and article stripped, a final alef, taa marbuta or yaa dropped.
 */
export function seriesKey(text: string): string {
  return text
    .split(/\s+/)
    .map((w) =>
      stripClitics(normalizeForMatch(w))
        .replace(/^ال/u, '')
        .replace(/[اهي]$/u, ''),
    )
    .filter(Boolean)
    .join(' ');
}
