/**
 * The evidence of a report left undated: what its text says of its day when that is not enough for a range.
 */
import type { MasarDoc, Timex } from '../../types.js';
import { explainOwnDay, ownDayYears } from './own-day-years.js';
import { latestReported } from './window.js';

/** An undated report that names its day without the year: the years it can be (no range is safe). */
export function explainUndated(doc: MasarDoc, timexes: Timex[]): void {
  const ownDay = ownDayYears(timexes);
  if (ownDay) doc.published = { ...doc.published, evidence: explainOwnDay(ownDay) };
  else explainLowerBound(doc, timexes);
}

/**
 * An undated report whose text tells a dated past event: say so, since it bounds the day from below only
 * (no range is given: history told in today's news would make any upper bound wrong). Only a past a word
 * of its clause tells is said to be one: a date in a clause with no tense («كأس العالم سنة 2022», a
 * programme «من 8 الى 24 جوان») may be ahead of the day.
 */
function explainLowerBound(doc: MasarDoc, timexes: Timex[]): void {
  const latest = latestReported(timexes, true);
  if (!latest) return;
  doc.published = {
    ...doc.published,
    evidence: `no date stated; the text reports «${latest.text}» (${latest.day}), so it was published after it, but nothing in the text bounds the day from above`,
  };
}
