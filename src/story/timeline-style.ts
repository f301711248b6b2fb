/** The inline stylesheet of the HTML timeline: no external resources, readable on paper and screen. */
export const TIMELINE_CSS = `
:root{--ink:#1d2330;--muted:#5b6475;--line:#d5dae3;--accent:#1f5fbf;--bg:#f6f7f9}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);font-family:"Noto Naskh Arabic","Noto Sans Arabic","Noto Sans",Tahoma,system-ui,sans-serif;line-height:1.7}
main{max-width:58rem;margin:0 auto;padding:1.5rem 1rem 3rem}
header h1{margin:0;font-size:1.7rem}
header p{margin:.2rem 0 0;color:var(--muted)}
header p.undated{margin-top:.5rem;padding:.4rem .6rem;border-inline-start:3px solid #b7791f;background:#fffaf0;font-size:.9rem}
header p.undated code{white-space:nowrap;unicode-bidi:isolate}
header p.undated .note-en{display:block;margin-top:.2rem}
[lang=en]{font-family:"Noto Sans",system-ui,sans-serif;unicode-bidi:isolate}
h2.period{margin:2rem 0 .5rem;font-size:1.15rem;color:var(--accent);border-bottom:2px solid var(--line);padding-bottom:.2rem}
h2.period span[lang=en]{color:var(--muted);font-weight:normal;font-size:.9rem;margin-inline-start:.5rem}
ol.events{list-style:none;margin:0;padding:0}
li.event{position:relative;background:#fff;border:1px solid var(--line);border-inline-start:4px solid var(--accent);border-radius:6px;padding:.7rem 1rem;margin:.7rem 0}
li.event.s-planned{border-inline-start-color:#b7791f}
li.event.s-cancelled{border-inline-start-color:#a0263a;opacity:.85}
li.event.s-ongoing{border-inline-start-color:#2f855a}
.head{display:flex;flex-wrap:wrap;align-items:baseline;gap:.3rem .7rem}
time{font-weight:bold;white-space:nowrap;direction:ltr;unicode-bidi:isolate}
.precision{color:var(--muted);font-size:.8rem}
h3{margin:0;font-size:1.1rem}
.latin{color:var(--muted);font-size:.92rem;font-weight:normal;margin-right:.6rem;padding-right:.6rem;border-right:1px solid var(--line)}
.badge{font-size:.75rem;border-radius:999px;padding:0 .6rem;border:1px solid currentColor;white-space:nowrap}
.b-planned{color:#8a5a00}.b-ongoing{color:#23704a}.b-happened{color:#33415c}.b-cancelled{color:#a0263a}
.meta{margin:.3rem 0;color:var(--muted);font-size:.92rem}
.meta b{color:var(--ink);font-weight:600}
blockquote{margin:.4rem 0;padding:.3rem .8rem;border-inline-start:3px solid var(--line);background:#fafbfc;font-size:.97rem}
.conflict{color:#a0263a;font-size:.88rem}
.sources{font-size:.86rem;color:var(--muted)}
.sources b{font-weight:600}
.sources ul{margin:.1rem 0 0;padding-inline-start:1.2rem}
.sources a{color:inherit;text-decoration:underline dotted}
.sources time{font-weight:normal;margin-inline-start:.3rem}
details.background{margin:1.2rem 0;border:1px dashed var(--line);border-radius:6px;padding:.4rem .8rem;background:#fbfbfc}
details.background summary{cursor:pointer;color:var(--muted);font-weight:600}
details.background li.event{border-inline-start-color:var(--muted)}
nav.periods{margin:1rem 0;font-size:.9rem;color:var(--muted)}
nav.periods ul{display:flex;flex-wrap:wrap;gap:.3rem .5rem;list-style:none;margin:.3rem 0 0;padding:0}
nav.periods a{display:inline-block;padding:0 .5rem;border:1px solid var(--line);border-radius:999px;background:#fff;color:var(--accent);text-decoration:none}
nav.periods .n{color:var(--muted);font-size:.8rem}
section.period{scroll-margin-top:.5rem}
footer{margin-top:2rem;color:var(--muted);font-size:.85rem}
`;
