// The article view: clean text with entities highlighted by type, quotes marked with their speaker,
// each event's evidence underlined, and a side panel of the article's events, quotes and story.

import { get } from './api.js';
import { el, clear, link, externalLink, loading, failure, path } from './dom.js';
import { segment, marksOf, innermost } from './highlight.js';
import { typeColor } from './types.js';

const ENTITY_LABELS = { PERSON: 'Person', ORGANIZATION: 'Organisation', COUNTRY: 'Country', LOCATION: 'Place' };

export function articleView(root, id) {
  const view = el('article', { class: 'article-view' }, loading('article'));
  root.appendChild(view);
  get(path('api', 'articles', id)).then(r => render(view, r), e => {
    clear(view).appendChild(el('div', { class: 'panel' }, el('h1', {}, 'Article not found'), failure(e), link('/', '← Back to search')));
  });
}

function render(view, r) {
  document.title = (r.title || 'Article') + ' · Eventwire';
  const byId = new Map((r.entities || []).map(e => [e.id, e]));
  clear(view);
  view.appendChild(el('nav', { class: 'crumbs' }, link('/', '← Search')));
  view.appendChild(header(r));
  const text = el('div', { class: 'article-text', lang: r.language || 'en' });
  const side = el('aside', { class: 'side' });
  view.appendChild(el('div', { class: 'article-grid' },
    el('section', { class: 'panel text-panel' }, legend(), text),
    side));
  renderText(text, r, byId);
  side.appendChild(eventsPanel(r, byId, text));
  if ((r.quotes || []).length) side.appendChild(quotesPanel(r, byId, text));
  side.appendChild(entitiesPanel(r));
  if (r.story) side.appendChild(storyPanel(r));
}

function header(r) {
  const meta = el('p', { class: 'meta' },
    r.published ? el('time', { datetime: r.published }, r.published.slice(0, 10)) : 'undated',
    r.provider ? [' · ', el('span', { class: 'provider' }, r.provider)] : null,
    r.distributor ? [' · via ', r.distributor] : null,
    ' · ', el('code', { class: 'article-id', title: 'article id' }, r.id),
    r.url ? [' · ', externalLink(r.url, 'original')] : null);
  const copy = r.duplicate_of
    ? el('p', { class: 'notice' }, 'Syndicated copy of ', link(path('articles', r.duplicate_of), 'an earlier article'), '.')
    : null;
  const n = (r.events || []).length;
  const jump = n ? el('a', { href: '#events', class: 'jump' }, n + ' event' + (n === 1 ? '' : 's') + ' ↓') : null;
  return el('header', { class: 'article-head' }, el('h1', {}, r.title || '(untitled)'), meta, copy, jump);
}

function legend() {
  return el('div', { class: 'legend', 'aria-label': 'legend' },
    Object.entries(ENTITY_LABELS).map(([t, label]) => el('span', { class: 'ent ent-' + t }, label)),
    el('span', { class: 'quote' }, 'Quote'),
    el('span', { class: 'evidence' }, 'Event evidence'));
}

function actorTarget(e) {
  if (!e) return null;
  if (e.type === 'LOCATION') return e.location && e.location.country ? '/?country=' + encodeURIComponent(e.location.country) : null;
  return path('actors', e.name);
}

function entityTitle(e) {
  return [e.name, ENTITY_LABELS[e.type] || e.type, e.actor && e.actor.code, (e.roles || []).join(', ')]
    .filter(Boolean).join(' · ');
}

function renderText(container, r, byId) {
  const segments = segment(r.text || '', marksOf(r));
  for (const s of segments) {
    const quote = innermost(s.marks, 'quote');
    if (quote && quote.start === s.start) container.appendChild(speakerTag(quote.ref, byId));
    const entity = innermost(s.marks, 'entity');
    const evidence = s.marks.filter(m => m.kind === 'evidence').map(m => m.index);
    if (!entity && !quote && !evidence.length) {
      container.appendChild(document.createTextNode(s.text));
      continue;
    }
    const target = entity ? actorTarget(entity.ref) : null;
    const node = el(target ? 'a' : 'span', {
      class: ['seg', entity && 'ent ent-' + entity.ref.type, quote && 'quote', evidence.length && 'evidence'],
      href: target,
      title: entity ? entityTitle(entity.ref) : null,
      data: Object.assign(target ? { nav: '1' } : {}, evidence.length ? { ev: evidence.join(' ') } : {},
        quote ? { q: String(quote.index) } : {}),
    }, s.text);
    container.appendChild(node);
  }
}

function speakerTag(q, byId) {
  const sp = q.speaker ? byId.get(q.speaker) : null;
  return el('span', { class: ['speaker-tag', q.kind === 'indirect' && 'indirect'], title: q.kind + ' quote' },
    sp ? sp.name : 'unattributed');
}

