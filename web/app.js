/** The web UI: a hash router over the views. No build step; every view builds its DOM with textContent. */
import { h, latin, loading, render } from './dom.js';
import { articleView } from './views/article.js';
import { documentsView } from './views/documents.js';
import { entitiesView } from './views/entities.js';
import { entityView } from './views/entity.js';
import { searchView } from './views/search.js';
import { timelineView } from './views/timeline.js';

const ROUTES = [
  [/^\/?$/, 'timeline', (_, params) => timelineView(params)],
  [/^\/entities$/, 'entities', (_, params) => entitiesView(params)],
  [/^\/entity\/(?<id>[^/]+)$/, 'entities', (m) => entityView(decodeURIComponent(m.groups.id))],
  [/^\/documents$/, 'documents', (_, params) => documentsView(params)],
  [
    /^\/doc\/(?<id>[^/]+)$/,
    'documents',
    (m, params) => articleView(decodeURIComponent(m.groups.id), params.get('event')),
  ],
  [/^\/search$/, 'search', (_, params) => searchView(params)],
];

async function route() {
  const [path, query = ''] = location.hash.replace(/^#/, '').split('?');
  const params = new URLSearchParams(query);
  for (const [pattern, nav, view] of ROUTES) {
    const match = pattern.exec(path);
    if (!match) continue;
    for (const link of document.querySelectorAll('[data-nav]'))
      link.classList.toggle('active', link.dataset.nav === nav);
    delete document.body.dataset.ready;
    loading();
    try {
      await view(match, params);
      document.body.dataset.view = nav;
      document.body.dataset.ready = location.hash || '#/';
    } catch (error) {
      render(h('p', { class: 'error' }, 'تعذّر التحميل ', latin(`Could not load: ${error.message}`)));
    }
    return;
  }
  render(h('p', { class: 'error' }, 'صفحة غير موجودة ', latin('Not found')));
}

document.getElementById('quick-search').addEventListener('submit', (event) => {
  event.preventDefault();
  const q = new FormData(event.target).get('q');
  if (q) location.hash = `#/search?${new URLSearchParams({ q })}`;
});
window.addEventListener('hashchange', route);
route();
