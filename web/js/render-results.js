// The result list, the summary line and the empty state.
import { el, displayValue, plural, renderHighlighted, replaceChildren, timeElement } from './dom.js';

/**
 * Renders the hits as an ordered list. `docHref(hit)` gives each title's link; `isSelected(facet,
 * value)` marks the country and topic chips that are already filters.
 */
export function renderResults(container, data, docHref, isSelected = () => false) {
  const first = (data.page - 1) * data.pageSize + 1;
  const list = el('ol', { class: 'results__list', start: first },
    data.hits.map((hit) => el('li', { class: 'results__item' }, renderHit(hit, docHref(hit), isSelected))));
  replaceChildren(container, list);
}

/** A hit's title: the API's highlighted title (escaped text and <mark> only) when present. */
export function hitTitle(hit) {
  if (hit.highlightedTitle && hit.highlightedTitle.trim()) return renderHighlighted(hit.highlightedTitle);
  return hit.title && hit.title.trim() ? hit.title : 'Untitled document';
}

function renderHit(hit, href, isSelected) {
  const title = hitTitle(hit);
  const meta = [];
  const item = (child) => meta.push(el('span', { class: 'hit__meta-item' }, child));
  if (hit.kind) item(el('span', { class: 'badge', dataset: { kind: hit.kind }, text: displayValue(hit.kind) }));
  if (hit.source) item(el('span', { class: 'hit__source', text: hit.source }));
  const when = timeElement(hit.date, hit.year);
  if (when) item(when);

  const article = el('article', { class: 'hit' },
    el('h3', { class: 'hit__title' }, el('a', { href }, title)),
    el('p', { class: 'hit__meta' }, meta));

  if (hit.speakers?.length) {
    article.append(el('p', { class: 'hit__speakers' },
      el('span', { class: 'hit__label', text: hit.speakers.length === 1 ? 'Speaker: ' : 'Speakers: ' }),
      hit.speakers.join(', ')));
  }

  const snippets = (hit.snippets ?? []).filter((s) => s && s.trim());
  if (snippets.length) {
    article.append(el('div', { class: 'hit__snippets' },
      snippets.map((s) => el('p', { class: 'snippet' }, renderHighlighted(s)))));
  }

  // Country and topic chips add their filter when clicked (buttons carry data-action="add-filter").
  const tags = [
    ...(hit.countries ?? []).map((c) => ({ value: c, type: 'country', label: 'Country' })),
    ...(hit.topics ?? []).map((t) => ({ value: t, type: 'topic', label: 'Topic' })),
  ];
  if (tags.length) {
    article.append(el('ul', { class: 'tags', 'aria-label': 'Countries and topics' },
      tags.map((t) => {
        const on = isSelected(t.type, t.value);
        return el('li', { class: 'tags__item' },
          el('button', {
            type: 'button', class: `tag tag--${t.type}${on ? ' is-selected' : ''}`, 'aria-pressed': String(on),
            dataset: { action: 'add-filter', facet: t.type, value: t.value },
            title: on ? `${t.label} filter ${t.value} is on` : `Filter by ${t.label.toLowerCase()}: ${t.value}`,
          }, el('span', { class: 'visually-hidden', text: `Filter by ${t.label.toLowerCase()}: ` }), displayValue(t.value)));
      })));
  }
  return article;
}

/** "23 results for “nuclear”" — the text announced in the live region. */
export function summaryText(data, state) {
  const count = plural(data.totalHits, 'result');
  const what = state.q ? ` for “${state.q}”` : '';
  if (!data.totalHits) return `No results${what}`;
  const pages = data.totalPages > 1 ? `, page ${data.page} of ${data.totalPages.toLocaleString('en')}` : '';
  return `${count}${what}${pages}`;
}

/**
 * The empty state, with ways out: remove filters, clear the query, go to page 1.
 * Buttons carry data-action ("clear-filters" | "clear-query" | "first-page"). `noun` names what
 * is listed ("document", or "quote" in the Quotes view).
 */
export function renderEmpty(container, data, state, activeFilterCount, { noun = 'document' } = {}) {
  const tips = [];
  const outOfRange = data.totalHits > 0 && data.page > data.totalPages;
  if (outOfRange) {
    replaceChildren(container, el('div', { class: 'empty' },
      el('p', { class: 'empty__title', text: `There is no page ${data.page}.` }),
      el('p', {}, `This search has ${plural(data.totalPages, 'page')}. `,
        el('button', { type: 'button', class: 'button button--link', dataset: { action: 'first-page' }, text: 'Go to the first page' }))));
    return;
  }
  if (activeFilterCount) {
    tips.push(el('li', { class: 'empty__drops', id: 'drop-suggestions', hidden: true }));
    tips.push(el('li', {}, el('button', { type: 'button', class: 'button button--link', dataset: { action: 'clear-filters' }, text: activeFilterCount === 1 ? 'Remove the filter' : `Remove all ${activeFilterCount} filters` })));
  }
  if (state.q) {
    tips.push(el('li', { text: 'Check the spelling, or try fewer or more general words.' }));
    tips.push(el('li', {}, el('button', { type: 'button', class: 'button button--link', dataset: { action: 'clear-query' }, text: noun === 'document' ? 'Browse all documents instead' : `Show all ${noun}s instead` })));
  }
  replaceChildren(container, el('div', { class: 'empty' },
    el('p', { class: 'empty__title', text: state.q ? `Nothing matches “${state.q}”${activeFilterCount ? ' with these filters' : ''}.` : `No ${noun}s match these filters.` }),
    tips.length ? el('ul', { class: 'empty__tips' }, tips) : null));
}

/**
 * Fills the empty state's suggestion of which filter to drop: `options` are {label, count, href,
 * index} for each filter whose removal gives results, best first.
 */
export function renderDropSuggestions(container, options, { noun = 'result' } = {}) {
  const slot = container.querySelector('#drop-suggestions');
  if (!slot) return;
  const useful = options.filter((o) => o.count > 0);
  if (!useful.length) return;
  replaceChildren(slot,
    el('span', { text: useful.length === 1 ? 'Drop one filter: ' : 'Drop one filter to see results: ' }),
    el('ul', { class: 'empty__drop-list' }, useful.map((o) => el('li', {},
      el('a', { href: o.href, class: 'drop-link', dataset: { drop: o.index } },
        `Without ${o.label}`, el('span', { class: 'drop-link__count', text: ` (${plural(o.count, noun)})` }))))));
  slot.hidden = false;
}

/** "Did you mean “…”?" above the results; the button carries data-action="did-you-mean". */
export function renderDidYouMean(slot, suggestion) {
  if (!suggestion) {
    slot.hidden = true;
    replaceChildren(slot);
    return;
  }
  replaceChildren(slot, 'Did you mean ',
    el('button', { type: 'button', class: 'button button--link did-you-mean__q', dataset: { action: 'did-you-mean', q: suggestion }, text: suggestion }),
    '?');
  slot.hidden = false;
}
