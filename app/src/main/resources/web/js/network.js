// Actors as nodes (size: their unique events), events between them as directed edges coloured by
// type (width: how many), laid out by Cytoscape.js. Clicking an actor opens its page.

import { get } from './api.js';
import { el, clear, loading, failure, path } from './dom.js';
import { typeColor, sectorOf, SECTOR_COLORS } from './types.js';

export function networkPanel(filters, navigate) {
  const body = el('div', { class: 'chart network' }, loading('network'));
  const note = el('p', { class: 'muted small chart-note' });
  const panel = el('section', { class: 'panel chart-panel', 'aria-label': 'actor network' },
    el('div', { class: 'panel-head' }, el('h2', {}, 'Actor network'), el('span', { class: 'muted small' }, 'click an actor to follow it')),
    body, note);
  get('/api/network', Object.assign({ nodes: 40 }, filters)).then(n => render(body, note, n, navigate),
    e => clear(body).appendChild(failure(e)));
  return panel;
}

function render(body, note, n, navigate) {
  clear(body);
  if (!n.nodes.length) {
    body.appendChild(el('p', { class: 'muted empty' }, 'No events between actors.'));
    return;
  }
  const max = Math.max(...n.nodes.map(x => x.events));
  const elements = n.nodes.map(x => ({
    data: { id: x.key, label: shortLabel(x.label), full: x.label, size: 16 + 34 * Math.sqrt(x.events / max),
      color: SECTOR_COLORS[sectorOf(x.key)] || '#607d8b' },
  })).concat(n.edges.map((e, i) => ({
    data: { id: 'e' + i, source: e.source, target: e.target, color: typeColor(e.type), width: 1 + Math.min(6, e.weight),
      label: e.type + (e.weight > 1 ? ' ×' + e.weight : '') },
  })));
  const cy = cytoscape({
    container: body,
    elements,
    wheelSensitivity: 0.3,
    minZoom: 0.3,
    maxZoom: 3,
    style: [
      { selector: 'node', style: { 'background-color': 'data(color)', width: 'data(size)', height: 'data(size)',
        label: 'data(label)', 'font-size': 10, color: '#1f2933', 'text-valign': 'bottom', 'text-margin-y': 3,
        'text-background-color': '#ffffff', 'text-background-opacity': 0.75, 'text-background-padding': 1,
        'border-width': 1.5, 'border-color': '#ffffff' } },
      { selector: 'edge', style: { width: 'data(width)', 'line-color': 'data(color)', 'target-arrow-color': 'data(color)',
        'target-arrow-shape': 'triangle', 'arrow-scale': 0.8, 'curve-style': 'bezier', opacity: 0.75 } },
      { selector: 'edge:selected, edge.hover', style: { label: 'data(label)', 'font-size': 9, opacity: 1,
        'text-background-color': '#ffffff', 'text-background-opacity': 0.9 } },
      { selector: 'node.hover', style: { 'border-color': '#1f2933', 'border-width': 2 } },
    ],
    layout: { name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 70,
      padding: 12, fit: true },
  });
  cy.on('tap', 'node', e => navigate(path('actors', e.target.id())));
  cy.on('mouseover', 'node, edge', e => {
    e.target.addClass('hover');
    if (e.target.isNode()) e.target.connectedEdges().addClass('hover');
    body.title = e.target.isNode() ? e.target.data('full') : e.target.data('label');
  });
  cy.on('mouseout', 'node, edge', e => {
    e.target.removeClass('hover');
    if (e.target.isNode()) e.target.connectedEdges().removeClass('hover');
  });
  body.dataset.nodes = String(n.nodes.length);
  body.dataset.edges = String(n.edges.length);
  note.textContent = n.total_nodes > n.nodes.length
    ? 'The ' + n.nodes.length + ' most active of ' + n.total_nodes + ' actors.' : n.nodes.length + ' actors, ' + n.edges.length + ' links.';
}

/** Node labels: the name without a code already shown by colour, kept short. */
function shortLabel(label) {
  const s = label.replace(/\s*\([A-Z]{3,6}\)$/, '');
  return s.length > 28 ? s.slice(0, 26) + '…' : s;
}
