// Client for the Dossier JSON API (same origin).

/** An API failure; `detail` is meant for the user. */
export class ApiError extends Error {
  constructor(status, title, detail) {
    super(detail || title || `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.title = title;
    this.detail = detail || title || `The server answered with HTTP ${status}.`;
  }
}

async function getJson(path, { signal } = {}) {
  let response;
  try {
    response = await fetch(path, { signal, headers: { Accept: 'application/json' } });
  } catch (err) {
    if (err.name === 'AbortError') throw err;
    throw new ApiError(0, 'Network error', 'Could not reach the search server. Check your connection and try again.');
  }
  const type = response.headers.get('Content-Type') || '';
  if (!response.ok) {
    let title = response.statusText;
    let detail = '';
    if (type.includes('json')) {
      try {
        const problem = await response.json();
        title = problem.title || title;
        detail = problem.detail || '';
      } catch { /* not JSON after all */ }
    }
    if (!detail && response.status >= 500) detail = 'The search server had a problem. Please try again in a moment.';
    throw new ApiError(response.status, title, detail);
  }
  try {
    return await response.json();
  } catch (err) {
    if (err.name === 'AbortError') throw err;
    throw new ApiError(response.status, 'Bad response', 'The server sent a response that could not be read.');
  }
}

/** GET /api/config: facets, sorts and page sizes. */
export function fetchConfig(options) {
  return getJson('/api/config', options);
}

/** GET /api/search with the given URLSearchParams. */
export function fetchSearch(params, options) {
  const qs = params.toString();
  return getJson(`/api/search${qs ? `?${qs}` : ''}`, options);
}

/** GET /api/passages with the search's URLSearchParams: who said what, where exactly (quotes). */
export function fetchPassages(params, options) {
  const qs = params.toString();
  return getJson(`/api/passages${qs ? `?${qs}` : ''}`, options);
}

/** GET /api/documents/{id}; with a query, the answer adds highlightedBody/highlightedSummary. */
export function fetchDocument(id, q, options) {
  const qs = q ? `?${new URLSearchParams({ q })}` : '';
  return getJson(`/api/documents/${encodeURIComponent(id)}${qs}`, options);
}

/** GET /api/documents/{id}/similar. */
export function fetchSimilar(id, limit, options) {
  return getJson(`/api/documents/${encodeURIComponent(id)}/similar?limit=${limit}`, options);
}

/** GET /api/suggest: completions of a partial query (speakers, titles, countries, topics...). */
export function fetchSuggest(q, limit, options) {
  return getJson(`/api/suggest?${new URLSearchParams({ q, limit: String(limit) })}`, options);
}

/** GET /api/facets/{name}: one facet's values for the current search (filter box, show more). */
export function fetchFacet(name, params, options) {
  return getJson(`/api/facets/${encodeURIComponent(name)}?${params}`, options);
}

/** GET /api/pivot: counts of rows × columns for the current search. */
export function fetchPivot(params, options) {
  return getJson(`/api/pivot?${params}`, options);
}
