// The search page: reads the state from the URL, asks the API, renders, and keeps the URL,
// the history and the page in step.
import { ApiError, fetchConfig, fetchFacet, fetchPassages, fetchPivot, fetchSearch, fetchSuggest } from './api.js';
import { el, plural, replaceChildren } from './dom.js';
import {
  activeFilters, clearFilters, defaultSort, filterCount, filterQuery, hasV2, invertFilter, readState, searchUrl, sortApplies, toParams,
  toggleFilter, withChanges, yearFacetName,
} from './state.js';
import { renderActiveFilters, renderFacets } from './render-facets.js';
import { renderDidYouMean, renderDropSuggestions, renderEmpty, renderResults, summaryText } from './render-results.js';
import { renderPagination } from './render-paging.js';
import { quotesSummaryText, renderQuotes } from './render-quotes.js';
import { renderTimeline, yearSeries } from './render-timeline.js';
import { renderMatrix } from './render-matrix.js';
import { attachAutocomplete } from './autocomplete.js';

const $ = (id) => document.getElementById(id);
const ui = {
  form: $('search-form'),
  q: $('q'),
  suggestions: $('q-suggestions'),
  facets: $('facets'),
  timeline: $('timeline'),
  filtersPanel: $('filters-panel'),
  filtersToggle: $('filters-toggle'),
  filtersToggleCount: $('filters-toggle-count'),
  filtersDone: $('filters-done'),
  activeFilters: $('active-filters'),
  activeFilterList: $('active-filter-list'),
  clearAll: $('clear-all'),
  error: $('error'),
  heading: $('results-heading'),
  count: $('result-count'),
  time: $('result-time'),
  sort: $('sort'),
  pageSize: $('page-size'),
  viewToggle: $('view-toggle'),
  viewSwitch: $('view-switch'),
  partial: $('partial'),
  didYouMean: $('did-you-mean'),
  matrix: $('matrix'),
  results: $('results'),
  pagination: $('pagination'),
  tools: $('results-tools'),
  feed: $('feed-link'),
  exportCsv: $('export-csv'),
  exportJsonl: $('export-jsonl'),
};

const TYPING_DELAY = 300;

let config = null;
let v2 = false;
let state = null;
let requestSeq = 0;
let inFlight = null;
let pivotController = null;
let dropController = null;
/** The current history entry was made by typing: further typing replaces it instead of stacking. */
let typingEntry = false;
let typingTimer = null;

/** Where focus should go after the next render: a function returning an element, or null. */
let focusAfterRender = null;
/** Scroll position to restore after the next render (back/forward, reload). */
let restoreScrollY = history.state?.scrollY ?? null;

async function init() {
  bindEvents();
  try {
    config = await fetchConfig();
  } catch (err) {
    showError(err);
    ui.count.textContent = 'Search is unavailable.';
    return;
  }
  v2 = hasV2(config);
  fillSelects();
  state = readState(location.search, config);
  // Normalise the URL (drops unknown or default parameters) without adding a history entry.
  history.replaceState(history.state, '', searchUrl(state, config));
  syncControls();
  runSearch();
  if (v2) {
    attachAutocomplete(ui.q, ui.suggestions, {
      load: async (q, signal) => (await fetchSuggest(q, 8, { signal })).suggestions ?? [],
      onPick: pickSuggestion,
    });
    ui.viewToggle.hidden = state.view === 'quotes';
    ui.tools.hidden = state.view === 'quotes';
    ui.viewSwitch.hidden = false;
  }
}

function fillSelects() {
  replaceChildren(ui.sort, config.sorts.map((s) => el('option', { value: s.name, text: s.label })));
  const sizes = [...new Set([10, 20, 50, 100, config.pageSize.default])]
    .filter((n) => n <= config.pageSize.max).sort((a, b) => a - b);
  replaceChildren(ui.pageSize, sizes.map((n) => el('option', { value: n, text: String(n) })));
}

