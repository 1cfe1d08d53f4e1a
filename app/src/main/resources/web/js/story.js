// A story: the articles about one development, in publication order, each original with its
// syndicated copies beneath it.

import { get } from './api.js';
import { el, clear, link, loading, failure, path } from './dom.js';

export function storyView(root, id) {
  const view = el('section', { class: 'story-view' }, loading('story'));
  root.appendChild(view);
  get(path('api', 'stories', id)).then(s => render(view, s), e => {
    clear(view).appendChild(el('div', { class: 'panel' }, el('h1', {}, 'Story not found'), failure(e), link('/', '← Back to search')));
  });
}

function render(view, s) {
  const lead = s.articles.find(a => !a.duplicate_of) || s.articles[0];
  document.title = 'Story: ' + ((lead && lead.title) || s.id) + ' · Eventwire';
  const copiesOf = new Map();
  for (const a of s.articles) {
    if (a.duplicate_of) {
      if (!copiesOf.has(a.duplicate_of)) copiesOf.set(a.duplicate_of, []);
      copiesOf.get(a.duplicate_of).push(a);
    }
  }
  const known = new Set(s.articles.map(a => a.id));
  const originals = s.articles.filter(a => !a.duplicate_of || !known.has(a.duplicate_of));
  clear(view).appendChild(el('nav', { class: 'crumbs' }, link('/', '← Search')));
  view.appendChild(el('header', { class: 'panel story-head' },
    el('p', { class: 'kicker' }, 'Story'),
    el('h1', {}, (lead && lead.title) || s.id),
    el('p', { class: 'meta' }, s.articles.length + ' article' + (s.articles.length === 1 ? '' : 's') + ' · '
      + s.originals + ' original' + (s.originals === 1 ? '' : 's') + ' · ' + s.copies + ' cop' + (s.copies === 1 ? 'y' : 'ies'))));
  view.appendChild(el('ol', { class: 'panel story-articles' }, originals.map(a => el('li', {},
    member(a, false),
    copiesOf.has(a.id) ? el('ul', { class: 'copies' }, copiesOf.get(a.id).map(c => el('li', {}, member(c, true)))) : null))));
}

function member(a, copy) {
  return el('div', { class: 'member' },
    copy ? el('span', { class: 'tag' }, 'copy') : null,
    link(path('articles', a.id), a.title || a.id),
    el('div', { class: 'meta' }, [a.published ? a.published.slice(0, 10) : 'undated', a.provider].filter(Boolean).join(' · ')));
}
