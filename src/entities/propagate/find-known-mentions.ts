/**
 * The known-name pass of the story step (cross-document label consistency, after Krishnan & Manning 2006):
 * a name the tagger found somewhere in the story is found again wherever it is written and was left
 * untagged, in any of the spellings the resolver would unify with it. Runs after every document is tagged
 * and before `resolveEntities`; added mentions are appended to `doc.data.entities.mentions` (indices of the
 * tagger's mentions stay valid for the events stage) and marked `found: 'propagated'`; a tagger span that
 * stopped inside such a name is widened in place (taking the name's type) and marked `found: 'extended'`.
 * Returns how many mentions were added or widened.
 */
import { lastStartingAtOrBefore } from '../../text/search-offsets.js';
import type { EntityMention, MasarDoc } from '../../types.js';
import { collectForms, type Form } from '../resolve/collect-forms.js';
import { nameKey } from '../resolve/name-key.js';
import { chooseMatches, isOpen, NameTally, type PlacedMatch, relate } from './choose-mentions.js';
import { indexKnownNames } from './index-known-names.js';
import { introducedPlaces } from './introduced-places.js';
import { nameMatcher } from './match-names.js';

/** Index of the sentence holding an offset (the last one that starts at or before it), 0 without segments. */
function sentenceAt(doc: MasarDoc, offset: number): number {
  return Math.max(lastStartingAtOrBefore(doc.data.segments?.sentences ?? [], offset), 0);
}

function apply(doc: MasarDoc, mentions: EntityMention[], match: PlacedMatch): void {
  const text = doc.data.clean?.text.slice(match.start, match.end) ?? '';
  const span = { start: match.start, end: match.end, text, key: nameKey(text).plain.join(' ') };
  if (match.mention !== undefined) {
    Object.assign(mentions[match.mention], span, { type: match.name.type, found: 'extended' });
    return;
  }
  const sentence = sentenceAt(doc, match.start);
  mentions.push({ ...span, type: match.name.type, sentence, found: 'propagated' });
}

export interface KnownOptions {
  /**
   * Whether places a report introduces with a place head spread in that report (./introduced-places.ts);
   * default true. Off for CoNLL input (src/entities/ner-post), which has sentences but no reports.
   */
  introduced?: boolean;
}

export function findKnownMentions(docs: MasarDoc[], options: KnownOptions = {}): number {
  const forms = collectForms(docs);
  // the tagger's names, and the places a report introduces with a place head (the phrase rule's too)
  const introduced = options.introduced === false ? new Set<Form>() : introducedPlaces(docs, forms);
  const index = indexKnownNames(
    forms.filter((form) => !form.found || introduced.has(form)),
    introduced,
  );
  if (index.names.size === 0) return 0;
  const matchNames = nameMatcher(index);
  const tally = new NameTally();
  const open = docs.map((doc) => {
    const mentions = doc.data.entities?.mentions ?? [];
    const placed = matchNames(doc.data.clean?.text ?? '').map((m) => relate(m, mentions));
    for (const match of placed) tally.add(match);
    return placed.filter(isOpen);
  });
  let changed = 0;
  docs.forEach((doc, i) => {
    const chosen = chooseMatches(open[i], tally, i);
    if (chosen.length === 0) return;
    doc.data.entities ??= { mentions: [] };
    for (const match of chosen) apply(doc, doc.data.entities.mentions, match);
    changed += chosen.length;
  });
  return changed;
}