/** Puts the state into the form controls (after load and on back/forward). */
function syncControls({ keepQuery = false } = {}) {
  if (!keepQuery) ui.q.value = state.q;
  const quotes = state.view === 'quotes';
  // Quotes cannot be sorted by title: that option is hidden and disabled in the Quotes view.
  for (const option of ui.sort.options) {
    option.disabled = !sortApplies(option.value, state.view);
    option.hidden = option.disabled;
  }
  ui.sort.value = state.sort;
  if (![...ui.pageSize.options].some((o) => Number(o.value) === state.pageSize)) {
    ui.pageSize.append(el('option', { value: state.pageSize, text: String(state.pageSize) }));
  }
  ui.pageSize.value = String(state.pageSize);
  const matrix = v2 && state.view === 'matrix';
  ui.viewToggle.setAttribute('aria-pressed', String(matrix));
  ui.viewToggle.textContent = matrix ? 'Hide matrix' : 'Matrix';
  for (const button of ui.viewSwitch.querySelectorAll('button[data-view]')) {
    button.setAttribute('aria-pressed', String(button.dataset.view === (quotes ? 'quotes' : 'list')));
  }
  ui.heading.textContent = quotes ? 'Quotes' : 'Results';
  if (v2) ui.tools.hidden = quotes; // the feed and the exports list documents
}

/**
 * Moves to a new state: a new history entry (unless nothing changed, or typing continues), then a
 * search.
 */
function navigate(next, { focus = null, typing = false } = {}) {
  state = next;
  const url = searchUrl(state, config);
  const here = `${location.pathname}${location.search}`;
  const there = new URL(url, location.href);
  if (`${there.pathname}${there.search}` === here || (typing && typingEntry)) {
    history.replaceState(history.state, '', url); // same search again, or still typing: no new entry
  } else {
    saveScroll();
    history.pushState({ scrollY: 0 }, '', url);
  }
  typingEntry = typing;
  if (!typing) clearTimeout(typingTimer);
  focusAfterRender = focus;
  syncControls({ keepQuery: typing });
  runSearch();
}

/** Remembers the scroll position in the current history entry, for back/forward. */
function saveScroll() {
  history.replaceState({ ...(history.state ?? {}), scrollY: window.scrollY }, '');
}

async function runSearch() {
  const seq = ++requestSeq;
  inFlight?.abort();
  const controller = new AbortController();
  inFlight = controller;
  const requested = state;
  setBusy(true);
  updateLinks(requested);
  try {
    const fetcher = requested.view === 'quotes' ? fetchPassages : fetchSearch;
    const data = await fetcher(toParams(requested, config, { forApi: true }), { signal: controller.signal });
    if (seq !== requestSeq) return; // a newer search was started: drop this answer
    hideError();
    render(data, requested);
    markShown(requested);
    if (!performance.getEntriesByName('dossier:first-results').length) performance.mark('dossier:first-results');
  } catch (err) {
    if (err.name === 'AbortError' || seq !== requestSeq) return;
    showError(err);
    renderFailed(requested);
    markShown(requested);
  } finally {
    if (seq === requestSeq) {
      setBusy(false);
      inFlight = null;
    }
  }
}

/** Marks which search the page shows (its query string), for tests and for the busy styling. */
function markShown(shown) {
  ui.results.dataset.shown = new URL(searchUrl(shown, config), location.href).search;
  // when the first results reached the screen, in ms since navigation (read by FirstResultsTiming)
  if (performance.getEntriesByName('dossier:first-results').length === 0) {
    performance.mark('dossier:first-results');
  }
}

function setBusy(busy) {
  ui.results.setAttribute('aria-busy', String(busy));
  document.body.classList.toggle('is-loading', busy);
}

/** The feed and export links, and the page's <link rel="alternate"> feed, follow the search. */
function updateLinks(shown) {
  if (!v2) return;
  const qs = filterQuery(shown, config).toString();
  const suffix = qs ? `?${qs}` : '';
  ui.feed.href = `/feed.atom${suffix}`;
  ui.exportCsv.href = `/api/export?${new URLSearchParams([['format', 'csv'], ...filterQuery(shown, config)])}`;
  ui.exportJsonl.href = `/api/export?${new URLSearchParams([['format', 'jsonl'], ...filterQuery(shown, config)])}`;
  let link = document.querySelector('link[rel="alternate"][type="application/atom+xml"]');
  if (!link) {
    link = el('link', { rel: 'alternate', type: 'application/atom+xml', title: 'Dossier: this search' });
    document.head.append(link);
  }
  link.href = `/feed.atom${suffix}`;
}