function eventsPanel(r, byId, text) {
  const events = r.events || [];
  const list = el('ol', { class: 'event-list' });
  events.forEach((ev, i) => {
    const src = byId.get(ev.source);
    const tgt = byId.get(ev.target);
    const place = byId.get(ev.location);
    const by = byId.get(ev.attributed_to);
    const card = el('li', { class: 'event-card', tabindex: '0', data: { ev: String(i) } },
      el('div', { class: 'ev-head' },
        el('span', { class: 'badge t-' + ev.type }, ev.type),
        el('span', { class: 'mode m-' + ev.mode }, ev.mode),
        el('span', { class: 'conf', title: 'confidence' }, Math.round((ev.confidence || 0) * 100) + '%')),
      el('div', { class: 'ev-actors' }, actorLink(src), el('span', { class: 'arrow' }, ' → '), actorLink(tgt)),
      el('div', { class: 'ev-meta' },
        ev.date ? el('span', {}, ev.date) : el('span', { class: 'muted' }, 'no date'),
        place ? [' · ', el('span', {}, place.name)] : null,
        ' · “', el('em', {}, ev.trigger || ''), '”'),
      by ? el('div', { class: 'ev-attr' }, 'according to ', actorLink(by)) : null);
    card.addEventListener('mouseenter', () => mark(text, i, true));
    card.addEventListener('mouseleave', () => mark(text, i, false));
    card.addEventListener('focus', () => mark(text, i, true));
    card.addEventListener('blur', () => mark(text, i, false));
    const show = () => {
      const first = text.querySelector('[data-ev~="' + i + '"]');
      if (first) first.scrollIntoView({ behavior: 'smooth', block: 'center' });
    };
    card.addEventListener('click', e => {
      if (!e.target.closest('a')) show();
    });
    card.addEventListener('keydown', e => {
      if (e.key === 'Enter' && !e.target.closest('a')) show();
    });
    list.appendChild(card);
  });
  return el('section', { class: 'panel', id: 'events' }, el('h2', {}, 'Events ', el('span', { class: 'count' }, String(events.length))),
    events.length ? list : el('p', { class: 'muted' }, 'No events found in this article.'));
}

function mark(text, i, on) {
  for (const n of text.querySelectorAll('[data-ev~="' + i + '"]')) n.classList.toggle('active', on);
}

function actorLink(e) {
  if (!e) return el('span', { class: 'muted' }, '—');
  const target = actorTarget(e);
  const label = [e.name, e.actor && e.actor.code ? el('span', { class: 'code' }, e.actor.code) : null];
  return target ? el('a', { href: target, class: 'actor', data: { nav: '1' }, title: entityTitle(e) }, label)
    : el('span', { class: 'actor' }, label);
}

function quotesPanel(r, byId, text) {
  const list = el('ul', { class: 'quote-list' });
  (r.quotes || []).forEach((q, i) => {
    const sp = byId.get(q.speaker);
    const item = el('li', { tabindex: '0' }, el('div', { class: 'quote-speaker' }, sp ? actorLink(sp) : 'unattributed',
      el('span', { class: 'muted' }, ' · ' + q.kind)), el('blockquote', {}, q.text));
    item.addEventListener('click', e => {
      if (e.target.closest('a')) return;
      const n = text.querySelector('[data-q="' + i + '"]');
      if (n) n.scrollIntoView({ behavior: 'smooth', block: 'center' });
    });
    list.appendChild(item);
  });
  return el('section', { class: 'panel' }, el('h2', {}, 'Quotes ', el('span', { class: 'count' }, String(r.quotes.length))), list);
}

function entitiesPanel(r) {
  const chips = (r.entities || []).map(e => {
    const target = actorTarget(e);
    const body = [e.name, e.actor && e.actor.code ? el('span', { class: 'code' }, e.actor.code) : null];
    return target ? el('a', { href: target, class: 'chip ent-' + e.type, data: { nav: '1' }, title: entityTitle(e) }, body)
      : el('span', { class: 'chip ent-' + e.type, title: entityTitle(e) }, body);
  });
  return el('section', { class: 'panel' }, el('h2', {}, 'Entities ', el('span', { class: 'count' }, String(chips.length))),
    el('div', { class: 'chips' }, chips));
}

function storyPanel(r) {
  const box = el('section', { class: 'panel' }, el('h2', {}, 'Same story'), loading('story'));
  get(path('api', 'stories', r.story)).then(s => {
    clear(box).appendChild(el('h2', {}, 'Same story ', el('span', { class: 'count' }, String(s.articles.length))));
    const others = s.articles.filter(a => a.id !== r.id);
    if (!others.length) {
      box.appendChild(el('p', { class: 'muted' }, 'No other article tells this story yet.'));
    } else {
      box.appendChild(el('ul', { class: 'story-list' }, others.map(a => el('li', {},
        link(path('articles', a.id), a.title || a.id),
        el('div', { class: 'muted small' }, [a.published ? a.published.slice(0, 10) : 'undated', a.provider].filter(Boolean).join(' · '),
          a.duplicate_of ? el('span', { class: 'tag' }, a.duplicate_of === r.id ? 'copy of this' : 'copy') : null)))));
    }
    if (others.length) box.appendChild(link(path('stories', r.story), 'Open the story →', 'more'));
  }, e => clear(box).appendChild(failure(e)));
  return box;
}

