// PLOVER event types with their display colours: cooperative types in greens and blues, conflictual
// ones in oranges and reds. css/app.css carries the same colours as .t-TYPE classes for badges.

export const TYPE_COLORS = {
  AGREE: '#2e7d32', CONSULT: '#1565c0', SUPPORT: '#00897b', CONCEDE: '#7cb342',
  COOPERATE: '#0277bd', AID: '#43a047', RETREAT: '#9e9d24', REQUEST: '#5c6bc0',
  ACCUSE: '#f57c00', REJECT: '#8d6e63', THREATEN: '#e64a19', PROTEST: '#ab47bc',
  SANCTION: '#6d4c41', MOBILIZE: '#c2185b', COERCE: '#d32f2f', ASSAULT: '#8e1b1b',
};

export const TYPES = Object.keys(TYPE_COLORS);
export const MODES = ['asserted', 'negated', 'planned', 'hypothetical'];

export const TYPE_HINTS = {
  AGREE: 'agree, sign, settle', CONSULT: 'meet, visit, talk', SUPPORT: 'praise, endorse',
  CONCEDE: 'ease, release, yield', COOPERATE: 'work together', AID: 'give aid',
  RETREAT: 'withdraw, pull back', REQUEST: 'ask, appeal, call for', ACCUSE: 'accuse, blame, condemn',
  REJECT: 'deny, reject, refuse', THREATEN: 'threaten, warn', PROTEST: 'demonstrate, strike',
  SANCTION: 'sanction, expel, suspend', MOBILIZE: 'deploy, mobilise', COERCE: 'arrest, seize, ban',
  ASSAULT: 'attack, kill, fight',
};

export function typeColor(t) {
  return TYPE_COLORS[t] || '#607d8b';
}

/** The sector part of an actor code (PAKGOV -> GOV), or null for a bare country. */
export function sectorOf(code) {
  if (!code) return null;
  if (code.length > 3) return code.slice(3);
  return /^[A-Z]{3}$/.test(code) && ['IGO', 'NGO', 'REB', 'MED', 'BUS'].includes(code) ? code : null;
}

export const SECTOR_COLORS = {
  GOV: '#1565c0', MIL: '#2e7d32', COP: '#00695c', REB: '#c62828', OPP: '#ef6c00', LEG: '#5e35b1',
  JUD: '#6d4c41', IGO: '#7b1fa2', NGO: '#00838f', MED: '#455a64', BUS: '#827717', CVL: '#78909c', REF: '#ad1457',
};
