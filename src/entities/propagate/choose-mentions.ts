/**
 * Which matches of known names become mentions. A match is `inside` a tagged mention (or is one), `free`
 * of every mention, `extends` exactly one mention of its own type that it wholly covers (the tagger stopped
 * early: «ستافان دي» of «ستافان دي مستورا»), or clashes with the tagger and is dropped.
 * A one-word name spreads only when it is distinctive in the story: tagged (alone or inside a longer
 * mention) in more than half of the places it is written, so a common word that the tagger once took for a
 * name (الوطن، الأسد the animal) stays a word. Chosen matches are the longest first, never overlapping.
 */
import type { EntityMention } from '../../types.js';
import type { KnownName } from './index-known-names.js';
import type { NameMatch } from './match-names.js';

export interface PlacedMatch extends NameMatch {
  relation: 'inside' | 'free' | 'extends' | 'clash';
  /** For `extends`: the index of the mention it widens. */
  mention?: number;
}

const DISTINCTIVE_SHARE = 0.5;

export function relate(match: NameMatch, mentions: EntityMention[]): PlacedMatch {
  const overlapping: number[] = [];
  mentions.forEach((m, i) => {
    if (m.start < match.end && match.start < m.end) overlapping.push(i);
  });
  if (overlapping.length === 0) return { ...match, relation: 'free' };
  const [first] = overlapping;
  const m = mentions[first];
  if (overlapping.length > 1) return { ...match, relation: 'clash' };
  if (m.start <= match.start && match.end <= m.end) return { ...match, relation: 'inside' };
  const covers = match.start <= m.start && m.end <= match.end && m.type === match.name.type;
  return covers ? { ...match, relation: 'extends', mention: first } : { ...match, relation: 'clash' };
}

/** Known names that may spread: every name of two words or more, a one-word name when distinctive. */
export function distinctiveNames(matches: PlacedMatch[]): Set<KnownName> {
  const written = new Map<KnownName, number>();
  const tagged = new Map<KnownName, number>();
  for (const m of matches) {
    written.set(m.name, (written.get(m.name) ?? 0) + 1);
    if (m.relation === 'inside') tagged.set(m.name, (tagged.get(m.name) ?? 0) + 1);
  }
  return new Set(
    [...written]
      .filter(([name, n]) => name.words > 1 || (tagged.get(name) ?? 0) > DISTINCTIVE_SHARE * n)
      .map(([name]) => name),
  );
}

/** The matches to add or to widen a mention with: free or extending, longest first, none overlapping. */
export function chooseMatches(matches: PlacedMatch[], spreads: Set<KnownName>): PlacedMatch[] {
  const open = matches
    .filter((m) => (m.relation === 'free' || m.relation === 'extends') && spreads.has(m.name))
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
