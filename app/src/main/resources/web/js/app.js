// The dashboard's entry point: a router over the bookmarkable addresses
//   /                 search desk (filters in the query string)
//   /articles/{id}    one article
//   /actors/{name}    the desk limited to one actor
//   /stories/{id}     one story with its copies
// Links marked data-nav are followed in the page, without reloading it.

import { get } from './api.js';
import { el, clear } from './dom.js';
import { deskView } from './desk.js';
import { articleView } from './article.js';
import { storyView } from './story.js';

const view = document.getElementById('view');

const routes = [
  [/^\/$/, () => deskView(view, navigate, null)],
  [/^\/articles\/([^/]+)$/, m => articleView(view, decodeURIComponent(m[1]))],
  [/^\/actors\/([^/]+)$/, m => deskView(view, navigate, decodeURIComponent(m[1]))],
  [/^\/stories\/([^/]+)$/, m => storyView(view, decodeURIComponent(m[1]))],
];

let shown = null;

function render() {
  shown = window.location.pathname + window.location.search;
  clear(view);
  const here = window.location.pathname;
  for (const [re, show] of routes) {
    const m = here.match(re);
    if (m) {
      show(m);
      return;
    }
  }
  view.appendChild(el('div', { class: 'panel' }, el('h1', {}, 'Not found'), el('p', {}, 'Nothing lives at ' + here + '.')));
}

export function navigate(address) {
  if (address !== window.location.pathname + window.location.search) history.pushState(null, '', address);
  render();
  window.scrollTo(0, 0);
}

document.addEventListener('click', e => {
  const a = e.target.closest('a[data-nav]');
  if (!a || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  e.preventDefault();
  navigate(a.getAttribute('href'));
});
// a jump to an anchor in the page (#events) changes only the fragment: nothing to render again
window.addEventListener('popstate', () => {
  if (window.location.pathname + window.location.search !== shown) render();
});

get('/api/stats').then(s => {
  const stats = document.getElementById('stats');
  stats.textContent = s.articles + ' articles · ' + s.unique_events + ' events · ' + s.actors + ' actors';
  stats.title = s.stories + ' stories, ' + s.duplicates + ' syndicated copies, ' + s.event_reports + ' event reports'
    + (s.first_published ? ', published ' + s.first_published.slice(0, 10) + ' to ' + (s.last_published || '').slice(0, 10) : '');
}, () => {});

render();
