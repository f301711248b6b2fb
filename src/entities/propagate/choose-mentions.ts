/**
 * Which matches of known names become mentions. A match is `tagged` (it is a mention, give or take the
 * proclitics before it, or the last words of a person's mention: a surname), `inside` a longer mention (a
 * head word of another name: الحزب of الحزب الجمهوري), `free` of every mention, `extends` exactly one
 * mention that it wholly covers (the tagger stopped early: «جان دي» of «جان دي فرانكو»), of its own
 * type or of any type when the name has two words or more (the tagger saw only a part of it, and typed that
 * part: a religion's name as MISC inside an armed group's name), or clashes with the tagger and is dropped.
 * A name spreads only when the story tags it (or a part of it) in at least half of the places it is written, and a one-word
 * name in more than half: a common word that the tagger once took for a name (الوطن، النمر the animal,
 * القاعدة a base) stays a word. A person's family name alone (./family-names.ts) spreads only in the
 * documents that tag the full name, where a quarter of its places tagged suffices. Chosen matches are the longest first, never overlapping.
 */
import type { EntityMention } from '../../types.js';
import type { KnownName } from './index-known-names.js';
import type { NameMatch } from './match-names.js';

export interface PlacedMatch extends NameMatch {
  relation: 'tagged' | 'inside' | 'free' | 'extends' | 'clash';
  /** For `extends`: the index of the mention it widens. */
  mention?: number;
}

const SHARE = 0.5;
/** A family name alone spreads only in documents that tag the full name: a lower share suffices there. */
const FAMILY_SHARE = 0.25;
/** Letters of proclitics a tagger's span may hold before the name (وب، فل). */
const MAX_PROCLITICS = 2;

function relation(match: NameMatch, m: EntityMention): PlacedMatch['relation'] {
  if (m.start <= match.start && match.end <= m.end) {
    const same = match.end === m.end && (match.start - m.start <= MAX_PROCLITICS || m.type === 'PER');
    return same ? 'tagged' : 'inside';
  }
  const sameType = m.type === match.name.type || match.name.words > 1;
  const covers = match.start <= m.start && m.end <= match.end && sameType;
  return covers ? 'extends' : 'clash';
}

export function relate(match: NameMatch, mentions: EntityMention[]): PlacedMatch {
  const overlapping: number[] = [];
  mentions.forEach((m, i) => {
    if (m.start < match.end && match.start < m.end) overlapping.push(i);
  });
  if (overlapping.length === 0) return { ...match, relation: 'free' };
  if (overlapping.length > 1) return { ...match, relation: 'clash' };
  const kind = relation(match, mentions[overlapping[0]]);
  return kind === 'extends'
    ? { ...match, relation: kind, mention: overlapping[0] }
    : { ...match, relation: kind };
}

/** How often each known name is written and how often tagged, over the story (see the head comment). */
export class NameTally {
  private readonly written = new Map<KnownName, number>();
  private readonly tagged = new Map<KnownName, number>();

  add(match: PlacedMatch): void {
    this.written.set(match.name, (this.written.get(match.name) ?? 0) + 1);
    if (match.relation === 'tagged' || match.relation === 'extends')
      this.tagged.set(match.name, (this.tagged.get(match.name) ?? 0) + 1);
  }

  /**
   * Whether the name is tagged in enough of the places it is written to spread; in a document that
   * introduces it with a place head (./introduced-places.ts), a place spreads whatever the share.
   */
  spreads(name: KnownName, doc?: number): boolean {
    if (doc !== undefined && name.introducedIn?.has(doc)) return true;
    const share = (this.tagged.get(name) ?? 0) / (this.written.get(name) ?? 1);
    if (name.familyOf) return share >= FAMILY_SHARE;
    return name.words > 1 ? share >= SHARE : share > SHARE;
  }
}

/** Whether the match may become a mention: it is free of the tagger's mentions or widens one. */
export const isOpen = (m: PlacedMatch) => m.relation === 'free' || m.relation === 'extends';

/** The matches to add or to widen a mention with: free or extending, longest first, none overlapping. */
export function chooseMatches(matches: PlacedMatch[], tally: NameTally, doc: number): PlacedMatch[] {
  const open = matches
    .filter((m) => isOpen(m) && tally.spreads(m.name, doc) && (!m.name.familyOf || m.name.familyOf.has(doc)))
    .sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const chosen: PlacedMatch[] = [];
  const widened = new Set<number>();
  for (const m of open) {
    if (chosen.some((c) => c.start < m.end && m.start < c.end)) continue;
    if (m.mention !== undefined && widened.has(m.mention)) continue;
    if (m.mention !== undefined) widened.add(m.mention);
    chosen.push(m);
  }
  return chosen.sort((a, b) => a.start - b.start);
}
