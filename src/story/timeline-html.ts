import type { Story } from './schema.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** One self-contained right-to-left page: no external resources, every piece of text escaped. */
export function renderTimelineHtml(story: Story): string {
  const name = new Map(story.entities.map((e) => [e.id, e]));
  const items = story.events.map((e) => {
    const who = e.participants.map((p) => name.get(p)).filter(Boolean).map((p) => `${escapeHtml(p!.name)} <span lang="en" dir="ltr">(${escapeHtml(p!.latin)})</span>`).join('، ');
    return `<li><time>${escapeHtml(e.date.start)}${e.date.end ? ` – ${escapeHtml(e.date.end)}` : ''}</time>
<h2>${escapeHtml(e.label)} <small lang="en" dir="ltr">${escapeHtml(e.labelLatin)}</small></h2>
${who ? `<p>${who}</p>` : ''}<p class="src">${e.mentions.length} ذكر في ${new Set(e.mentions.map((m) => m.doc)).size} تقرير</p></li>`;
  });
  return `<!doctype html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>مسار — الخط الزمني</title>
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:auto;padding:1rem;line-height:1.6}
li{list-style:none;border-inline-start:3px solid #36c;padding:.5rem 1rem;margin:1rem 0}time{font-weight:bold}
small{color:#555;font-weight:normal}.src{color:#666;font-size:.9em}</style></head>
<body><h1>الخط الزمني <small lang="en" dir="ltr">Timeline</small></h1><ol>
${items.join('\n')}
</ol></body></html>
`;
}
