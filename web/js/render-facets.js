// The facet sidebar: one fieldset of checkboxes per facet, in the order the config gives (the
// year facet is drawn by render-timeline.js). Long lists fold behind "Show more" and get a
// filter box; with the newer API both ask /api/facets/{name} for values beyond the first ones.
import { el, displayValue, languageName, replaceChildren } from './dom.js';

const COLLAPSED_LIMIT = 8;
const FILTER_MIN = 9;
/** Per facet, kept across re-renders: expanded?, the filter text, values loaded from the server. */
const memory = new Map();
const mem = (name) => {
  if (!memory.has(name)) memory.set(name, { expanded: false, filter: '', extra: null, hasMore: false, page: 1, seq: 0 });
  return memory.get(name);
};

/** How a facet value reads: language codes as names, the first letter upper-cased. */
export function facetValueText(facetName, value) {
  if (facetName === 'language') return languageName(value) ?? displayValue(value);
  return displayValue(value);
}

/**
 * Renders the facets. Checkboxes carry data-facet / data-value; the page listens for their change
 * events on `container`. `loadValues(name, {contains, page, pageSize})` returns a promise of
 * {values, hasMore} from the server, or is null when the server cannot page facets.
 */
export function renderFacets(container, config, facets, state, { skip = [], loadValues = null, notes = {} } = {}) {
  const active = document.activeElement;
  const refocusFilter = active?.classList?.contains('facet__filter') ? active.dataset.facet : null;
  const blocks = [];
  for (const facet of config.facets) {
    if (skip.includes(facet.name)) continue;
    const block = renderFacet(facet, facets?.[facet.name], state, loadValues, notes[facet.name]);
    if (block) blocks.push(block);
  }
  if (!blocks.length) blocks.push(el('p', { class: 'facets__empty', text: 'No filters for these results.' }));
  replaceChildren(container, blocks);
  if (refocusFilter) {
    const input = container.querySelector(`input.facet__filter[data-facet="${CSS.escape(refocusFilter)}"]`);
    if (input) {
      input.focus();
      input.setSelectionRange(input.value.length, input.value.length);
    }
  }
}

function renderFacet(facet, serverValues, state, loadValues, note) {
  if (serverValues === undefined) return null; // the server does not know this facet (yet)
  const m = mem(facet.name);
  // Values loaded for an earlier search are stale: drop them, and reload below if still wanted.
  m.extra = null;
  m.hasMore = false;
  m.page = 1;
  m.seq += 1;
  const selected = state.filters[facet.name] ?? [];
  const excluded = state.excluded?.[facet.name] ?? [];
  const base = (serverValues ?? []).map((v) => ({
    value: String(v.value), count: v.count,
    selected: Boolean(v.selected) || selected.includes(String(v.value)),
    excluded: Boolean(v.excluded) || excluded.includes(String(v.value)),
  }));
  for (const value of selected) {
    if (!base.some((v) => v.value === value)) base.push({ value, count: 0, selected: true });
  }
  if (!base.length && !excluded.length) return null;

  const id = `facet-${facet.name}`;
  const listId = `${id}-list`;
  const list = el('ul', { class: 'facet__list', id: listId });
  const fieldset = el('fieldset', { class: 'facet', dataset: { facet: facet.name } },
    el('legend', { class: 'facet__legend', text: facet.label }),
    note ? el('p', { class: 'facet__note', text: note }) : null);

  let values = base;
  const status = el('p', { class: 'facet__status', role: 'status' });
  const more = el('button', { type: 'button', class: 'button button--link facet__more', 'aria-controls': listId });

  const draw = () => {
    const needle = m.filter.trim().toLocaleLowerCase('en');
    const all = m.extra ? merge(values, m.extra) : values;
    const matching = needle
      ? all.filter((v) => v.selected || v.value.toLocaleLowerCase('en').includes(needle) || facetValueText(facet.name, v.value).toLocaleLowerCase('en').includes(needle))
      : all;
    const folded = !m.expanded && !needle && matching.length > COLLAPSED_LIMIT + 2;
    const shown = folded ? matching.filter((v, i) => i < COLLAPSED_LIMIT || v.selected) : matching;
    replaceChildren(list, shown.map((v, i) => valueItem(facet, v, `${id}-${i}`)));
    status.textContent = needle && !matching.length ? `No ${facet.label.toLocaleLowerCase('en')} matches “${m.filter.trim()}”.` : '';
    const canLoad = loadValues && (m.extra ? m.hasMore : base.length >= COLLAPSED_LIMIT);
    if (folded) {
      more.hidden = false;
      more.textContent = `Show more (${matching.length - shown.length})`;
      more.setAttribute('aria-expanded', 'false');
    } else if (m.expanded && canLoad && !needle) {
      more.hidden = false;
      more.textContent = 'Show more';
      more.setAttribute('aria-expanded', 'true');
    } else if (m.expanded && !needle && all.length > COLLAPSED_LIMIT + 2) {
      more.hidden = false;
      more.textContent = 'Show fewer';
      more.setAttribute('aria-expanded', 'true');
    } else {
      more.hidden = true;
    }
  };

  const loadFromServer = async (page) => {
    if (!loadValues) return;
    const mine = ++m.seq;
    try {
      const answer = await loadValues(facet.name, { contains: m.filter.trim(), page, pageSize: 50 });
      if (!answer || mine !== m.seq) return; // a newer request (or a newer search) replaced this one
      const got = answer.values.map((v) => ({ value: String(v.value), count: v.count, selected: Boolean(v.selected) || selected.includes(String(v.value)) }));
      m.extra = page > 1 && m.extra ? merge(m.extra, got) : got;
      m.hasMore = Boolean(answer.hasMore);
      m.page = page;
      if (fieldset.isConnected) draw();
    } catch (err) {
      if (err.name !== 'AbortError') status.textContent = 'More values could not be loaded.';
    }
  };

  if (base.length >= FILTER_MIN || m.filter) {
    const filterId = `${id}-filter`;
    const input = el('input', {
      type: 'search', id: filterId, class: 'facet__filter', autocomplete: 'off', spellcheck: 'false',
      placeholder: `Filter ${facet.label.toLocaleLowerCase('en')}…`, dataset: { facet: facet.name }, 'aria-controls': listId,
    });
    input.value = m.filter;
    let timer = null;
    input.addEventListener('input', () => {
      m.filter = input.value;
      m.extra = null;
      draw();
      clearTimeout(timer);
      if (loadValues && m.filter.trim()) timer = setTimeout(() => loadFromServer(1), 200);
    });
    input.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && input.value) {
        e.preventDefault();
        e.stopPropagation();
        input.value = '';
        m.filter = '';
        m.extra = null;
        draw();
      }
    });
    fieldset.append(el('label', { class: 'visually-hidden', for: filterId, text: `Filter ${facet.label} values` }), input);
  }

  more.addEventListener('click', () => {
    const label = more.textContent;
    if (label === 'Show fewer') {
      m.expanded = false;
      draw();
    } else if (!m.expanded) {
      m.expanded = true;
      draw();
      if (loadValues && base.length >= COLLAPSED_LIMIT) loadFromServer(1);
    } else {
      loadFromServer(m.page + 1);
    }
  });

  fieldset.append(list, status, more);
  if (loadValues && (m.filter.trim() || (m.expanded && base.length >= COLLAPSED_LIMIT))) loadFromServer(1);
  draw();
  return fieldset;
}

