import { normalizeForMatch } from '../text/normalize.js';
import type { MasarDoc } from '../types.js';
import { daysBetween } from './date-range.js';
import type { MentionGroup } from './group-mentions.js';

type Single = Omit<MentionGroup, 'doc'>;

/**
 * How many days after the event a report tells it again, dated by the day of its telling (7 was judged: a
 * week apart, the chemical attack on Douma and the strikes that answered it are two events at one place).
 */
const TELLING_DAYS = 3;
/** «الهجوم», «بالهجوم», «للهجوم»: the event named with the article, as one already told. */
const DEFINITE = /^[وف]?(?:[بلك]?ال|لل)/u;

/**
 * A second telling of an event takes the date of the first: «دعا مجلس الأمن، الجمعة، إلى تحقيق في الهجوم الذي
 * شهدته مدينة صعدة، الخميس» tells the attack of Thursday; «اتخذ التحالف، الجمعة، إجراء يتعلق بالهجوم الذي استهدف
 * حافلة في مدينة صعدة» tells it again, and its Friday is the day of the measure. A mention named with the
 * article and dated only by a date before its trigger (the day of the clause that tells it) takes the date of
 * a mention of its type in another sentence of the report dated by its own words one to three days earlier,
 * at the same place (as an entity, or one's place written in the other's sentence). A participant in common
 * is not enough: two agreements of one government («وقعت حكومة البحرين الخميس اتفاقية», «وافق مجلس النواب،
 * الأحد، على الاتفاقية الخليجية») are two.
 */
export function dateSecondTellings(doc: MasarDoc, singles: Single[]): void {
  const firsts = singles.filter((s) => ownDate(doc, s));
  for (const s of singles) {
    if (!toldAt(doc, s)) continue;
    const first = firsts.find((o) => o !== s && sameEvent(o, s));
    if (!first?.date) continue;
    s.date = first.date;
    s.mentions[0].date = first.date;
  }
}

function sameEvent(first: Single, s: Single): boolean {
  if (first.family !== s.family || !first.date || !s.date) return false;
  if (first.mentions[0].ev.sentence === s.mentions[0].ev.sentence) return false;
  const days = daysBetween(first.date.from, s.date.from);
  if (days < 1 || days > TELLING_DAYS) return false;
  if (first.place && s.place && first.place !== s.place) return false;
  return (
    (first.place !== undefined && first.place === s.place) ||
    writes(s, first.placeName) ||
    writes(first, s.placeName)
  );
}

const writes = (s: Single, name: string | undefined) =>
  name !== undefined && normalizeForMatch(s.mentions[0].sentence).includes(normalizeForMatch(name));

/** Dated to a day by a date in its text after its trigger (its own words: «الهجوم الذي شهدته صعدة، الخميس»). */
function ownDate(doc: MasarDoc, s: Single): boolean {
  const { ev } = s.mentions[0];
  return (
    s.date?.source === 'timex' &&
    s.date.precision === 'day' &&
    timexesOf(doc, s).some((t) => t.start >= ev.end)
  );
}

/** Named with the article and dated to a day only by dates before its trigger. */
function toldAt(doc: MasarDoc, s: Single): boolean {
  const { ev } = s.mentions[0];
  const timexes = timexesOf(doc, s);
  return (
    s.date?.source === 'timex' &&
    s.date.precision === 'day' &&
    timexes.length > 0 &&
    timexes.every((t) => t.end <= ev.start) &&
    DEFINITE.test(normalizeForMatch(ev.trigger))
  );
}

const timexesOf = (doc: MasarDoc, s: Single) =>
  s.mentions[0].ev.timexes.map((i) => doc.data.time?.timexes[i]).filter((t) => t !== undefined);
