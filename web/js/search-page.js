// The search page: reads the state from the URL, asks the API, renders, and keeps the URL,
// the history and the page in step.
import { ApiError, fetchConfig, fetchSearch } from './api.js';
import { el, plural, replaceChildren } from './dom.js';
import { filterCount, readState, searchUrl, toParams, toggleFilter, withChanges } from './state.js';
import { renderActiveFilters, renderFacets } from './render-facets.js';
import { renderEmpty, renderResults, summaryText } from './render-results.js';
import { renderPagination } from './render-paging.js';

const $ = (id) => document.getElementById(id);
const ui = {
  form: $('search-form'),
  q: $('q'),
  facets: $('facets'),
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
  results: $('results'),
  pagination: $('pagination'),
};

let config = null;
let state = null;
let requestSeq = 0;
let inFlight = null;

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
  fillSelects();
  state = readState(location.search, config);
  // Normalise the URL (drops unknown or default parameters) without adding a history entry.
  history.replaceState(history.state, '', searchUrl(state, config));
  syncControls();
  runSearch();
}

function fillSelects() {
  replaceChildren(ui.sort, config.sorts.map((s) => el('option', { value: s.name, text: s.label })));
  const sizes = [...new Set([10, 20, 50, 100, config.pageSize.default])]
    .filter((n) => n <= config.pageSize.max).sort((a, b) => a - b);
  replaceChildren(ui.pageSize, sizes.map((n) => el('option', { value: n, text: String(n) })));
}

/** Puts the state into the form controls (after load and on back/forward). */
function syncControls() {
  ui.q.value = state.q;
  ui.sort.value = state.sort;
  if (![...ui.pageSize.options].some((o) => Number(o.value) === state.pageSize)) {
    ui.pageSize.append(el('option', { value: state.pageSize, text: String(state.pageSize) }));
  }
  ui.pageSize.value = String(state.pageSize);
}

/** Moves to a new state: a new history entry (unless nothing changed), then a search. */
function navigate(next, { focus = null } = {}) {
  state = next;
  const url = searchUrl(state, config);
  const here = `${location.pathname}${location.search}`;
  const there = new URL(url, location.href);
  if (`${there.pathname}${there.search}` === here) {
    history.replaceState(history.state, '', url); // same search again: refresh, no duplicate entry
  } else {
    saveScroll();
    history.pushState({ scrollY: 0 }, '', url);
  }
  focusAfterRender = focus;
  syncControls();
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
  try {
    const data = await fetchSearch(toParams(requested, config, { forApi: true }), { signal: controller.signal });
    if (seq !== requestSeq) return; // a newer search was started: drop this answer
    hideError();
    render(data, requested);
    markShown(requested);
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
}

function setBusy(busy) {
  ui.results.setAttribute('aria-busy', String(busy));
  document.body.classList.toggle('is-loading', busy);
}

function render(data, shown) {
  const active = filterCount(shown);
  renderFacets(ui.facets, config, data.facets, shown);
  renderFilterChips(shown, active);

  ui.count.textContent = summaryText(data, shown);
  ui.filtersDone.textContent = data.totalHits ? `Show ${plural(data.totalHits, 'result')}` : 'Show results';
  ui.time.textContent = typeof data.processingTimeMs === 'number' ? `in ${data.processingTimeMs.toLocaleString('en')} ms` : '';
  document.title = shown.q ? `${shown.q} – ${plural(data.totalHits, 'result')} – Dossier` : 'Search – Dossier';

  if (data.hits?.length) {
    renderResults(ui.results, data, (hit) => documentHref(hit.id, shown));
    renderPagination(ui.pagination, data.page, data.totalPages, (p) => searchUrl({ ...shown, page: p }, config));
  } else {
    renderEmpty(ui.results, data, shown, active);
    renderPagination(ui.pagination, 1, 0, () => '');
  }
  applyFocus();
}

function renderFailed(shown) {
  ui.count.textContent = 'The search failed.';
  ui.time.textContent = '';
  renderFilterChips(shown, filterCount(shown));
  if (!ui.facets.firstChild) replaceChildren(ui.facets, el('p', { class: 'facets__empty', text: 'Filters appear once a search succeeds.' }));
  replaceChildren(ui.results);
  renderPagination(ui.pagination, 1, 0, () => '');
  applyFocus();
}

function renderFilterChips(shown, active) {
  renderActiveFilters(ui.activeFilterList, config, shown);
  ui.activeFilters.hidden = active === 0;
  ui.filtersToggleCount.textContent = active ? `(${active})` : '';
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
    const q = ui.q.value.trim();
    navigate(withChanges(state, { q }));
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

  // Removable chips: after removing one, focus the next chip, else "Clear all"'s neighbour.
  ui.activeFilterList.addEventListener('click', (e) => {
    const chip = e.target.closest('button[data-facet]');
    if (!chip) return;
    const chips = [...ui.activeFilterList.querySelectorAll('button[data-facet]')];
    const index = chips.indexOf(chip);
    navigate(toggleFilter(state, chip.dataset.facet, chip.dataset.value, false), {
      focus: () => {
        const left = ui.activeFilterList.querySelectorAll('button[data-facet]');
        return left[Math.min(index, left.length - 1)] ?? null;
      },
    });
  });

  ui.clearAll.addEventListener('click', () => navigate(withChanges(state, { filters: {} }), { focus: () => ui.heading }));

  ui.sort.addEventListener('change', () => navigate(withChanges(state, { sort: ui.sort.value })));
  ui.pageSize.addEventListener('change', () => navigate(withChanges(state, { pageSize: Number(ui.pageSize.value) })));

  // Pagination links: same-page navigation unless the user asked for a new tab/window.
  ui.pagination.addEventListener('click', (e) => {
    const link = e.target.closest('a[data-page]');
    if (!link || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    const page = Number(link.dataset.page);
    if (page === state.page) return;
    navigate({ ...state, page }, { focus: () => ui.heading });
  });

  // Empty-state actions.
  ui.results.addEventListener('click', (e) => {
    const button = e.target.closest('button[data-action]');
    if (!button) return;
    const action = button.dataset.action;
    if (action === 'clear-filters') navigate(withChanges(state, { filters: {} }), { focus: () => ui.heading });
    else if (action === 'clear-query') navigate(withChanges(state, { q: '' }), { focus: () => ui.q });
    else if (action === 'first-page') navigate({ ...state, page: 1 }, { focus: () => ui.heading });
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
    state = readState(location.search, config);
    restoreScrollY = e.state?.scrollY ?? 0;
    syncControls();
    runSearch();
  });
}

init();
