import { api, encode } from '../api.js';
import { h, latin, markSpans, outletName, render } from '../dom.js';

/** Entity mentions and time expressions as marked spans; the hover title shows what each resolves to. */
function annotationSpans(annotations) {
  const timexes = annotations.timexes.map((t) => ({
    start: t.start,
    end: t.end,
    make: (text) => {
      const tip = `${t.value}${t.mod ? ` (${t.mod})` : ''} · ${t.evidence}`;
      return h(
        'span',
        { class: 'timex', title: tip, 'data-tip': tip, 'data-value': t.value, tabindex: 0 },
        text,
      );
    },
  }));
  const entities = annotations.entities.map((m) => ({
    start: m.start,
    end: m.end,
    make: (text) =>
      h(
        'a',
        {
          class: `ent ent-${m.type}`,
          href: `#/entity/${encode(m.entity)}`,
          title: `${m.type} · ${m.latin} · ${m.name}`,
        },
        text,
      ),
  }));
  return [...timexes, ...entities];
}

/** A paragraph's text with its spans marked; the `focus` ranges (a chosen event's sentences) wrapped in <mark>. */
function paragraphParts(part, start, spans, focus) {
  const local = (list) =>
    list
      .filter((s) => s.end > start && s.start < start + part.length)
      .map((s) => ({ ...s, start: s.start - start, end: s.end - start }));
  const inside = (from, to) =>
    local(spans)
      .filter((s) => s.start >= from && s.end <= to)
      .map((s) => ({ ...s, start: s.start - from, end: s.end - from }));
  const out = [];
  let at = 0;
  for (const f of local(focus).sort((a, b) => a.start - b.start)) {
    const from = Math.max(f.start, at);
    const to = Math.min(f.end, part.length);
    if (to <= from) continue;
    out.push(markSpans(part.slice(at, from), inside(at, from)));
    out.push(h('mark', { class: 'event-focus' }, markSpans(part.slice(from, to), inside(from, to))));
    at = to;
  }
  out.push(markSpans(part.slice(at), inside(at, part.length)));
  return out;
}

function paragraphs(text, spans, focus = []) {
  const blocks = [];
  let at = 0;
  for (const part of text.split('\n')) {
    const start = at;
    at += part.length + 1;
    if (part.trim() === '') continue;
    blocks.push(h('p', {}, paragraphParts(part, start, spans, focus)));
  }
  return blocks;
}

/** Where an event mention's sentence lies in the text: the occurrence of the sentence that holds the trigger. */
function sentenceRange(text, mention) {
  const from = text.lastIndexOf(mention.sentence, mention.start);
  if (from >= 0 && from + mention.sentence.length >= mention.end)
    return { start: from, end: from + mention.sentence.length };
  return { start: mention.start, end: mention.end };
}

/** The note above a chosen event's sentences: what the event is, and the way back to the timeline. */
function focusNote(events) {
  const e = events[0];
  if (!e) return null;
  return h(
    'p',
    { class: 'note event-note' },
    'الحدث المحدد ',
    latin('Event'),
    ': ',
    h('strong', {}, e.label),
    ' ',
    h('span', { dir: 'ltr' }, e.date.start),
    ' ',
    latin(e.labelLatin),
    ' · ',
    h('a', { href: '#/' }, 'الخط الزمني ', latin('Timeline')),
  );
}

function publishedLine(published) {
  return h(
    'p',
    { class: 'published', title: published.evidence },
    'تاريخ النشر ',
    latin('Published'),
    ': ',
    h(
      'span',
      { dir: 'ltr' },
      published.date ?? (published.range ? `${published.range.from} – ${published.range.to}` : '?'),
    ),
    ' ',
    latin(`${published.how}: ${published.evidence}`, 'latin evidence'),
  );
}

function timexTable(timexes) {
  if (timexes.length === 0) return h('p', { class: 'muted' }, '—');
  return h(
    'table',
    { class: 'timexes' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', {}, 'العبارة ', latin('Expression')),
        h('th', {}, latin('Value')),
        h('th', {}, 'الدليل ', latin('Evidence')),
      ),
    ),
    h(
      'tbody',
      {},
      timexes.map((t) =>
        h(
          'tr',
          {},
          h('td', {}, t.text),
          h('td', { dir: 'ltr' }, t.value),
          h('td', { dir: 'ltr', lang: 'en', class: 'evidence' }, t.evidence),
        ),
      ),
    ),
  );
}

const eventLink = (docId, eventId) => `#/doc/${encode(docId)}?${new URLSearchParams({ event: eventId })}`;

/** An article; with `eventId`, the sentences that tell that event are marked and scrolled to. */
export async function articleView(id, eventId = null) {
  const { document: doc, annotations } = await api(`documents/${encode(id)}`);
  const chosen = annotations.events.filter((e) => e.event === eventId);
  const focus = chosen.map((e) => sentenceRange(doc.text, e));
  render(
    h(
      'article',
      { class: 'reader' },
      h('h1', {}, doc.title),
      h(
        'p',
        { class: 'source' },
        outletName(doc.outlet),
        ' · ',
        h('span', { dir: 'ltr', class: 'source-path' }, doc.source),
      ),
      publishedLine(doc.published),
      focusNote(chosen),
      doc.duplicateOf
        ? h(
            'p',
            { class: 'note' },
            'نسخة مكررة من ',
            h('a', { href: `#/doc/${encode(doc.duplicateOf)}` }, doc.duplicateOf),
            ' ',
            latin('duplicate'),
          )
        : null,
      h(
        'p',
        { class: 'legend' },
        h('span', { class: 'ent ent-PER' }, 'شخص'),
        h('span', { class: 'ent ent-ORG' }, 'منظمة'),
        h('span', { class: 'ent ent-LOC' }, 'مكان'),
        h('span', { class: 'timex' }, 'زمن'),
        latin('hover a highlight for its resolution'),
      ),
      h('div', { class: 'body' }, paragraphs(doc.text, annotationSpans(annotations), focus)),
      h(
        'section',
        {},
        h('h2', {}, 'التعابير الزمنية ', latin('Time expressions')),
        timexTable(annotations.timexes),
      ),
      h(
        'section',
        {},
        h('h2', {}, 'الأحداث ', latin('Events')),
        h(
          'ul',
          { class: 'evidence' },
          annotations.events.map((e) =>
            h(
              'li',
              {},
              h('span', { class: 'tag' }, e.type),
              ' ',
              h('span', { dir: 'ltr' }, e.date.start),
              ' — ',
              h('a', { href: eventLink(doc.id, e.event), class: 'sentence-link' }, h('q', {}, e.sentence)),
            ),
          ),
        ),
      ),
    ),
  );
  document.querySelector('.event-focus')?.scrollIntoView({ block: 'center' });
}
