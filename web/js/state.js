// The search state lives in the URL, under the API's own parameter names:
//   ?q=nuclear&country=Russia&country=China&topic.not=trade&yearFrom=2015&yearTo=2019&page=2&sort=newest
// plus the page's own view parameters (view=matrix&rows=country&cols=topic, or view=quotes: the
// same search over passages, /api/passages), never sent to the API. Defaults (page 1, the default page size, the first sort) are left out of the URL.

/** Whether the server speaks the newer API (ranges, exclusions, suggest, pivot, feed...). */
export function hasV2(config) {
  return typeof config?.yearFacet === 'string';
}

/** The name of the year facet (drawn as a timeline, filtered by a range). */
export function yearFacetName(config) {
  return config.yearFacet ?? (config.facets.some((f) => f.name === 'year') ? 'year' : null);
}

const VIEWS = ['list', 'matrix', 'quotes'];
/** Sorts that make no sense for quotes (passages have no title of their own). */
const NOT_FOR_QUOTES = ['title'];

/** Whether a sort applies to the given view. */
export function sortApplies(sort, view) {
  return view !== 'quotes' || !NOT_FOR_QUOTES.includes(sort);
}

/** Reads the state from a query string, using `config` for facet names and limits. */
export function readState(search, config) {
  const params = new URLSearchParams(search);
  const filters = {};
  const excluded = {};
  const facetNames = config.facets.map((f) => f.name);
  for (const name of facetNames) {
    const values = [...new Set(params.getAll(name).filter((v) => v !== ''))];
    if (values.length) filters[name] = values;
    const not = [...new Set(params.getAll(`${name}.not`).filter((v) => v !== ''))];
    if (not.length) excluded[name] = not;
  }
  const view = VIEWS.includes(params.get('view')) ? params.get('view') : 'list';
  const sortNames = config.sorts.map((s) => s.name).filter((name) => sortApplies(name, view));
  const sort = sortNames.includes(params.get('sort')) ? params.get('sort') : defaultSort(config);
  let yearFrom = yearInt(params.get('yearFrom'));
  let yearTo = yearInt(params.get('yearTo'));
  if (yearFrom !== null && yearTo !== null && yearFrom > yearTo) [yearFrom, yearTo] = [yearTo, yearFrom];
  const rows = facetNames.includes(params.get('rows')) ? params.get('rows') : null;
  const cols = facetNames.includes(params.get('cols')) ? params.get('cols') : null;
  return {
    q: (params.get('q') ?? '').trim(),
    filters,
    excluded,
    yearFrom,
    yearTo,
    page: positiveInt(params.get('page'), 1),
    pageSize: Math.min(positiveInt(params.get('pageSize'), config.pageSize.default), config.pageSize.max),
    sort,
    view,
    rows,
    cols,
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

function yearInt(raw) {
  if (raw === null || !/^-?\d{1,4}$/.test(raw)) return null;
  return Number(raw);
}

/**
 * The filters of a state as parameters (q, facet values, exclusions, year range). An older
 * server without yearFrom/yearTo gets the range as the list of its years.
 */
function filterParams(params, state, config) {
  if (state.q) params.set('q', state.q);
  const v2 = hasV2(config);
  for (const facet of config.facets) {
    for (const value of state.filters[facet.name] ?? []) params.append(facet.name, value);
    if (v2) for (const value of state.excluded?.[facet.name] ?? []) params.append(`${facet.name}.not`, value);
  }
  if (state.yearFrom !== null || state.yearTo !== null) {
    if (v2) {
      if (state.yearFrom !== null) params.set('yearFrom', String(state.yearFrom));
      if (state.yearTo !== null) params.set('yearTo', String(state.yearTo));
    } else {
      // An open end goes to the corpus's first or last year, as far as the page has seen them.
      const bounds = config.yearBounds ?? {};
      const from = state.yearFrom ?? bounds.min ?? state.yearTo;
      const to = state.yearTo ?? Math.max(bounds.max ?? state.yearFrom, state.yearFrom);
      const yearName = yearFacetName(config);
      for (let y = from; y <= to && y - from < 500; y += 1) params.append(yearName, String(y));
    }
  }
  return params;
}

/** The parameters of the current search for the API's side routes (facets, pivot, feed, export). */
export function filterQuery(state, config) {
  return filterParams(new URLSearchParams(), state, config);
}

/**
 * The state as URL parameters. `forApi` gives what /api/search takes (defaults included, view
 * parameters left out); otherwise the page URL (defaults left out, the range as yearFrom/yearTo).
 */
export function toParams(state, config, { forApi = false } = {}) {
  const params = new URLSearchParams();
  if (forApi) {
    filterParams(params, state, config);
  } else {
    if (state.q) params.set('q', state.q);
    for (const facet of config.facets) {
      for (const value of state.filters[facet.name] ?? []) params.append(facet.name, value);
      for (const value of state.excluded?.[facet.name] ?? []) params.append(`${facet.name}.not`, value);
    }
    if (state.yearFrom !== null && state.yearFrom !== undefined) params.set('yearFrom', String(state.yearFrom));
    if (state.yearTo !== null && state.yearTo !== undefined) params.set('yearTo', String(state.yearTo));
  }
  if (forApi || state.page > 1) params.set('page', String(state.page));
  if (forApi || state.pageSize !== config.pageSize.default) params.set('pageSize', String(state.pageSize));
  if (state.sort && (forApi || state.sort !== defaultSort(config))) params.set('sort', state.sort);
  if (!forApi && state.view === 'quotes') params.set('view', 'quotes');
  if (!forApi && state.view === 'matrix') {
    params.set('view', 'matrix');
    if (state.rows) params.set('rows', state.rows);
    if (state.cols) params.set('cols', state.cols);
  }
  return params;
}

/** A relative URL for the search page showing `state`. */
export function searchUrl(state, config) {
  const qs = toParams(state, config).toString();
  return qs ? `./?${qs}` : './';
}

/** A copy of `state` with changes; any change other than `page` goes back to page 1. */
export function withChanges(state, changes) {
  const next = { ...state, filters: { ...state.filters }, excluded: { ...state.excluded }, page: 1, ...changes };
  if (changes.filters) next.filters = changes.filters;
  if (changes.excluded) next.excluded = changes.excluded;
  return next;
}

/** Adds or removes one facet value (adding it also drops an exclusion of the same value). */
export function toggleFilter(state, name, value, on) {
  const current = state.filters[name] ?? [];
  const values = on ? [...new Set([...current, value])] : current.filter((v) => v !== value);
  const filters = { ...state.filters, [name]: values };
  if (!values.length) delete filters[name];
  const excluded = { ...state.excluded };
  if (on && excluded[name]) {
    excluded[name] = excluded[name].filter((v) => v !== value);
    if (!excluded[name].length) delete excluded[name];
  }
  return withChanges(state, { filters, excluded });
}

/** Removes one exclusion. */
export function removeExclusion(state, name, value) {
  const excluded = { ...state.excluded, [name]: (state.excluded[name] ?? []).filter((v) => v !== value) };
  if (!excluded[name].length) delete excluded[name];
  return withChanges(state, { excluded });
}

/** Turns a selected value into an exclusion, or an exclusion into a selected value. */
export function invertFilter(state, name, value, nowExcluded) {
  if (nowExcluded) {
    const next = toggleFilter(state, name, value, false);
    const excluded = { ...next.excluded, [name]: [...new Set([...(next.excluded[name] ?? []), value])] };
    return withChanges(next, { excluded });
  }
  return toggleFilter(state, name, value, true); // adding a value drops its exclusion
}

/** Every filter but the query: facet values, exclusions, the year range. */
export function clearFilters(state) {
  return withChanges(state, { filters: {}, excluded: {}, yearFrom: null, yearTo: null });
}

export function hasYearRange(state) {
  return state.yearFrom !== null || state.yearTo !== null;
}

export function filterCount(state) {
  const values = (o) => Object.values(o ?? {}).reduce((n, list) => n + list.length, 0);
  return values(state.filters) + values(state.excluded) + (hasYearRange(state) ? 1 : 0);
}

/**
 * Each active filter on its own, with the state that drops it: for the chips and for the
 * "remove this filter" suggestions of an empty result.
 */
export function activeFilters(state, config) {
  const out = [];
  for (const facet of config.facets) {
    for (const value of state.filters[facet.name] ?? []) {
      out.push({ kind: 'value', facet, value, without: toggleFilter(state, facet.name, value, false) });
    }
    for (const value of state.excluded?.[facet.name] ?? []) {
      out.push({ kind: 'excluded', facet, value, without: removeExclusion(state, facet.name, value) });
    }
  }
  if (hasYearRange(state)) {
    out.push({ kind: 'range', facet: config.facets.find((f) => f.name === yearFacetName(config)) ?? { name: 'year', label: 'Year' },
      value: yearRangeText(state), without: withChanges(state, { yearFrom: null, yearTo: null }) });
  }
  return out;
}

export function yearRangeText(state) {
  const { yearFrom: from, yearTo: to } = state;
  if (from !== null && to !== null) return from === to ? String(from) : `${from}–${to}`;
  if (from !== null) return `from ${from}`;
  return `until ${to}`;
}
