// The search state lives in the URL, under the API's own parameter names:
//   ?q=nuclear&country=Russia&country=China&year=2019&page=2&pageSize=20&sort=newest
// Defaults (page 1, the default page size, the first sort) are left out of the URL.

/** Reads the state from a query string, using `config` for facet names and limits. */
export function readState(search, config) {
  const params = new URLSearchParams(search);
  const filters = {};
  for (const facet of config.facets) {
    const values = [...new Set(params.getAll(facet.name).filter((v) => v !== ''))];
    if (values.length) filters[facet.name] = values;
  }
  const sortNames = config.sorts.map((s) => s.name);
  const sort = sortNames.includes(params.get('sort')) ? params.get('sort') : defaultSort(config);
  return {
    q: (params.get('q') ?? '').trim(),
    filters,
    page: positiveInt(params.get('page'), 1),
    pageSize: Math.min(positiveInt(params.get('pageSize'), config.pageSize.default), config.pageSize.max),
    sort,
  };
}

export function defaultSort(config) {
  return config.sorts[0]?.name ?? '';
}

function positiveInt(raw, fallback) {
  if (raw === null || !/^\d+$/.test(raw)) return fallback;
  const n = Number(raw);
  return n >= 1 ? n : fallback;
}

/**
 * The state as URL parameters. `forApi` also includes defaults (so the server never has to
 * guess); the page URL leaves them out.
 */
export function toParams(state, config, { forApi = false } = {}) {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const facet of config.facets) {
    for (const value of state.filters[facet.name] ?? []) params.append(facet.name, value);
  }
  if (forApi || state.page > 1) params.set('page', String(state.page));
  if (forApi || state.pageSize !== config.pageSize.default) params.set('pageSize', String(state.pageSize));
  if (state.sort && (forApi || state.sort !== defaultSort(config))) params.set('sort', state.sort);
  return params;
}

/** A relative URL for the search page showing `state`. */
export function searchUrl(state, config) {
  const qs = toParams(state, config).toString();
  return qs ? `./?${qs}` : './';
}

/** A copy of `state` with changes; any change other than `page` goes back to page 1. */
export function withChanges(state, changes) {
  const next = { ...state, filters: { ...state.filters }, page: 1, ...changes };
  if (changes.filters) next.filters = changes.filters;
  return next;
}

/** Adds or removes one facet value. */
export function toggleFilter(state, name, value, on) {
  const current = state.filters[name] ?? [];
  const values = on ? [...new Set([...current, value])] : current.filter((v) => v !== value);
  const filters = { ...state.filters, [name]: values };
  if (!values.length) delete filters[name];
  return withChanges(state, { filters });
}

export function filterCount(state) {
  return Object.values(state.filters).reduce((n, values) => n + values.length, 0);
}
