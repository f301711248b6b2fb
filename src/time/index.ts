/**
 * The Arabic temporal tagger: every time expression of a text as a TIMEX3 (type, value, mod, range),
 * resolved against `reference`, which is always an argument, never the clock. Parsers and refiners are
 * configured in ./ar/index.ts (chrono's locale shape).
 */
import type { IsoDay, Message, Timex } from '../types.js';
import { PARSERS, REFINERS } from './ar/index.js';
import { tenseFoundAt, timexTenseAt } from './ar/tense.js';
import { guardedPattern } from './guard-first-char.js';
import { makeMatchText, toDisplaySpan } from './match-text.js';
import type { ParsedResult, ParserContext } from './parser.js';
import { rangeOf, timexValue } from './resolve.js';

export { addDays } from './calendar.js';

export function parseTime(
  display: string,
  reference: IsoDay | null,
  messages?: Message[],
): { results: ParsedResult[]; context: ParserContext; toTimex: (r: ParsedResult) => Timex } {
  const mt = makeMatchText(display);
  const context: ParserContext = {
    text: mt.text,
    display,
    reference,
    messages,
    place: (s, e) => toDisplaySpan(mt, s, e),
  };
  let results: ParsedResult[] = [];
  for (const parser of PARSERS) {
    for (const match of mt.text.matchAll(guardedPattern(parser.pattern))) {
      const out = parser.extract(match as RegExpExecArray, context);
      if (out) results.push(...(Array.isArray(out) ? out : [out]));
    }
  }
  for (const refine of REFINERS) results = refine(results, context);
  const toTimex = (r: ParsedResult): Timex => {
    const span = toDisplaySpan(mt, r.start, r.end);
    const range = rangeOf(r);
    const components = r.components ? { ...r.components.stated() } : undefined;
    return {
      ...span,
      text: display.slice(span.start, span.end),
      type: r.type,
      value: timexValue(r),
      tag: r.tag,
      relative: r.relative,
      ...(r.mod ? { mod: r.mod } : {}),
      ...(range ? { range } : {}),
      parsed: {
        stated: components,
        relation: r.relation,
        granularity: r.granularity,
        tense: timexTenseAt(mt.text, r.start),
        // a tense a word of the clause tells, not the past taken when none does
        tenseTold: tenseFoundAt(mt.text, r.start) !== null,
      },
    };
  };
  return { results, context, toTimex };
}

export function tagTime(displayText: string, reference: IsoDay | null, messages?: Message[]): Timex[] {
  const { results, toTimex } = parseTime(displayText, reference, messages);
  return results.map(toTimex);
}
