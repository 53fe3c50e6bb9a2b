// The facet sidebar: one fieldset of checkboxes per facet, in the order the config gives.
import { el, displayValue, replaceChildren } from './dom.js';

const COLLAPSED_LIMIT = 8;
/** Facets the user expanded with "Show all"; kept across re-renders. */
const expanded = new Set();

/**
 * Renders all facets. Checkboxes carry data-facet / data-value; the page listens for their
 * change events on `container`.
 */
export function renderFacets(container, config, facets, state) {
  const blocks = [];
  for (const facet of config.facets) {
    const block = renderFacet(facet, facets?.[facet.name] ?? [], state.filters[facet.name] ?? []);
    if (block) blocks.push(block);
  }
  if (!blocks.length) blocks.push(el('p', { class: 'facets__empty', text: 'No filters for these results.' }));
  replaceChildren(container, blocks);
}

function renderFacet(facet, values, selected) {
  // Make sure every selected value is listed, even if the server did not return it.
  const list = values.map((v) => ({ value: String(v.value), count: v.count, selected: v.selected || selected.includes(String(v.value)) }));
  for (const value of selected) {
    if (!list.some((v) => v.value === value)) list.push({ value, count: 0, selected: true });
  }
  if (!list.length) return null;

  const id = `facet-${facet.name}`;
  const isExpanded = expanded.has(facet.name);
  const overflow = list.length > COLLAPSED_LIMIT + 2;
  const items = list.map((v, i) => {
    const inputId = `${id}-${i}`;
    const hidden = overflow && !isExpanded && i >= COLLAPSED_LIMIT && !v.selected;
    return el('li', { class: 'facet__item', hidden },
      el('input', {
        type: 'checkbox', id: inputId, class: 'facet__checkbox', checked: v.selected,
        dataset: { facet: facet.name, value: v.value },
      }),
      el('label', { for: inputId, class: 'facet__label' },
        el('span', { class: 'facet__value', text: displayValue(v.value) }),
        el('span', { class: 'facet__count' }, v.count.toLocaleString('en'),
          el('span', { class: 'visually-hidden', text: v.count === 1 ? ' document' : ' documents' }))));
  });

  const listId = `${id}-list`;
  const fieldset = el('fieldset', { class: 'facet', dataset: { facet: facet.name } },
    el('legend', { class: 'facet__legend', text: facet.label }),
    el('ul', { class: 'facet__list', id: listId }, items));

  if (overflow) {
    const button = el('button', {
      type: 'button', class: 'button button--link facet__more', 'aria-expanded': String(isExpanded), 'aria-controls': listId,
      text: isExpanded ? `Show fewer` : `Show all ${list.length}`,
    });
    button.addEventListener('click', () => {
      const open = !expanded.has(facet.name);
      if (open) expanded.add(facet.name); else expanded.delete(facet.name);
      items.forEach((li, i) => { li.hidden = !open && i >= COLLAPSED_LIMIT && !list[i].selected; });
      button.setAttribute('aria-expanded', String(open));
      button.textContent = open ? 'Show fewer' : `Show all ${list.length}`;
    });
    fieldset.append(button);
  }
  return fieldset;
}

/** The selected filters as removable chips (buttons carry data-facet / data-value). */
export function renderActiveFilters(listEl, config, state) {
  const chips = [];
  for (const facet of config.facets) {
    for (const value of state.filters[facet.name] ?? []) {
      chips.push(el('li', { class: 'chips__item' },
        el('button', {
          type: 'button', class: 'chip chip--removable', dataset: { facet: facet.name, value },
          'aria-label': `Remove filter ${facet.label}: ${displayValue(value)}`,
        },
        el('span', { class: 'chip__facet', text: `${facet.label}:` }), ' ',
        el('span', { class: 'chip__value', text: displayValue(value) }),
        el('span', { class: 'chip__x', 'aria-hidden': 'true', text: '×' }))));
    }
  }
  replaceChildren(listEl, chips);
  return chips.length;
}
