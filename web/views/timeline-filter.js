/**
 * Narrowing a long timeline: by event type, by an entity the event names (place or participant) and by date.
 * The filter lives in the page's address (`#/?type=attack&entity=<id>&from=2018-01&to=2018-03`), so a
 * filtered timeline can be linked to (the entity page does); it is applied in the page, without a reload.
 */
import { dateField } from '../date-field.js';
import { h, latin } from '../dom.js';

export const FILTER_KEYS = ['type', 'entity', 'from', 'to'];

/** The filter an address asks for; unknown or empty values are left out. */
export function readFilter(params) {
  return Object.fromEntries(FILTER_KEYS.map((k) => [k, params.get(k) ?? '']).filter(([, v]) => v !== ''));
}

/**
 * Does an event pass? Dates compare as ISO prefixes: an event from «2018-02» to «2018-03» overlaps a filter
 * from «2018-03-01»; `to` is inclusive of the whole day or month it names.
 */
export function passes(event, filter) {
  if (filter.type && event.type !== filter.type) return false;
  if (filter.entity && event.place !== filter.entity && !event.participants.includes(filter.entity))
    return false;
  const end = event.date.end ?? event.date.start;
  if (filter.from && end.slice(0, filter.from.length) < filter.from) return false;
  if (filter.to && event.date.start.slice(0, filter.to.length) > filter.to) return false;
  return true;
}

/** Each event type once, most frequent first, named by the Arabic and Latin heads of its events' labels. */
function typeOptions(events) {
  const types = new Map();
  for (const e of events) {
    const known = types.get(e.type);
    if (known) known.count++;
    else
      types.set(e.type, {
        ar: e.label.split(' — ')[0],
        en: (e.labelLatin ?? e.type).split(' — ')[0],
        count: 1,
      });
  }
  return [...types.entries()]
    .sort((a, b) => b[1].count - a[1].count)
    .map(([type, t]) => h('option', { value: type }, `${t.ar} · ${t.en} (${t.count})`));
}

/** The entities the events name, most named first, Arabic name with its Latin form. */
function entityOptions(events, entities) {
  const counts = new Map();
  for (const e of events)
    for (const id of new Set([...(e.place ? [e.place] : []), ...e.participants]))
      counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts.entries()]
    .filter(([id]) => entities.has(id))
    .sort((a, b) => b[1] - a[1])
    .map(([id, n]) => {
      const e = entities.get(id);
      return h('option', { value: id }, `${e.name} · ${e.latin} (${n})`);
    });
}

function field(labelAr, labelEn, control) {
  return h('label', {}, h('span', { class: 'label' }, labelAr, ' ', latin(labelEn)), control);
}

/** The form; `onChange(filter)` is called with the new filter on every change. */
export function filterForm(events, entities, filter, onChange) {
  const all = (ar, en) => h('option', { value: '' }, `${ar} · ${en}`);
  const type = h('select', { name: 'type' }, all('كل الأنواع', 'all types'), typeOptions(events));
  const entity = h(
    'select',
    { name: 'entity' },
    all('كل الكيانات', 'all entities'),
    entityOptions(events, entities),
  );
  const from = dateField('from', 'من يوم', 'From day', filter.from);
  const to = dateField('to', 'إلى يوم', 'To day', filter.to);
  const form = h(
    'form',
    { class: 'search-form timeline-filter', role: 'search' },
    field('النوع', 'Type', type),
    field('الكيان', 'Entity', entity),
    from.label,
    to.label,
    h('button', { type: 'reset' }, 'مسح ', latin('Clear')),
  );
  for (const control of [type, entity]) control.value = filter[control.name] ?? '';
  const read = () => readFilter(new URLSearchParams(new FormData(form)));
  form.addEventListener('change', () => onChange(read()));
  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('reset', () =>
    setTimeout(() => {
      for (const { input } of [from, to]) input.dispatchEvent(new Event('input'));
      onChange(read());
    }),
  );
  return form;
}
