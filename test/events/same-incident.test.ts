import { describe, expect, it } from 'vitest';
import type { DateRange } from '../../src/events/date-range.js';
import { sameIncidentTold } from '../../src/events/same-incident.js';

const day = (d: string, source: DateRange['source'] = 'timex'): DateRange => ({
  from: d,
  to: d,
  precision: 'day',
  source,
});
/** A report's incident: its date, place, the entities its sentences name, the entities the report names. */
const told = (named: string[], opts: { place?: string; date?: DateRange; story?: string[] } = {}) => ({
  date: opts.date ?? day('2018-10-02'),
  ...(opts.place ? { place: opts.place } : {}),
  named,
  story: new Set([...(opts.story ?? []), ...named]),
});
const cluster = (g: ReturnType<typeof told>) => ({ ...g, groups: [g] });

describe('an incident told alike by two reports with no participant in common', () => {
  it('is one incident when both sentences name two entities of it (the city, the country)', () => {
    const a = told(['istanbul', 'saudi-arabia', 'trump']);
    const b = told(['istanbul', 'saudi-arabia']);
    expect(sameIncidentTold(cluster(a), b)).toBe(true);
  });

  it('is not one incident when the sentences share one entity only', () => {
    const a = told(['istanbul', 'trump']);
    const b = told(['istanbul', 'reuters']);
    expect(sameIncidentTold(cluster(a), b)).toBe(false);
  });

  it('is not one incident when the cluster has a place the other report never names', () => {
    const a = told(['egypt', 'interior-ministry'], { place: 'alexandria' });
    const b = told(['egypt', 'interior-ministry']);
    expect(sameIncidentTold(cluster(a), b)).toBe(false);
  });

  it('is not one incident on two different stated days', () => {
    const a = told(['istanbul', 'saudi-arabia']);
    const b = told(['istanbul', 'saudi-arabia'], { date: day('2018-10-03') });
    expect(sameIncidentTold(cluster(a), b)).toBe(false);
  });

  it('is not one incident when a day comes from the publication date only', () => {
    const a = told(['istanbul', 'saudi-arabia']);
    const b = told(['istanbul', 'saudi-arabia'], { date: day('2018-10-02', 'published') });
    expect(sameIncidentTold(cluster(a), b)).toBe(false);
  });

  it('compares report by report: two names spread over a cluster are not enough', () => {
    const a = told(['istanbul', 'trump']);
    const c = { ...a, named: ['istanbul', 'trump', 'saudi-arabia'], groups: [a, told(['saudi-arabia'])] };
    expect(sameIncidentTold(c, told(['trump', 'saudi-arabia']))).toBe(false);
  });
});
