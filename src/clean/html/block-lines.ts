/**
 * A DOM subtree → lines of text: one line per block element (p, div, li, h1–h6, figcaption, td, …) and per
 * <br>, inline text joined, runs of white space collapsed. Scripts, styles and forms give no text.
 */
const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
  'TIME',
]);
const SILENT = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'IFRAME',
  'SELECT',
  'TEXTAREA',
  'BUTTON',
  'INPUT',
  'OBJECT',
]);
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

interface Walker {
  lines: string[];
  current: string;
}

function breakLine(w: Walker): void {
  const line = w.current.replace(/\s+/gu, ' ').trim();
  if (line !== '') w.lines.push(line);
  w.current = '';
}

function walk(node: Node, w: Walker): void {
  if (node.nodeType === TEXT_NODE) {
    w.current += node.nodeValue ?? '';
    return;
  }
  if (node.nodeType !== ELEMENT_NODE) return;
  const tag = (node as Element).tagName.toUpperCase();
  if (SILENT.has(tag)) return;
  const block = BLOCK.has(tag);
  if (block) breakLine(w);
  for (let child = node.firstChild; child !== null; child = child.nextSibling) walk(child, w);
  if (block) breakLine(w);
}

export function blockLines(root: Node): string[] {
  const w: Walker = { lines: [], current: '' };
  walk(root, w);
  breakLine(w);
  return w.lines;
}