function render(data, shown) {
  const filters = activeFilters(shown, config);
  const yearName = yearFacetName(config);
  const quotes = shown.view === 'quotes';
  renderFacets(ui.facets, config, data.facets, shown, {
    skip: yearName ? [yearName] : [],
    // /api/facets counts documents; in the Quotes view the sidebar keeps the passages' own counts.
    loadValues: v2 && !quotes ? (name, opts) => loadFacetValues(shown, name, opts) : null,
    notes: quotes ? { speaker: shown.q ? 'Counted in quotes: who says the most about this.' : 'Counted in quotes: who speaks the most.' } : {},
  });
  if (yearName) {
    const label = config.facets.find((f) => f.name === yearName)?.label ?? 'Year';
    const series = yearSeries(data, yearName);
    if (series.length) {
      const min = data.facetStats?.[yearName]?.min ?? series[0].year;
      const max = data.facetStats?.[yearName]?.max ?? series[series.length - 1].year;
      config.yearBounds = { min: Math.min(min, config.yearBounds?.min ?? min), max: Math.max(max, config.yearBounds?.max ?? max) };
    }
    renderTimeline(ui.timeline, label, series, { from: shown.yearFrom, to: shown.yearTo },
      (from, to) => navigate(withChanges(state, { yearFrom: from, yearTo: to }), { focus: () => ui.timeline.querySelector('select') }));
  }
  renderFilterChips(filters);

  const noun = quotes ? 'quote' : 'result';
  ui.count.textContent = quotes ? quotesSummaryText(data, shown) : summaryText(data, shown);
  ui.filtersDone.textContent = data.totalHits ? `Show ${plural(data.totalHits, noun)}` : `Show ${noun}s`;
  ui.time.textContent = typeof data.processingTimeMs === 'number' ? `in ${data.processingTimeMs.toLocaleString('en')} ms` : '';
  document.title = shown.q ? `${shown.q} – ${plural(data.totalHits, noun)} – Dossier` : `${quotes ? 'Quotes' : 'Search'} – Dossier`;
  ui.partial.hidden = data.partial !== true;
  ui.viewToggle.hidden = !v2 || quotes || (!data.totalHits && shown.view !== 'matrix');
  renderDidYouMean(ui.didYouMean, data.didYouMean && data.didYouMean !== shown.q ? data.didYouMean : null);

  if (data.hits?.length && quotes) {
    renderQuotes(ui.results, data, (hit) => passageHref(hit, shown));
    renderPagination(ui.pagination, data.page, data.totalPages, (p) => searchUrl({ ...shown, page: p }, config));
  } else if (data.hits?.length) {
    renderResults(ui.results, data, (hit) => documentHref(hit.id, shown),
      (facet, value) => (shown.filters[facet] ?? []).includes(value));
    renderPagination(ui.pagination, data.page, data.totalPages, (p) => searchUrl({ ...shown, page: p }, config));
  } else {
    renderEmpty(ui.results, data, shown, filters.length, { noun: quotes ? 'quote' : 'document' });
    renderPagination(ui.pagination, 1, 0, () => '');
    if (!data.totalHits && filters.length) suggestDrops(shown, filters);
  }
  renderMatrixView(shown);
  applyFocus();
}

function renderFailed(shown) {
  ui.count.textContent = 'The search failed.';
  ui.time.textContent = '';
  renderFilterChips(activeFilters(shown, config));
  if (!ui.facets.firstChild) replaceChildren(ui.facets, el('p', { class: 'facets__empty', text: 'Filters appear once a search succeeds.' }));
  replaceChildren(ui.results);
  renderPagination(ui.pagination, 1, 0, () => '');
  ui.didYouMean.hidden = true;
  ui.matrix.hidden = true;
  applyFocus();
}

let chipFilters = [];
function renderFilterChips(filters) {
  chipFilters = filters;
  renderActiveFilters(ui.activeFilterList, filters, { canExclude: v2 });
  ui.activeFilters.hidden = filters.length === 0;
  ui.filtersToggleCount.textContent = filters.length ? `(${filters.length})` : '';
}

