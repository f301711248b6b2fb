/**
 * Ordinal day words الأول .. الحادي والثلاثين (masculine, as used for days of the month), with the
 * feminine/ordinal-without-article forms most often printed. Provenance: Arabic grammar (general knowledge).
 */
const UNITS: [string, number][] = [
  ['الأول', 1],
  ['الثاني', 2],
  ['الثالث', 3],
  ['الرابع', 4],
  ['الخامس', 5],
  ['السادس', 6],
  ['السابع', 7],
  ['الثامن', 8],
  ['التاسع', 9],
];
const COMPOUND_UNITS: [string, number][] = [['الحادي', 1], ...UNITS.slice(1)];

function build(): Record<string, number> {
  const out: Record<string, number> = Object.fromEntries(UNITS);
  out.العاشر = 10;
  for (const [word, n] of COMPOUND_UNITS) out[`${word} عشر`] = 10 + n;
  out.العشرين = 20;
  for (const [word, n] of COMPOUND_UNITS) out[`${word} والعشرين`] = 20 + n;
  out.الثلاثين = 30;
  out['الحادي والثلاثين'] = 31;
  return out;
}

export const ORDINAL_DAYS: Record<string, number> = build();
