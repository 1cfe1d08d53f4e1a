// The analyst's desk: search with filters and the result list, beside the timeline, the actor
// network and the map of the same selection. Also the actor page, which is the desk filtered by one actor.

import { get, filterParams, FILTERS } from './api.js';
import { el, clear, link, loading, failure, path } from './dom.js';
import { TYPES, MODES, TYPE_HINTS } from './types.js';
import { timelinePanel } from './timeline.js';
import { networkPanel } from './network.js';
import { mapPanel } from './map.js';

const PAGE = 20;

/** The desk's state from the address: /?q=…&type=… or /actors/NAME?…, so every view is bookmarkable. */
function stateFrom(fixedActor) {
  const p = new URLSearchParams(window.location.search);
  const s = { q: p.get('q') || '', page: Math.max(0, parseInt(p.get('page') || '0', 10) || 0) };
  for (const k of FILTERS) s[k] = p.get(k) || '';
  if (fixedActor) s.actor = fixedActor;
  return s;
}

function addressOf(s, fixedActor) {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  for (const k of FILTERS) if (s[k] && !(fixedActor && k === 'actor')) p.set(k, s[k]);
  if (s.page) p.set('page', String(s.page));
  const base = fixedActor ? path('actors', fixedActor) : '/';
  const qs = p.toString();
  return qs ? base + '?' + qs : base;
}

export function deskView(root, navigate, fixedActor) {
  const s = stateFrom(fixedActor);
  document.title = (fixedActor ? fixedActor + ' · ' : s.q ? s.q + ' · ' : '') + 'Eventwire';
  const go = next => navigate(addressOf(next, next.actor && next.actor === fixedActor ? fixedActor : null));
  const desk = el('section', { class: 'desk' });
  root.appendChild(desk);
  desk.appendChild(filterForm(s, fixedActor, go));
  if (fixedActor) desk.appendChild(actorHead(fixedActor));
  else desk.appendChild(topActors(s));
  const results = el('section', { class: 'panel results', 'aria-label': 'results' }, loading('articles'));
  const charts = el('div', { class: 'charts' });
  desk.appendChild(el('div', { class: 'desk-grid' }, results, charts));
  renderResults(results, s, go);
  const filters = filterParams(s);
  if (s.q) charts.appendChild(el('p', { class: 'muted small charts-note' }, 'The charts show every event matching the filters; search words narrow the article list only.'));
  charts.appendChild(timelinePanel(filters));
  charts.appendChild(networkPanel(filters, navigate));
  charts.appendChild(mapPanel(filters, country => go(Object.assign({}, s, { country, page: 0 }))));
}

function field(label, input) {
  return el('label', { class: 'field' }, el('span', {}, label), input);
}

function select(name, value, options, blank) {
  const sel = el('select', { name });
  sel.appendChild(el('option', { value: '' }, blank));
  for (const o of options) sel.appendChild(el('option', { value: o, selected: o === value, title: TYPE_HINTS[o] || null }, o));
  return sel;
}

function filterForm(s, fixedActor, go) {
  const q = el('input', { type: 'search', name: 'q', value: s.q, placeholder: 'Search articles: words, "a phrase", OR, -not, prefix*',
    'aria-label': 'Search articles', autocomplete: 'off' });
  const actor = el('input', { type: 'text', name: 'actor', value: s.actor, placeholder: 'name or code', list: 'actor-list' });
  const actorList = el('datalist', { id: 'actor-list' });
  get('/api/actors', { limit: 200 }).then(a => a.items.forEach(x => actorList.appendChild(el('option', { value: x.name }, x.code || ''))),
    () => {});
  const country = el('input', { type: 'text', name: 'country', value: s.country, placeholder: 'ISO3', maxlength: '3', size: '4',
    pattern: '[A-Za-z]{3}', title: 'ISO 3166-1 alpha-3 code, e.g. AFG' });
  const from = el('input', { type: 'date', name: 'from', value: s.from });
  const to = el('input', { type: 'date', name: 'to', value: s.to });
  const provider = el('input', { type: 'text', name: 'provider', value: s.provider, placeholder: 'publisher' });
  // on a phone the filters fold away unless one is set; on wider screens they are always open
  const active = FILTERS.filter(k => s[k]).length;
  const more = el('details', { class: 'more-filters', open: active > 0 || window.matchMedia('(min-width: 601px)').matches },
    el('summary', {}, active ? 'Filters (' + active + ')' : 'Filters'),
    el('div', { class: 'filter-row' },
      field('Actor', [actor, actorList]),
      field('Event type', select('type', s.type, TYPES, 'any type')),
      field('Mode', select('mode', s.mode, MODES, 'any mode')),
      field('Country', country), field('From', from), field('To', to), field('Publisher', provider),
      el('button', { type: 'reset', class: 'ghost' }, 'Clear')));
  const form = el('form', { class: 'filters', role: 'search' },
    el('div', { class: 'search-row' }, q, el('button', { type: 'submit', class: 'primary' }, 'Search')),
    more);
  form.addEventListener('submit', e => {
    e.preventDefault();
    const data = new FormData(form);
    const next = { q: (data.get('q') || '').trim(), page: 0 };
    for (const k of FILTERS) next[k] = (data.get(k) || '').trim();
    if (next.country) next.country = next.country.toUpperCase();
    go(next);
  });
  form.addEventListener('reset', e => {
    e.preventDefault();
    go({ q: '', page: 0 });
  });
  return form;
}

