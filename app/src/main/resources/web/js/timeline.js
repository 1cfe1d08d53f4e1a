// Unique events per PLOVER type over time, as stacked bars drawn by uPlot.

import { get } from './api.js';
import { el, clear, loading, failure } from './dom.js';
import { typeColor } from './types.js';

const DAY = 86400;

export function timelinePanel(filters) {
  const body = el('div', { class: 'chart timeline' }, loading('timeline'));
  const note = el('p', { class: 'muted small chart-note' });
  const by = el('select', { 'aria-label': 'bucket size' },
    ['day', 'week', 'month'].map(v => el('option', { value: v, selected: v === 'month' }, 'by ' + v)));
  const panel = el('section', { class: 'panel chart-panel', 'aria-label': 'timeline' },
    el('div', { class: 'panel-head' }, el('h2', {}, 'Events over time'), by), body, note);
  const draw = () => {
    clear(body).appendChild(loading('timeline'));
    Promise.all([get('/api/timeline', Object.assign({ by: by.value }, filters)), get('/api/stats')])
      .then(([t, stats]) => render(body, note, t, stats, filters), e => clear(body).appendChild(failure(e)));
  };
  by.addEventListener('change', draw);
  draw();
  return panel;
}

/**
 * Events can be dated long before the articles that mention them (a 1979 treaty): without explicit
 * dates in the filters the chart shows the period the articles cover, a month either side.
 */
function window_(t, stats, filters) {
  if (filters.from || filters.to || !stats.first_published) return null;
  const first = Date.parse(stats.first_published.slice(0, 10)) / 1000 - 31 * DAY;
  const last = Date.parse((stats.last_published || stats.first_published).slice(0, 10)) / 1000 + 31 * DAY;
  return [first, last];
}

function render(body, note, t, stats, filters) {
  clear(body);
  note.textContent = '';
  let buckets = t.buckets.map(b => ({ x: Date.parse(b.start) / 1000, counts: b.counts }));
  const win = window_(t, stats, filters);
  if (win) {
    const inside = buckets.filter(b => b.x >= win[0] && b.x <= win[1]);
    const outside = buckets.length - inside.length;
    const hidden = buckets.filter(b => !inside.includes(b)).reduce((n, b) => n + Object.values(b.counts).reduce((a, c) => a + c, 0), 0);
    if (outside && inside.length) {
      buckets = inside;
      note.textContent = hidden + ' event' + (hidden === 1 ? '' : 's') + ' dated outside the articles\u2019 period not shown; set From/To to see them.';
    }
  }
  if (!buckets.length) {
    body.appendChild(el('p', { class: 'muted empty' }, 'No dated events.'));
    return;
  }
  // stacked bars: series j is drawn at the sum of types j..n, largest first, so each visible band is one type
  const totals = {};
  for (const b of buckets) for (const [k, v] of Object.entries(b.counts)) totals[k] = (totals[k] || 0) + v;
  const types = Object.keys(totals).sort((a, b) => totals[b] - totals[a] || a.localeCompare(b));
  const raw = types.map(ty => buckets.map(b => b.counts[ty] || 0));
  const stacked = types.map((_, j) => buckets.map((_, i) => raw.slice(j).reduce((n, r) => n + r[i], 0)));
  const xs = buckets.map(b => b.x);
  const width = Math.max(260, body.clientWidth || 500);
  const label = bucketLabel(t.by);
  // one tick per bucket, thinned to what fits: the bars, not the calendar, set the ticks
  const ticks = u => {
    const every = Math.max(1, Math.ceil(xs.length / Math.max(2, Math.floor(u.bbox.width / devicePixelRatio / 70))));
    return xs.filter((_, i) => i % every === 0);
  };
  const bars = uPlot.paths.bars({ size: [0.8, 48], align: 0 });
  const opts = {
    width,
    height: 220,
    cursor: { points: { show: false }, drag: { x: false, y: false } },
    legend: { live: true },
    scales: { x: { time: true, range: (u, min, max) => [min - spacing(xs) / 2, max + spacing(xs) / 2] },
      y: { range: (u, min, max) => [0, Math.max(1, max)] } },
    axes: [{ stroke: '#5b6472', grid: { show: false }, splits: ticks, values: (u, splits) => splits.map(label) },
      { stroke: '#5b6472', grid: { stroke: '#eef0f3' }, size: 36, incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000] }],
    series: [{ label: t.by, value: (u, v) => (v == null ? '–' : label(v)) }].concat(types.map((ty, j) => ({
      label: ty,
      fill: typeColor(ty),
      stroke: typeColor(ty),
      width: 0,
      paths: bars,
      points: { show: false },
      value: (u, v, si, idx) => (idx == null ? '–' : String(raw[j][idx])),
    }))),
  };
  // eslint-disable-next-line no-new
  const plot = new uPlot(opts, [xs].concat(stacked), body);
  const resize = new ResizeObserver(() => {
    const w = body.clientWidth;
    if (w && Math.abs(w - plot.width) > 4) plot.setSize({ width: w, height: 220 });
  });
  resize.observe(body);
  body.dataset.series = String(types.length);
  body.dataset.buckets = String(xs.length);
}

/** A bucket's name from its first day (UTC seconds): "Sep 2023" for months, "4 Sep 2023" for days and weeks. */
function bucketLabel(by) {
  const opts = by === 'month' ? { month: 'short', year: 'numeric', timeZone: 'UTC' }
    : { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' };
  const fmt = new Intl.DateTimeFormat('en-GB', opts);
  return x => fmt.format(new Date(x * 1000));
}

function spacing(xs) {
  if (xs.length < 2) return 30 * DAY;
  let min = Infinity;
  for (let i = 1; i < xs.length; i++) min = Math.min(min, xs[i] - xs[i - 1]);
  return min;
}
