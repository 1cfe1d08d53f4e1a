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
  const events = el('section', { class: 'panel story-events', 'aria-label': 'events of the story' }, loading('events'));
  view.appendChild(el('div', { class: 'story-grid' },
    el('section', { class: 'panel' }, el('h2', {}, 'Articles'), el('ol', { class: 'story-articles' }, originals.map(a => el('li', {},
      member(a, false),
      copiesOf.has(a.id) ? el('ul', { class: 'copies' }, copiesOf.get(a.id).map(c => el('li', {}, member(c, true)))) : null)))),
    events));
  storyEvents(events, originals.slice(0, MAX_ARTICLES));
}

/** How many originals' records the events list reads: a story is a handful of articles, rarely more. */
const MAX_ARTICLES = 12;

/** The events the story's originals report, one line per type, source, target and date, with how many articles report it. */
function storyEvents(box, originals) {
  Promise.all(originals.map(a => get(path('api', 'articles', a.id)))).then(records => {
    const merged = new Map();
    for (const r of records) {
      const byId = new Map(r.entities.map(e => [e.id, e]));
      for (const ev of r.events) {
        const src = byId.get(ev.source);
        const tgt = byId.get(ev.target);
        const key = [ev.type, ev.mode, src && src.name, tgt && tgt.name, ev.date].join('|');
        if (!merged.has(key)) merged.set(key, { ev, src, tgt, place: byId.get(ev.location), articles: new Set() });
        merged.get(key).articles.add(r.id);
      }
    }
    const rows = [...merged.values()].sort((a, b) => (a.ev.date || '9').localeCompare(b.ev.date || '9') || a.ev.type.localeCompare(b.ev.type));
    clear(box).appendChild(el('h2', {}, 'What happened ', el('span', { class: 'count' }, String(rows.length))));
    if (!rows.length) {
      box.appendChild(el('p', { class: 'muted' }, 'No events found in these articles.'));
      return;
    }
    box.appendChild(el('ul', { class: 'story-event-list' }, rows.map(x => el('li', {},
      el('span', { class: 'badge t-' + x.ev.type }, x.ev.type),
      x.ev.mode !== 'asserted' ? el('span', { class: 'mode m-' + x.ev.mode }, x.ev.mode) : null,
      el('span', { class: 'who' }, actor(x.src), ' → ', actor(x.tgt)),
      el('span', { class: 'muted small' }, [x.ev.date || 'no date', x.place && x.place.name,
        x.articles.size > 1 ? x.articles.size + ' articles' : null].filter(Boolean).join(' · '))))));
  }, e => clear(box).appendChild(failure(e)));
}

function actor(e) {
  if (!e) return el('span', { class: 'muted' }, '—');
  return e.type === 'LOCATION' ? e.name : link(path('actors', e.name), e.name);
}

function member(a, copy) {
  return el('div', { class: 'member' },
    copy ? el('span', { class: 'tag' }, 'copy') : null,
    link(path('articles', a.id), a.title || a.id),
    el('div', { class: 'meta' }, [a.published ? a.published.slice(0, 10) : 'undated', a.provider].filter(Boolean).join(' · ')));
}
