// The JSON API, as the page uses it. Every call rejects with an Error whose message is the server's reason.

export class ApiError extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
}

const cache = new Map();

/** GET /api/...; params with null or empty values are left out. Identical requests share one fetch. */
export function get(path, params = {}) {
  const url = new URL(path, window.location.origin);
  for (const [k, v] of Object.entries(params)) {
    if (v != null && v !== '') url.searchParams.set(k, v);
  }
  const key = url.pathname + url.search;
  if (!cache.has(key)) {
    const p = fetch(url, { headers: { Accept: 'application/json' } }).then(async r => {
      const body = await r.json().catch(() => null);
      if (!r.ok) throw new ApiError((body && body.error) || r.status + ' ' + r.statusText, r.status);
      return body;
    });
    p.catch(() => cache.delete(key));
    cache.set(key, p);
    if (cache.size > 200) cache.delete(cache.keys().next().value);
  }
  return cache.get(key);
}

/** The filter parameters the API understands, taken from a plain object. */
export const FILTERS = ['actor', 'type', 'mode', 'country', 'from', 'to', 'provider'];

export function filterParams(state) {
  const out = {};
  for (const k of FILTERS) if (state[k]) out[k] = state[k];
  return out;
}
