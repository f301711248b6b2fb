import { api, encode } from '../api.js';
import { h, latin, markSpans, render } from '../dom.js';

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

function paragraphs(text, spans) {
  const blocks = [];
  let at = 0;
  for (const part of text.split('\n')) {
    const start = at;
    at += part.length + 1;
    if (part.trim() === '') continue;
    const inside = spans
      .filter((s) => s.start >= start && s.end <= start + part.length)
      .map((s) => ({ ...s, start: s.start - start, end: s.end - start }));
    blocks.push(h('p', {}, markSpans(part, inside)));
  }
  return blocks;
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

export async function articleView(id) {
  const { document: doc, annotations } = await api(`documents/${encode(id)}`);
  render(
    h(
      'article',
      { class: 'reader' },
      h('h1', {}, doc.title),
      h(
        'p',
        { class: 'source' },
        latin(doc.outlet),
        ' · ',
        h('span', { dir: 'ltr', class: 'source-path' }, doc.source),
      ),
      publishedLine(doc.published),
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
      h('div', { class: 'body' }, paragraphs(doc.text, annotationSpans(annotations))),
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
              h('q', {}, e.sentence),
            ),
          ),
        ),
      ),
    ),
  );
}
