// The result list, the summary line and the empty state.
import { el, displayValue, plural, renderHighlighted, replaceChildren, timeElement } from './dom.js';

/** Renders the hits as an ordered list. `docHref(hit)` gives each title's link. */
export function renderResults(container, data, docHref) {
  const first = (data.page - 1) * data.pageSize + 1;
  const list = el('ol', { class: 'results__list', start: first },
    data.hits.map((hit) => el('li', { class: 'results__item' }, renderHit(hit, docHref(hit)))));
  replaceChildren(container, list);
}

function renderHit(hit, href) {
  const title = hit.title && hit.title.trim() ? hit.title : 'Untitled document';
  const meta = [];
  const item = (child) => meta.push(el('span', { class: 'hit__meta-item' }, child));
  if (hit.kind) item(el('span', { class: 'badge', dataset: { kind: hit.kind }, text: displayValue(hit.kind) }));
  if (hit.source) item(el('span', { class: 'hit__source', text: hit.source }));
  const when = timeElement(hit.date, hit.year);
  if (when) item(when);

  const article = el('article', { class: 'hit' },
    el('h3', { class: 'hit__title' }, el('a', { href, text: title })),
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

  const tags = [
    ...(hit.countries ?? []).map((c) => ({ value: c, type: 'country', label: 'Country' })),
    ...(hit.topics ?? []).map((t) => ({ value: t, type: 'topic', label: 'Topic' })),
  ];
  if (tags.length) {
    article.append(el('ul', { class: 'tags', 'aria-label': 'Countries and topics' },
      tags.map((t) => el('li', { class: `tag tag--${t.type}` },
        el('span', { class: 'visually-hidden', text: `${t.label}: ` }), displayValue(t.value)))));
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
 * Buttons carry data-action ("clear-filters" | "clear-query" | "first-page").
 */
export function renderEmpty(container, data, state, activeFilterCount) {
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
    tips.push(el('li', {}, el('button', { type: 'button', class: 'button button--link', dataset: { action: 'clear-filters' }, text: activeFilterCount === 1 ? 'Remove the filter' : `Remove all ${activeFilterCount} filters` })));
  }
  if (state.q) {
    tips.push(el('li', { text: 'Check the spelling, or try fewer or more general words.' }));
    tips.push(el('li', {}, el('button', { type: 'button', class: 'button button--link', dataset: { action: 'clear-query' }, text: 'Browse all documents instead' })));
  }
  replaceChildren(container, el('div', { class: 'empty' },
    el('p', { class: 'empty__title', text: state.q ? `Nothing matches “${state.q}”${activeFilterCount ? ' with these filters' : ''}.` : 'No documents match these filters.' }),
    tips.length ? el('ul', { class: 'empty__tips' }, tips) : null));
}
