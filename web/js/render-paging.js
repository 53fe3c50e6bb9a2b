// Pagination: previous / numbered pages / next, as real links (they work without JavaScript
// handlers too, and can be opened in a new tab). Links carry data-page.
import { el, replaceChildren } from './dom.js';

/** Page numbers to show: first, last, and a window around the current page; 0 marks a gap. */
export function pageWindow(page, totalPages, radius = 2) {
  const pages = new Set([1, totalPages]);
  for (let p = page - radius; p <= page + radius; p += 1) if (p >= 1 && p <= totalPages) pages.add(p);
  const sorted = [...pages].sort((a, b) => a - b);
  const out = [];
  sorted.forEach((p, i) => {
    if (i > 0 && p - sorted[i - 1] === 2) out.push(p - 1);
    else if (i > 0 && p - sorted[i - 1] > 2) out.push(0);
    out.push(p);
  });
  return out;
}

// The words stay readable by screen readers when phones show only the arrows.
const prevLabel = () => [el('span', { 'aria-hidden': 'true', text: '‹' }), el('span', { class: 'pagination__word', text: 'Previous' })];
const nextLabel = () => [el('span', { class: 'pagination__word', text: 'Next' }), el('span', { 'aria-hidden': 'true', text: '›' })];

export function renderPagination(nav, page, totalPages, hrefFor) {
  if (totalPages <= 1) {
    nav.hidden = true;
    replaceChildren(nav);
    return;
  }
  const items = [];
  items.push(el('li', { class: 'pagination__item pagination__item--prev' },
    page > 1
      ? el('a', { class: 'pagination__link', href: hrefFor(page - 1), rel: 'prev', dataset: { page: page - 1 } }, prevLabel())
      : el('span', { class: 'pagination__link is-disabled', 'aria-disabled': 'true' }, prevLabel())));
  for (const p of pageWindow(page, totalPages)) {
    if (p === 0) {
      items.push(el('li', { class: 'pagination__item pagination__gap', 'aria-hidden': 'true', text: '…' }));
    } else if (p === page) {
      items.push(el('li', { class: 'pagination__item' },
        el('a', { class: 'pagination__link is-current', href: hrefFor(p), 'aria-current': 'page', dataset: { page: p } },
          el('span', { class: 'visually-hidden', text: 'Page ' }), String(p))));
    } else {
      items.push(el('li', { class: 'pagination__item' },
        el('a', { class: 'pagination__link', href: hrefFor(p), dataset: { page: p } },
          el('span', { class: 'visually-hidden', text: 'Page ' }), String(p))));
    }
  }
  items.push(el('li', { class: 'pagination__item pagination__item--next' },
    page < totalPages
      ? el('a', { class: 'pagination__link', href: hrefFor(page + 1), rel: 'next', dataset: { page: page + 1 } }, nextLabel())
      : el('span', { class: 'pagination__link is-disabled', 'aria-disabled': 'true' }, nextLabel())));
  replaceChildren(nav, el('ul', { class: 'pagination__list' }, items));
  nav.hidden = false;
}