function actorHead(name) {
  const head = el('div', { class: 'actor-head panel' }, el('h1', {}, name));
  get('/api/actors', { q: name, limit: 20 }).then(a => {
    const lc = name.toLowerCase();
    const hit = a.items.find(x => x.name.toLowerCase() === lc || (x.code && x.code.toLowerCase() === lc));
    if (hit) {
      head.appendChild(el('p', { class: 'meta' }, hit.code ? el('span', { class: 'code big' }, hit.code) : null,
        ' named in ' + hit.articles + ' article' + (hit.articles === 1 ? '' : 's'),
        hit.name !== name ? ' as ' + hit.name : ''));
    }
    head.appendChild(el('p', { class: 'muted small' }, 'Articles, events, network and map below are limited to events with this actor as source or target. ',
      link('/', 'Show everything')));
  }, e => head.appendChild(failure(e)));
  return head;
}

function topActors(s) {
  const box = el('div', { class: 'top-actors', 'aria-label': 'most named actors' });
  if (s.actor) return box;
  get('/api/actors', { limit: 14 }).then(a => {
    box.appendChild(el('span', { class: 'muted small' }, 'Most named:'));
    for (const x of a.items) {
      const chip = link(path('actors', x.name), [x.name, ' ', el('span', { class: 'count' }, String(x.articles))], 'chip');
      if (x.code) chip.title = x.code;
      box.appendChild(chip);
    }
  }, () => {});
  return box;
}

function renderResults(box, s, go) {
  const params = Object.assign({ q: s.q, limit: PAGE, offset: s.page * PAGE }, filterParams(s));
  get('/api/articles', params).then(page => {
    clear(box);
    const from = page.total ? s.page * PAGE + 1 : 0;
    const to = Math.min(page.total, (s.page + 1) * PAGE);
    box.appendChild(el('h2', {}, page.total + ' article' + (page.total === 1 ? '' : 's'),
      page.total > PAGE ? el('span', { class: 'muted small' }, ' · ' + from + '–' + to) : null));
    if (!page.items.length) {
      box.appendChild(el('p', { class: 'muted' }, 'Nothing matches. Try fewer words or filters.'));
      return;
    }
    box.appendChild(el('ol', { class: 'hits' }, page.items.map(hit)));
    if (page.total > PAGE) box.appendChild(pager(s, page.total, go));
  }, e => clear(box).appendChild(failure(e)));
}

function hit(h) {
  return el('li', { class: 'hit' },
    el('h3', {}, link(path('articles', h.id), h.title || '(untitled)')),
    el('div', { class: 'meta' }, h.published ? h.published.slice(0, 10) : 'undated', h.provider ? ' · ' + h.provider : '',
      h.duplicate_of ? el('span', { class: 'tag', title: 'a syndicated copy of ' + h.duplicate_of }, 'copy') : null,
      h.story && h.story !== h.id ? [' · ', link(path('stories', h.story), 'story')] : null),
    h.snippet ? el('p', { class: 'snippet' }, snippet(h.snippet)) : null);
}

/** The search snippet marks matched words with [brackets]: show them highlighted, as text. */
function snippet(text) {
  return text.split(/(\[[^\]]*\])/).map(part => part.startsWith('[') && part.endsWith(']')
    ? el('mark', {}, part.slice(1, -1)) : part);
}

function pager(s, total, go) {
  const last = Math.ceil(total / PAGE) - 1;
  const btn = (label, page, disabled) => el('button', { type: 'button', class: 'ghost', disabled,
    on: { click: () => go(Object.assign({}, s, { page })) } }, label);
  return el('nav', { class: 'pager' }, btn('← Previous', s.page - 1, s.page <= 0),
    el('span', { class: 'muted small' }, 'page ' + (s.page + 1) + ' of ' + (last + 1)), btn('Next →', s.page + 1, s.page >= last));
}