/** `extra` values not yet in `values` are appended; counts from `extra` win (they are fresher). */
function merge(values, extra) {
  const byValue = new Map(values.map((v) => [v.value, v]));
  for (const v of extra) byValue.set(v.value, { ...v, selected: v.selected || byValue.get(v.value)?.selected });
  const order = [...values.map((v) => v.value), ...extra.map((v) => v.value).filter((v) => !values.some((w) => w.value === v))];
  return order.map((v) => byValue.get(v));
}

function valueItem(facet, v, inputId) {
  return el('li', { class: `facet__item${v.excluded ? ' is-excluded' : ''}` },
    el('input', {
      type: 'checkbox', id: inputId, class: 'facet__checkbox', checked: v.selected,
      dataset: { facet: facet.name, value: v.value },
    }),
    el('label', { for: inputId, class: 'facet__label' },
      el('span', { class: 'facet__value', text: facetValueText(facet.name, v.value) }),
      v.excluded ? el('span', { class: 'visually-hidden', text: ' (excluded)' }) : null,
      el('span', { class: 'facet__count' }, v.count.toLocaleString('en'),
        el('span', { class: 'visually-hidden', text: v.count === 1 ? ' document' : ' documents' }))));
}

/**
 * The active filters as removable chips (buttons carry data-chip, the index into `filters`). With
 * `canExclude`, a facet value's chip has a small "is"/"not" button before it (data-invert) that
 * turns the filter into an exclusion and back.
 */
export function renderActiveFilters(listEl, filters, { canExclude = false } = {}) {
  const chips = filters.map((f, i) => {
    const text = f.kind === 'range' ? f.value : facetValueText(f.facet.name, f.value);
    const label = f.kind === 'excluded' ? `${f.facet.label} is not` : f.facet.label;
    const shownLabel = canExclude && f.kind === 'excluded' ? f.facet.label : label; // the "not" button says it
    const invert = canExclude && f.kind !== 'range'
      ? el('button', {
        type: 'button', class: `chip-invert${f.kind === 'excluded' ? ' is-not' : ''}`, dataset: { invert: i, facetValue: `${f.facet.name}=${f.value}` },
        'aria-label': f.kind === 'excluded' ? `Change to: ${f.facet.label} is ${text}` : `Change to: ${f.facet.label} is not ${text}`,
        title: f.kind === 'excluded' ? 'Include instead' : 'Exclude instead',
        text: f.kind === 'excluded' ? 'not' : 'is',
      })
      : null;
    return el('li', { class: 'chips__item' }, invert,
      el('button', {
        type: 'button', class: `chip chip--removable${f.kind === 'excluded' ? ' chip--excluded' : ''}`,
        dataset: { chip: i, facet: f.facet.name, value: f.value, kind: f.kind },
        'aria-label': `Remove filter ${label}: ${text}`,
      },
      el('span', { class: 'chip__facet', text: `${shownLabel}:` }), ' ',
      el('span', { class: 'chip__value', text }),
      el('span', { class: 'chip__x', 'aria-hidden': 'true', text: '×' })));
  });
  replaceChildren(listEl, chips);
  return chips.length;
}