/** Values of one facet beyond the first ones, for 'show more' and the facet's filter box. */
async function loadFacetValues(shown, name, { contains, page, pageSize }) {
  const params = filterQuery(shown, config);
  if (contains) params.set('contains', contains);
  params.set('page', String(page));
  params.set('pageSize', String(pageSize));
  if (shown !== state) return null; // the page moved on
  return fetchFacet(name, params);
}

/** On zero results, counts what each filter's removal would give, and offers the useful ones. */
async function suggestDrops(shown, filters) {
  dropController?.abort();
  const controller = new AbortController();
  dropController = controller;
  const candidates = filters.slice(0, 8);
  const quotes = shown.view === 'quotes';
  try {
    const answers = await Promise.all(candidates.map((f) => {
      const params = toParams({ ...f.without, page: 1, pageSize: 1 }, config, { forApi: true });
      return (quotes ? fetchPassages : fetchSearch)(params, { signal: controller.signal }).then((d) => d.totalHits).catch((err) => {
        if (err.name === 'AbortError') throw err;
        return 0;
      });
    }));
    if (controller.signal.aborted || shown !== state) return;
    const options = candidates.map((f, i) => ({
      index: i,
      count: answers[i],
      href: searchUrl(f.without, config),
      label: `${f.facet.label}${f.kind === 'excluded' ? ' is not' : ''}: ${f.kind === 'range' ? f.value : f.value}`,
    })).sort((a, b) => b.count - a.count);
    renderDropSuggestions(ui.results, options, { noun: quotes ? 'quote' : 'result' });
  } catch (err) {
    if (err.name !== 'AbortError') throw err;
  }
}

async function renderMatrixView(shown) {
  pivotController?.abort();
  if (!v2 || shown.view !== 'matrix') {
    ui.matrix.hidden = true;
    replaceChildren(ui.matrix);
    return;
  }
  const crossable = config.facets;
  const names = crossable.map((f) => f.name);
  const rows = shown.rows ?? (names.includes('country') ? 'country' : names[0]);
  let cols = shown.cols ?? (names.includes('topic') ? 'topic' : names[1]);
  if (cols === rows) cols = names.find((n) => n !== rows);
  ui.matrix.hidden = false;
  const keepFocus = ui.matrix.contains(document.activeElement) ? document.activeElement.id : null;
  if (!ui.matrix.querySelector('table')) renderMatrix(ui.matrix, crossable, rows, cols, null);
  const controller = new AbortController();
  pivotController = controller;
  const params = filterQuery(shown, config);
  params.set('rows', rows);
  params.set('columns', cols);
  try {
    const pivot = await fetchPivot(params, { signal: controller.signal });
    if (controller.signal.aborted || shown !== state) return;
    renderMatrix(ui.matrix, crossable, rows, cols, pivot);
  } catch (err) {
    if (err.name === 'AbortError') return;
    replaceChildren(ui.matrix, el('p', { class: 'matrix__status', text: `The matrix could not be computed: ${err.detail ?? err.message}` }));
  }
  if (keepFocus) $(keepFocus)?.focus();
}

function applyFocus() {
  if (restoreScrollY !== null) {
    window.scrollTo(0, restoreScrollY);
    restoreScrollY = null;
  }
  const pick = focusAfterRender;
  focusAfterRender = null;
  if (!pick) return;
  const target = pick() ?? ui.heading;
  target.focus({ preventScroll: target !== ui.heading });
  if (target === ui.heading) ui.heading.scrollIntoView({ block: 'start' });
}

/** The document view keeps the search state so its "back to results" link can restore it. */
function documentHref(id, shown) {
  const params = toParams(shown, config);
  const out = new URLSearchParams({ id });
  for (const [k, v] of params) out.append(k, v);
  return `document.html?${out}`;
}

/** A quote's link: its document, scrolled to the passage (document.html?id=…&q=…&passage=7). */
function passageHref(hit, shown) {
  return `${documentHref(hit.documentId, shown)}&passage=${encodeURIComponent(hit.position)}`;
}

