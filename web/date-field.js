/**
 * A date filter's field. A native date input writes the day as the browser's locale does (`mm/dd/yyyy` in an
 * English browser), which on an Arabic page says neither which part is the day nor that a day is asked for.
 * The field keeps the native picker and says under it, in words, the day chosen with its month's name in
 * Arabic and English («12 مارس 2018 · 12 March 2018»), or «أي يوم · any day» while none is, so that 03/04
 * cannot be read two ways.
 */
import { append, h, latin } from './dom.js';

const AR = new Intl.DateTimeFormat('ar-u-nu-latn', {
  timeZone: 'UTC',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const EN = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/** «2018-03-12» in words, Arabic then English; null when the value is no ISO day. */
export function spellDay(value) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value ?? '')) return null;
  const day = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(day.getTime())) return null;
  return { ar: AR.format(day), en: EN.format(day) };
}

function hintOf(value) {
  const words = spellDay(value);
  return words ? [words.ar, ' · ', latin(words.en)] : ['أي يوم · ', latin('any day')];
}

/** A label, its date input (named `name`, holding `value`) and the hint that spells it out. */
export function dateField(name, labelAr, labelEn, value = '') {
  const hintId = `${name}-day-hint`;
  const input = h('input', {
    type: 'date',
    name,
    dir: 'ltr',
    title: 'YYYY-MM-DD',
    'aria-describedby': hintId,
  });
  input.value = value;
  const hint = h(
    'span',
    { class: 'date-hint muted', id: hintId, 'aria-live': 'polite' },
    hintOf(input.value),
  );
  input.addEventListener('input', () => {
    hint.replaceChildren();
    append(hint, hintOf(input.value));
  });
  const label = h('label', {}, h('span', { class: 'label' }, `${labelAr} `, latin(labelEn)), input, hint);
  return { label, input };
}
