// Where events happened: countries from Natural Earth (world-atlas, drawn with d3-geo) and a circle
// per place, sized by its unique events. Clicking a place filters by its country.

import { get } from './api.js';
import { el, svg, clear, loading, failure } from './dom.js';

let world = null;

function countries() {
  if (!world) {
    world = fetch('/vendor/world-atlas-2.0.2/countries-110m.json').then(r => {
      if (!r.ok) throw new Error('cannot load the world map (' + r.status + ')');
      return r.json();
    }).then(topo => topojson.feature(topo, topo.objects.countries));
  }
  return world;
}

export function mapPanel(filters, onCountry) {
  const body = el('div', { class: 'chart map' }, loading('map'));
  const note = el('p', { class: 'muted small chart-note' });
  const panel = el('section', { class: 'panel chart-panel', 'aria-label': 'map of event places' },
    el('div', { class: 'panel-head' }, el('h2', {}, 'Where events happened'), el('span', { class: 'muted small' }, 'click a place to filter by its country')),
    body, note);
  Promise.all([countries(), get('/api/places', filters)]).then(([land, places]) => render(body, note, land, places, onCountry),
    e => clear(body).appendChild(failure(e)));
  return panel;
}

function render(body, note, land, places, onCountry) {
  clear(body);
  const width = 960;
  const height = 500;
  const projection = d3.geoNaturalEarth1().fitExtent([[4, 4], [width - 4, height - 4]], { type: 'Sphere' });
  const geoPath = d3.geoPath(projection);
  const root = svg('svg', { viewBox: '0 0 ' + width + ' ' + height, role: 'img', 'aria-label': 'world map of event places',
    preserveAspectRatio: 'xMidYMid meet' });
  root.appendChild(svg('path', { d: geoPath({ type: 'Sphere' }), class: 'sphere' }));
  const g = svg('g', { class: 'countries' });
  for (const f of land.features) g.appendChild(svg('path', { d: geoPath(f) }, svg('title', {}, f.properties.name)));
  root.appendChild(g);
  const max = Math.max(1, ...places.items.map(p => p.events));
  const dots = svg('g', { class: 'places' });
  // countries under stated places, and largest first, so that small places stay clickable on top
  const order = (a, b) => (a.precision === 'place') - (b.precision === 'place') || b.events - a.events;
  for (const p of [...places.items].sort(order)) {
    const xy = projection([p.lon, p.lat]);
    if (!xy) continue;
    const types = Object.entries(p.types).sort((a, b) => b[1] - a[1]).map(([t, n]) => t + ' ' + n).join(', ');
    const exact = p.precision === 'place';
    const c = svg('circle', { cx: xy[0].toFixed(1), cy: xy[1].toFixed(1), r: (4 + 14 * Math.sqrt(p.events / max)).toFixed(1),
      class: exact ? 'place' : 'place approx', tabindex: '0', on: { click: () => p.country && onCountry(p.country) } },
    svg('title', {}, p.name + (p.country ? ' (' + p.country + ')' : '') + ': ' + p.events + ' event' + (p.events === 1 ? '' : 's')
      + (exact ? '' : ' with no stated place, located by their actors\u2019 country') + ' — ' + types));
    dots.appendChild(c);
  }
  root.appendChild(dots);
  body.appendChild(root);
  body.dataset.places = String(places.items.length);
  const exact = places.items.filter(p => p.precision === 'place');
  const countries = places.items.length - exact.length;
  clear(note).append(el('span', { class: 'key key-place' }), ' ' + exact.length + ' stated place' + (exact.length === 1 ? '' : 's') + '  ',
    el('span', { class: 'key key-approx' }), ' ' + countries + ' countr' + (countries === 1 ? 'y' : 'ies') + ' of the actors, for events without a place'
    + (places.unplaced ? ' · ' + places.unplaced + ' of ' + places.events + ' events not on the map' : ''));
}
