/**
 * Which links (an undated report's event dated relative to its own day) may date it, and the ambiguity of a
 * bare weekday. Measured on piles of one story (npm run eval -- piles): five piles of ANT v2.1 dev articles,
 * half of each given their dates, every link of the other half judged against its report's true day.
 */
import type { Link } from '../../events/find-anchors.js';
import type { IsoDay, Timex } from '../../types.js';
import { addDays } from '../calendar.js';

/**
 * How alike (src/events/event-key.ts likeness) a link and an anchor must be to date a report: in a pile of
 * one story every report names the same places and parties (the story counts 1), so the story alone, or one
 * thing shared without it, is too little. A link of likeness 1 held the true day 21 times of 41, of 2 or
 * more 50 of 62.
 */
export const MIN_LIKENESS = 2;

/**
 * Kinds of event that recur in a conflict day after day at the same place by the same forces (a strike on
 * a besieged town, deaths under shelling): «الأحد» of one report and a Sunday of another are seldom the
 * same one. Never evidence of a day: attacks held the true day 20 times of 35, killings 1 of 4. With both
 * rules the links left held it 42 times of 45.
 */
const RECURRING = new Set(['attack', 'killing']);

interface Parsed {
  stated?: { weekday?: number; day?: number; month?: number; hour?: number };
  relation?: { offsetDays?: number };
  tense?: string;
}

/** A time of day with no day («الساعة 13:14»): the day is told elsewhere, the clock says nothing of it. */
const clockAlone = (t: Timex) => {
  const p = (t.parsed ?? {}) as Parsed;
  return (
    t.type === 'TIME' &&
    p.stated?.weekday === undefined &&
    p.stated?.day === undefined &&
    p.relation?.offsetDays === undefined
  );
};

/**
 * A day and month without the year («19 يونيو»): the expression dates the event by itself, and the report
 * can be weeks or months after it (on the piles, such links pinned the report's day within 16 days of the
 * event, 9 times right of 10: right by the habit of news, not by the text).
 */
const dayAndMonth = (t: Timex) => {
  const p = (t.parsed ?? {}) as Parsed;
  return p.stated?.day !== undefined && p.stated.month !== undefined && p.relation?.offsetDays === undefined;
};

/**
 * A plan for a week or a month («من المقرر أن يزور … خلال الشهر الحالي», «محادثات … الأسبوع المقبل»): plans
 * slip and such a span meets any event of the kind in it (on the half-dated piles the two links of this
 * form both met another event; a past month, «الشهر الماضي», is kept).
 */
const WEEK_DAYS = 6;
const plannedSpan = (t: Timex) =>
  ((t.parsed ?? {}) as Parsed).tense === 'future' &&
  t.range !== undefined &&
  (Date.parse(t.range.to) - Date.parse(t.range.from)) / 86_400_000 >= WEEK_DAYS;

/** Whether a link may date its report at all. */
export const mayDate = (link: Link) =>
  !RECURRING.has(link.family) &&
  !clockAlone(link.timex) &&
  !dayAndMonth(link.timex) &&
  !plannedSpan(link.timex);

/** «الماضي», «المقبل» … after a weekday: it says which week. */
const WEEK_WORD = /(?:الماضي|الماضى|المقبل|القادم|الفائت|المنصرم|السابق)/u;

/**
 * A bare weekday («اختفى الثلاثاء») said on that weekday is read as that day, yet reports often mean the one a
 * week before («الثلاثاء» for last Tuesday, told the next Tuesday): when the report's day can be the
 * anchor's own, it can also be a week later (a week earlier in the future tense).
 */
export function sameWeekdayAWeekOff(t: Timex, anchorDay: IsoDay, days: IsoDay[]): IsoDay | null {
  const p = (t.parsed ?? {}) as Parsed;
  if (!t.tag.startsWith('ar/weekday') || p.stated?.weekday === undefined || WEEK_WORD.test(t.text))
    return null;
  if (!days.includes(anchorDay)) return null;
  return addDays(anchorDay, p.tense === 'future' ? -7 : 7);
}
