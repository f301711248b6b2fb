/** The shapes shared by the Arabic parsers and refiners (chrono's Parser / ParsingResult / Refiner). */
import type { IsoDay, Message, TimexType } from '../types.js';
import type { Components } from './components.js';

export type Granularity = 'day' | 'week' | 'month' | 'season' | 'year' | 'decade' | 'century' | 'time';

/** What the text says about a date relative to the reference, kept for publication-date inference. */
export interface Relation {
  /** Days from the reference (أمس −1, اليوم 0, غدا +1). */
  offsetDays?: number;
  /** A unit shifted from the reference's («الشهر الماضي» month −1). */
  shift?: { unit: 'week' | 'month' | 'year'; by: number };
  /** A named month with a direction: «ديسمبر الماضي» −1, «الجاري» 0, «المقبل» +1. */
  monthDirection?: -1 | 0 | 1;
  /** The direction said of a weekday that comes with its date: «الأحد الماضي 12 آب» −1. */
  weekdayDirection?: -1 | 0 | 1;
  /** The direction a bare weekday was resolved toward. */
  tense?: 'past' | 'future';
}

export interface ParsedResult {
  /** Matching-text offsets. */
  start: number;
  end: number;
  type: TimexType;
  tag: string;
  /** Calendar components, for DATE and TIME. */
  components?: Components;
  granularity?: Granularity;
  /** A value given outright (durations, sets, references). */
  value?: string;
  /** Time of day: `MO`, `EV`…, or `hh:mm`. */
  timeOfDay?: string;
  season?: string;
  mod?: string;
  relative: boolean;
  relation?: Relation;
  /** Last day of a range («يومي 21 و22»). */
  rangeEnd?: Components;
  /** A range computed by the parser itself (Hijri months and years). */
  fixedRange?: { from: IsoDay; to: IsoDay };
  /** Both halves of a paired month that disagree («29 أيلول/ ديسمبر»), for the month-pair refiner. */
  pair?: { levantine: number; other: number };
}

export interface ParserContext {
  text: string;
  /** The unchanged display text, for a spelling the matching text loses («إب» against «آب»). */
  display?: string;
  reference: IsoDay | null;
  messages?: Message[];
  /** Display span of a matching span, for messages. */
  place(start: number, end: number): { start: number; end: number };
}

export interface Parser {
  tag: string;
  pattern: RegExp;
  extract(match: RegExpExecArray, context: ParserContext): ParsedResult | ParsedResult[] | null;
}

export type Refiner = (results: ParsedResult[], context: ParserContext) => ParsedResult[];

/** Before a word: start of text or a non-letter, and at most one proclitic (و ف ب ل ك (وب، ول، فب…)). */
export const B = '(?<=(?:^|[^\\p{L}\\p{N}])(?:[وف]?[بلك]?))';
export const B_STRICT = '(?<=^|[^\\p{L}\\p{N}])';
/** After a word: no letter or digit follows. */
export const E = '(?![\\p{L}\\p{N}])';
export const SP = '\\s+';
/** Optional comma or spaces between parts («اليوم، الثلاثاء»). */
export const SEP = '\\s*[،,]?\\s*';

/** A result spanning the whole match (chrono's createParsingResult): the parser adds only what it knows. */
export function resultOf(
  match: RegExpExecArray,
  tag: string,
  type: TimexType,
  fields: Omit<ParsedResult, 'start' | 'end' | 'type' | 'tag'>,
): ParsedResult {
  return { start: match.index, end: match.index + match[0].length, type, tag, ...fields };
}
