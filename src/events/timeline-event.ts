import type { StoryEvent } from '../story/schema.js';
import type { Precision } from './date-range.js';
import type { EventStatus } from './lexicon.js';

/** A timeline entry: the contract's event plus the fields the timeline shows (extra fields are welcome). */
export interface TimelineEvent extends StoryEvent {
  precision: Precision;
  /** First and last day the date covers. */
  range: { from: string; to: string };
  /** Where the date comes from: stated (`timex`), between rounds of its series, or the publication day. */
  dateSource: 'timex' | 'series' | 'published';
  status: EventStatus;
  ordinal?: number;
  series?: string;
  /** The most central supporting sentence across reports. */
  summary: string;
  mentions: (StoryEvent['mentions'][number] & { trigger: string; status?: EventStatus })[];
  sources: { doc: string; title: string; source: string; published: string | null }[];
  dateConflicts?: { date: { start: string; end?: string }; sources: string[] }[];
}

/** The timeline fields of a story event when it has them (events from an older store may not). */
export const asTimelineEvent = (e: StoryEvent): Partial<TimelineEvent> & StoryEvent =>
  e as Partial<TimelineEvent> & StoryEvent;
