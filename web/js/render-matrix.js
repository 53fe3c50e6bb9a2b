// The matrix view: the current results counted by two facets (rows × columns) as a heatmap
// table. Each cell is a button carrying both values; clicking applies both filters. Intensity is
// one of six classes (no inline styles).
import { el, replaceChildren } from './dom.js';
import { facetValueText } from './render-facets.js';

const STEPS = 5;

/** Heat class for a count: heat-0 for zero, heat-1…heat-5 by share of the largest count. */
export function heatStep(count, max) {
  if (!count || !max) return 0;
  return Math.max(1, Math.min(STEPS, Math.ceil((count / max) * STEPS)));
}

/**
 * Renders the controls (two facet selects) and the table. `facets` are the config's facets that
 * can be crossed; `pivot` the /api/pivot answer (or null while loading).
 */
export function renderMatrix(container, facets, rows, cols, pivot) {
  const select = (id, label, value) => el('label', { class: 'control', for: id },
    el('span', { class: 'control__label', text: label }),
    el('select', { id, dataset: { matrix: id === 'matrix-rows' ? 'rows' : 'cols' } },
      facets.map((f) => el('option', { value: f.name, text: f.label, selected: f.name === value }))));
  const controls = el('div', { class: 'matrix__controls' },
    select('matrix-rows', 'Rows', rows), select('matrix-cols', 'Columns', cols));

  const parts = [el('h3', { class: 'matrix__heading', id: 'matrix-heading', text: 'Matrix of the results' }), controls];
  if (!pivot) {
    parts.push(el('p', { class: 'matrix__status', text: 'Counting…' }));
  } else if (!pivot.rows?.values?.length || !pivot.columns?.values?.length) {
    parts.push(el('p', { class: 'matrix__status', text: 'Nothing to cross for these results.' }));
  } else {
    const rowFacet = facets.find((f) => f.name === pivot.rows.facet) ?? { name: pivot.rows.facet, label: pivot.rows.facet };
    const colFacet = facets.find((f) => f.name === pivot.columns.facet) ?? { name: pivot.columns.facet, label: pivot.columns.facet };
    const max = Math.max(0, ...pivot.counts.flat());
    const head = el('tr', {},
      el('th', { scope: 'col', class: 'matrix__corner' }, el('span', { class: 'visually-hidden', text: `${rowFacet.label} by ${colFacet.label}` })),
      pivot.columns.values.map((c) => el('th', { scope: 'col', class: 'matrix__col' }, el('span', { text: facetValueText(colFacet.name, c) }))));
    const body = pivot.rows.values.map((r, i) => el('tr', {},
      el('th', { scope: 'row', class: 'matrix__row', text: facetValueText(rowFacet.name, r) }),
      pivot.columns.values.map((c, j) => {
        const n = pivot.counts[i]?.[j] ?? 0;
        const label = `${facetValueText(rowFacet.name, r)} and ${facetValueText(colFacet.name, c)}: ${n.toLocaleString('en')} ${n === 1 ? 'document' : 'documents'}`;
        return el('td', { class: `matrix__cell heat-${heatStep(n, max)}` },
          n ? el('button', {
            type: 'button', class: 'matrix__button', 'aria-label': `${label}. Apply both filters`, title: label,
            dataset: { action: 'matrix-cell', rowFacet: rowFacet.name, row: r, colFacet: colFacet.name, col: c },
            text: n.toLocaleString('en'),
          }) : el('span', { class: 'matrix__zero', 'aria-label': label, role: 'img', text: '·' }));
      })));
    parts.push(el('div', { class: 'matrix__scroll', tabindex: '0', role: 'region', 'aria-label': 'Matrix table, scrolls sideways' },
      el('table', { class: 'matrix__table' },
        el('caption', { class: 'visually-hidden', text: `Documents by ${rowFacet.label.toLowerCase()} and ${colFacet.label.toLowerCase()}; select a count to filter by both.` }),
        el('thead', {}, head), el('tbody', {}, body))));
  }
  replaceChildren(container, parts);
}
