import { normalizeForMatch } from '../text/normalize.js';
import type { MentionGroup } from './group-mentions.js';
import { INCIDENT_TYPES } from './lexicon.js';
import { SHARED_NAMES } from './same-incident.js';

type Told = Pick<MentionGroup, 'place' | 'placeName' | 'participants' | 'named' | 'mentions'>;

/** Types of which one report often tells two on one day (two strikes, two arrests): a place tells them apart. */
export const toldApartTypes = (family: string) => family === 'attack' || INCIDENT_TYPES.has(family);

/**
 * Of two mentions of one type and day, one with a place and one with none: the one with none tells another
 * event when something else sets it apart — it names participants of its own and none of the other's, its
 * sentences never name the other's place (as an entity or as written: «موقع هجوم دوما» where the tagger saw
 * no place), and they name fewer than SHARED_NAMES entities that the other's sentences name («تعرضت محافظة
 * إدلب لقصف جوي السبت» and, paragraphs later, «أدان بارزاني الهجوم الصاروخي الذي نفذته إيران على مقر الحزب …
 * السبت»: two strikes). With no participant of its own it is the same event told again («وأسفر القصف عن …»).
 */
export function toldApart(a: Told, b: Told): boolean {
  const placed = a.place && !b.place ? a : b.place && !a.place ? b : null;
  if (!placed?.place) return false;
  const bare = placed === a ? b : a;
  if (bare.participants.length === 0) return false;
  if (bare.participants.some((p) => placed.participants.includes(p))) return false;
  const named = bare.named ?? [];
  if (named.includes(placed.place) || namesPlace(bare, placed.placeName)) return false;
  const other = new Set(placed.named ?? []);
  return named.filter((e) => other.has(e)).length < SHARED_NAMES;
}

function namesPlace(group: Told, name: string | undefined): boolean {
  const key = name ? normalizeForMatch(name) : '';
  return key.length > 0 && group.mentions.some((m) => normalizeForMatch(m.sentence).includes(key));
}