/** A suggestion from the autocomplete: a title opens its document, anything else becomes a filter. */
function pickSuggestion(s) {
  clearTimeout(typingTimer);
  if (s.type === 'title' && s.id) {
    location.assign(documentHref(s.id, { ...state, q: '' }));
    return;
  }
  if (config.facets.some((f) => f.name === s.type)) {
    ui.q.value = '';
    navigate(toggleFilter(withChanges(state, { q: '' }), s.type, String(s.value), true), { focus: () => ui.q });
    return;
  }
  ui.q.value = s.value;
  navigate(withChanges(state, { q: s.value }), { focus: () => ui.q });
}

function showError(err) {
  const detail = err instanceof ApiError ? err.detail : 'Something went wrong while searching.';
  replaceChildren(ui.error,
    el('p', { class: 'alert__title', text: err instanceof ApiError && err.status === 400 ? 'The search could not be run' : 'Something went wrong' }),
    el('p', { class: 'alert__detail', text: detail }));
  ui.error.hidden = false;
}

function hideError() {
  ui.error.hidden = true;
  replaceChildren(ui.error);
}

const cssEscape = (s) => (window.CSS?.escape ? CSS.escape(s) : s.replace(/["\\]/g, '\\$&'));
const byData = (root, selector, facet, value) =>
  root.querySelector(`${selector}[data-facet="${cssEscape(facet)}"][data-value="${cssEscape(value)}"]`);

function bindEvents() {
  ui.form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (!config) return;
    clearTimeout(typingTimer);
    const q = ui.q.value.trim();
    navigate(withChanges(state, { q }));
  });

  // Search as you type: debounced; runSearch aborts the previous request and ignores stale answers.
  ui.q.addEventListener('input', () => {
    if (!config) return;
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => {
      const q = ui.q.value.trim();
      if (q === state.q) return;
      navigate(withChanges(state, { q }), { typing: true });
    }, TYPING_DELAY);
  });

  // Facet checkboxes: filter as soon as one changes; keep focus on the same checkbox.
  ui.facets.addEventListener('change', (e) => {
    const box = e.target.closest('input[type="checkbox"][data-facet]');
    if (!box) return;
    const { facet, value } = box.dataset;
    navigate(toggleFilter(state, facet, value, box.checked), {
      focus: () => byData(ui.facets, 'input', facet, value)
        ?? ui.facets.querySelector(`fieldset[data-facet="${cssEscape(facet)}"] input`),
    });
  });

  // Removable chips: after removing one, focus the next chip, else the results heading.
  ui.activeFilterList.addEventListener('click', (e) => {
    const invert = e.target.closest('button[data-invert]');
    if (invert) {
      const f = chipFilters[Number(invert.dataset.invert)];
      if (!f) return;
      const index = Number(invert.dataset.invert);
      navigate(invertFilter(state, f.facet.name, f.value, f.kind !== 'excluded'), {
        focus: () => ui.activeFilterList.querySelector(`button[data-invert][data-facet-value="${cssEscape(`${f.facet.name}=${f.value}`)}"]`)
          ?? ui.activeFilterList.querySelectorAll('button[data-invert]')[index] ?? null,
      });
      return;
    }
    const chip = e.target.closest('button[data-chip]');
    if (!chip) return;
    const index = Number(chip.dataset.chip);
    const filter = chipFilters[index];
    if (!filter) return;
    navigate(filter.without, {
      focus: () => {
        const left = ui.activeFilterList.querySelectorAll('button[data-chip]');
        return left[Math.min(index, left.length - 1)] ?? null;
      },
    });
  });

  ui.clearAll.addEventListener('click', () => navigate(clearFilters(state), { focus: () => ui.heading }));

  ui.sort.addEventListener('change', () => navigate(withChanges(state, { sort: ui.sort.value })));
  ui.pageSize.addEventListener('change', () => navigate(withChanges(state, { pageSize: Number(ui.pageSize.value) })));

  // Documents / Quotes: the same search, over documents or over passages. Focus stays on the switch.
  ui.viewSwitch.addEventListener('click', (e) => {
    const button = e.target.closest('button[data-view]');
    if (!button || !config) return;
    const view = button.dataset.view;
    if (view === (state.view === 'quotes' ? 'quotes' : 'list')) return;
    const sort = sortApplies(state.sort, view) ? state.sort : defaultSort(config);
    navigate(withChanges(state, { view, sort }), { focus: () => button });
  });

  ui.viewToggle.addEventListener('click', () => {
    const matrix = state.view !== 'matrix';
    navigate({ ...state, view: matrix ? 'matrix' : 'list' }, { focus: () => (matrix ? ui.matrix.querySelector('select') : ui.viewToggle) });
  });
  ui.matrix.addEventListener('change', (e) => {
    const select = e.target.closest('select[data-matrix]');
    if (!select) return;
    const rows = $('matrix-rows').value;
    const cols = $('matrix-cols').value;
    navigate({ ...state, rows, cols: cols === rows ? config.facets.find((f) => f.name !== rows)?.name : cols },
      { focus: () => $(select.id) });
  });
  ui.matrix.addEventListener('click', (e) => {
    const cell = e.target.closest('button[data-action="matrix-cell"]');
    if (!cell) return;
    const { rowFacet, row, colFacet, col } = cell.dataset;
    navigate(toggleFilter(toggleFilter(state, rowFacet, row, true), colFacet, col, true), { focus: () => ui.heading });
  });

  ui.didYouMean.addEventListener('click', (e) => {
    const button = e.target.closest('button[data-action="did-you-mean"]');
    if (!button) return;
    navigate(withChanges(state, { q: button.dataset.q }), { focus: () => ui.heading });
  });

  // Pagination links: same-page navigation unless the user asked for a new tab/window.
  ui.pagination.addEventListener('click', (e) => {
    const link = e.target.closest('a[data-page]');
    if (!link || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    const page = Number(link.dataset.page);
    if (page === state.page) return;
    navigate({ ...state, page }, { focus: () => ui.heading });
  });

  // Result chips (add a filter), empty-state actions and "drop this filter" links.
  ui.results.addEventListener('click', (e) => {
    const drop = e.target.closest('a[data-drop]');
    if (drop && e.button === 0 && !(e.metaKey || e.ctrlKey || e.shiftKey || e.altKey)) {
      e.preventDefault();
      navigate(readState(new URL(drop.href).search, config), { focus: () => ui.heading });
      return;
    }
    const button = e.target.closest('button[data-action]');
    if (!button) return;
    const action = button.dataset.action;
    if (action === 'add-filter') {
      const { facet, value } = button.dataset;
      const on = (state.filters[facet] ?? []).includes(value);
      navigate(toggleFilter(state, facet, value, !on), { focus: () => ui.heading });
    } else if (action === 'clear-filters') navigate(clearFilters(state), { focus: () => ui.heading });
    else if (action === 'clear-query') navigate(withChanges(state, { q: '' }), { focus: () => ui.q });
    else if (action === 'first-page') navigate({ ...state, page: 1 }, { focus: () => ui.heading });
  });

  // "/" anywhere but in a field jumps to the search box.
  document.addEventListener('keydown', (e) => {
    if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey) return;
    const t = e.target;
    if (t instanceof HTMLInputElement || t instanceof HTMLSelectElement || t instanceof HTMLTextAreaElement || t.isContentEditable) return;
    e.preventDefault();
    ui.q.focus();
    ui.q.select();
  });

  // Phone layout: the filters fold into a panel behind a button.
  ui.filtersToggle.addEventListener('click', () => {
    const open = ui.filtersToggle.getAttribute('aria-expanded') !== 'true';
    ui.filtersToggle.setAttribute('aria-expanded', String(open));
    ui.filtersPanel.classList.toggle('is-open', open);
  });

  // Close the phone filter panel and go to the results.
  ui.filtersDone.addEventListener('click', () => {
    ui.filtersToggle.setAttribute('aria-expanded', 'false');
    ui.filtersPanel.classList.remove('is-open');
    ui.filtersToggle.focus();
    ui.filtersToggle.scrollIntoView({ block: 'start' });
  });

  // Back/forward: results arrive asynchronously, so the page restores the scroll position itself.
  if ('scrollRestoration' in history) history.scrollRestoration = 'manual';
  window.addEventListener('pagehide', saveScroll);
  window.addEventListener('popstate', (e) => {
    if (!config) return;
    clearTimeout(typingTimer);
    typingEntry = false;
    state = readState(location.search, config);
    restoreScrollY = e.state?.scrollY ?? 0;
    syncControls();
    runSearch();
  });
}

init();
