// DOM building without markup parsing: every string from the API, and article text above all, enters
// the page as a text node, never as HTML, so a <script> in a headline stays text.

/**
 * Creates an element. attrs: class, text, title, href (internal paths only, see link/externalLink),
 * data (object of data-* values), on (object of event handlers), and any other plain attribute.
 * children: nodes or strings (strings become text nodes); null and false are skipped, arrays flattened.
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v == null || v === false) continue;
    if (k === 'class') node.className = Array.isArray(v) ? v.filter(Boolean).join(' ') : v;
    else if (k === 'text') node.textContent = String(v);
    else if (k === 'data') for (const [dk, dv] of Object.entries(v)) node.dataset[dk] = String(dv);
    else if (k === 'on') for (const [ev, fn] of Object.entries(v)) node.addEventListener(ev, fn);
    else if (k.startsWith('on')) throw new Error('use the on: {} attribute for handlers');
    else node.setAttribute(k, v === true ? '' : String(v));
  }
  append(node, children);
  return node;
}

export function append(node, children) {
  for (const c of children.flat(Infinity)) {
    if (c == null || c === false) continue;
    node.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

/** A link to one of the dashboard's own views, followed without reloading the page. */
export function link(path, text, cls) {
  if (!path.startsWith('/') || path.startsWith('//')) throw new Error('internal links only: ' + path);
  return el('a', { href: path, class: cls, data: { nav: '1' } }, text);
}

/** A link out of the dashboard, only for http(s) addresses (an article's url could say javascript:). */
export function externalLink(url, text) {
  if (typeof url !== 'string' || !/^https?:\/\//i.test(url)) return null;
  return el('a', { href: url, rel: 'noopener noreferrer nofollow', target: '_blank', class: 'external' }, text);
}

/** An SVG element (the map draws with these). */
export function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v == null) continue;
    if (k === 'class') node.setAttribute('class', v);
    else if (k === 'on') for (const [ev, fn] of Object.entries(v)) node.addEventListener(ev, fn);
    else node.setAttribute(k, String(v));
  }
  return append(node, children);
}

/** A loading placeholder, replaced by the view once data arrives. */
export function loading(what) {
  return el('div', { class: 'loading', role: 'status' }, 'Loading ' + what + '…');
}

/** A message in place of a panel whose data failed to load. */
export function failure(err) {
  return el('div', { class: 'error-box', role: 'alert' }, err && err.message ? err.message : String(err));
}

export function path(...parts) {
  return '/' + parts.map(p => encodeURIComponent(p)).join('/');
}
