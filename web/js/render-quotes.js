// The Quotes view: passages that match the search (speaker turns, or paragraphs of texts without
// turns), each with who says it, when in the recording, and the document it comes from.
import { el, displayValue, offsetElement, plural, renderHighlighted, replaceChildren, timeElement } from './dom.js';

/**
 * Renders the passages as an ordered list. `passageHref(hit)` links a quote to its place in the
 * document view. The text is the API's (HTML-escaped, matches in <mark>), paragraphs split on
 * blank lines.
 */
export function renderQuotes(container, data, passageHref) {
  const first = (data.page - 1) * data.pageSize + 1;
  const list = el('ol', { class: 'results__list quotes', start: first },
    data.hits.map((hit) => el('li', { class: 'results__item' }, renderQuote(hit, passageHref(hit)))));
  replaceChildren(container, list);
}

function renderQuote(hit, href) {
  const speaker = hit.speaker && hit.speaker.trim() ? hit.speaker.trim() : null;
  const at = offsetElement(hit.startSeconds, { class: 'quote__time' });
  const who = el('h3', { class: `quote__who${speaker ? '' : ' is-unknown'}` },
    el('span', { class: 'quote__speaker', text: speaker ?? 'Unknown speaker' }),
    at ? [el('span', { class: 'visually-hidden', text: ' at ' }), at] : null);

  const paragraphs = String(hit.text ?? '').split(/\n[ \t]*\n+/).map((p) => p.trim()).filter(Boolean);
  const text = el('blockquote', { class: 'quote__text' },
    paragraphs.length ? paragraphs.map((p) => el('p', {}, renderHighlighted(p))) : el('p', { text: '…' }));

  const title = hit.documentTitle && hit.documentTitle.trim() ? hit.documentTitle.trim() : 'Untitled document';
  const source = [];
  const item = (child) => source.push(el('span', { class: 'hit__meta-item' }, child));
  item(el('span', {}, 'in ', el('a', { href, class: 'quote__doc' }, el('cite', { text: title }),
    el('span', { class: 'visually-hidden', text: ', at this passage' }))));
  const when = timeElement(hit.date, hit.year);
  if (when) item(when);
  if (hit.kind) item(el('span', { class: 'badge', dataset: { kind: hit.kind }, text: displayValue(hit.kind) }));
  if (hit.source) item(el('span', { class: 'hit__source', text: hit.source }));

  return el('article', { class: 'hit quote' }, who, text, el('p', { class: 'hit__meta quote__source' }, source));
}

/** "12 quotes for “nuclear”" — the text announced in the live region. */
export function quotesSummaryText(data, state) {
  const what = state.q ? ` for “${state.q}”` : '';
  if (!data.totalHits) return `No quotes${what}`;
  const pages = data.totalPages > 1 ? `, page ${data.page} of ${data.totalPages.toLocaleString('en')}` : '';
  return `${plural(data.totalHits, 'quote')}${what}${pages}`;
}
