/**
 * Building the DOM safely: every piece of text from the API (scraped pages) goes in through text nodes,
 * never through innerHTML. Attributes are set one by one; links may only point inside the app (#/...).
 */
const SAFE_ATTRIBUTES = new Set([
  'class',
  'title',
  'dir',
  'lang',
  'type',
  'name',
  'value',
  'placeholder',
  'id',
  'for',
  'role',
  'aria-label',
  'aria-describedby',
  'aria-live',
  'tabindex',
]);

export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'href') element.setAttribute('href', String(value).startsWith('#') ? String(value) : '#');
    else if (name.startsWith('data-') || SAFE_ATTRIBUTES.has(name)) element.setAttribute(name, String(value));
    else throw new Error(`attribute not allowed: ${name}`);
  }
  append(element, children);
  return element;
}

export function append(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

/** Latin text inside the RTL page. */
export const latin = (text, className = 'latin') =>
  h('span', { class: className, lang: 'en', dir: 'ltr' }, text);

/**
 * An outlet to show: a file read from disk has its path as outlet (no site name, no URL); its file name
 * says which report it is, the whole path is on hover. A site name or a host is shown as it is.
 */
export function outletName(outlet, className = 'latin') {
  const file = !outlet.includes('://') && /[\\/]/.test(outlet) ? outlet.split(/[\\/]/).pop() : null;
  const node = latin(file || outlet, className);
  if (file) node.title = outlet;
  return node;
}

/** A publication day, or «undated» when the report has none. */
export const publishedDay = (day) =>
  day ? h('span', { dir: 'ltr' }, day) : h('span', { class: 'undated' }, 'بلا تاريخ ', latin('undated'));

/**
 * A text with marked spans: `spans` are { start, end, make(text) → Node } with offsets into `text`,
 * non-overlapping ones kept (earliest first, longest first on ties).
 */
export function markSpans(text, spans) {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out = [];
  let at = 0;
  for (const span of sorted) {
    if (span.start < at || span.end > text.length || span.end <= span.start) continue;
    out.push(text.slice(at, span.start), span.make(text.slice(span.start, span.end)));
    at = span.end;
  }
  out.push(text.slice(at));
  return out.filter((part) => part !== '');
}

/** A text with some spans in <mark> (search highlights); `offset` is where `text` starts in the document. */
export function highlighted(text, highlights, offset = 0) {
  return markSpans(
    text,
    highlights.map((s) => ({ start: s.start - offset, end: s.end - offset, make: (t) => h('mark', {}, t) })),
  );
}

export function render(...children) {
  const view = document.getElementById('view');
  view.replaceChildren();
  append(view, children);
}

export const loading = () => render(h('p', { class: 'muted' }, 'جارٍ التحميل… ', latin('Loading…')));

/** Mentions whose sentences differ (a report copied by two outlets tells the same sentence twice). */
export function distinctSentences(mentions) {
  const seen = new Set();
  return mentions.filter((m) => !seen.has(m.sentence) && seen.add(m.sentence));
}
