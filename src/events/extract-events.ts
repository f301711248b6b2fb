import type { EntityMention, EventMention, Segments, Timex } from '../types.js';
import { assignTimexes } from './assign-timexes.js';
import { attachEntities } from './attach-arguments.js';
import { findOrdinal } from './find-ordinal.js';
import { findPhase, findStatus } from './find-status.js';
import { findStatements, findTriggers, GATHERINGS, type TriggerHit } from './find-triggers.js';
import { hasPlaceObject } from './has-place-object.js';
import { type EventStatus, NEEDS_SERIES } from './lexicon.js';

/**
 * Event mentions of one document: triggers from data/events/triggers.json, then per trigger its arguments
 * (time, participants, place), its series and ordinal, and its status. Types are documented in docs/events.md.
 */
export function extractEvents(
  segments: Segments,
  timexes: Timex[],
  entities: EntityMention[],
  text = '',
  reference: string | null = null,
): EventMention[] {
  const { tokens } = segments;
  const hits = findTriggers(tokens);
  const statements = findStatements(tokens);
  const locs = entities.filter((m) => m.type === 'LOC').sort((a, b) => a.start - b.start);
  const taken = hits.filter((hit) => hasPlaceObject(hit, tokens, locs));
  const bySentence = new Map<number, TriggerHit[]>();
  for (const hit of [...taken, ...statements].sort((a, b) => a.first - b.first)) {
    const s = tokens[hit.first].sentence;
    bySentence.set(s, [...(bySentence.get(s) ?? []), hit]);
  }
  const mentionsOf = new Map<number, number[]>();
  entities.forEach((m, i) => {
    const list = mentionsOf.get(m.sentence);
    if (list) list.push(i);
    else mentionsOf.set(m.sentence, [i]);
  });
  const events: EventMention[] = [];
  for (const [sentence, sentenceHits] of bySentence) {
    const sentenceMentions = mentionsOf.get(sentence) ?? [];
    const statuses = sentenceHits.map((h) =>
      h.type === 'statement' ? null : findStatus(tokens, h.first, h.last),
    );
    const owned = assignTimexes(
      sentenceHits,
      statuses.map(Boolean),
      segments,
      timexes,
      sentence,
      text,
      reference,
    );
    sentenceHits.forEach((hit, k) => {
      const goalOnly = hit.topic && !owned[k].some((i) => isPast(timexes[i], reference));
      if (hit.type !== 'statement' && !goalOnly && !bareRound(hit, tokens, entities, sentenceMentions))
        events.push(
          toMention(
            hit,
            owned[k],
            statuses[k],
            segments,
            text,
            entities,
            sentence,
            sentenceHits,
            sentenceMentions,
          ),
        );
    });
  }
  return events;
}

function toMention(
  hit: TriggerHit,
  timexes: number[],
  status: EventStatus | null,
  segments: Segments,
  text: string,
  entities: EntityMention[],
  sentence: number,
  sentenceHits: TriggerHit[],
  sentenceMentions: number[],
): EventMention {
  const { tokens } = segments;
  const start = tokens[hit.first].start;
  const end = tokens[hit.last].end;
  const others = sentenceHits.filter((h) => h.type !== 'statement');
  const statements = sentenceHits.filter((h) => h.type === 'statement');
  const args = attachEntities(hit, segments, text, entities, sentence, others, sentenceMentions, statements);
  const ordinal = findOrdinal(tokens, hit.first, hit.last);
  const identifier =
    /^\d+$/.test(tokens[hit.last].norm) && hit.last > hit.first ? tokens[hit.last].norm : undefined;
  const series =
    identifier ??
    ordinal.seriesText ??
    (GATHERINGS.has(hit.type) ? genitivePlace(args.place, entities, end, text) : undefined);
  const phase = findPhase(tokens, hit.first, hit.last);
  return {
    start,
    end,
    type: hit.type,
    trigger: text
      ? text.slice(start, end)
      : tokens
          .slice(hit.first, hit.last + 1)
          .map((t) => t.text)
          .join(' '),
    sentence,
    timexes,
    participants: args.participants,
    ...(args.place !== undefined ? { place: args.place } : {}),
    ...(status ? { status } : {}),
    ...(ordinal.ordinal !== undefined ? { ordinal: ordinal.ordinal } : {}),
    ...(series ? { series } : {}),
    ...(phase ? { phase } : {}),
  };
}

/** «محادثات أستانة», «مفاوضات "جنيف"»: a place right after a gathering names its series. */
function genitivePlace(
  place: number | undefined,
  entities: EntityMention[],
  end: number,
  text: string,
): string | undefined {
  if (place === undefined) return undefined;
  const m = entities[place];
  return m.start >= end && /^[\s"“”«»']{1,3}$/u.test(text.slice(end, m.start)) ? m.text : undefined;
}

/** «الجولة الأولى» with no series name after it (a sports round as often as talks): no event. */
function bareRound(
  hit: TriggerHit,
  tokens: Segments['tokens'],
  entities: EntityMention[],
  sentenceMentions: number[],
): boolean {
  const words = tokens.slice(hit.first, hit.last + 1).filter((t) => /\p{L}/u.test(t.text));
  if (!words.every((t) => NEEDS_SERIES.has(t.stem) || NEEDS_SERIES.has(t.norm))) return false;
  if (findOrdinal(tokens, hit.first, hit.last).seriesText) return false;
  const after = tokens[hit.last].end;
  return !sentenceMentions.some((i) => {
    const m = entities[i];
    return m.type === 'LOC' && m.start >= after && m.start - after <= 30;
  });
}

/** A date wholly before the report: a goal dated so was reached («للتوصل إلى اتفاق … أواخر كانون الأول»). */
function isPast(t: Timex, reference: string | null): boolean {
  return reference !== null && t.range !== undefined && t.range.to < reference;
}
