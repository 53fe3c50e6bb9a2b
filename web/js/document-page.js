// The document view: document.html?id=ID plus the search state it was opened from (q, facet
// filters, page, sort, view...), which the "back to results" link restores. Query terms are
// highlighted in the body. A transcript with speaker turns is shown as turns; &passage=N (from
// the Quotes view) scrolls to passage N and highlights it.
import { ApiError, fetchConfig, fetchDocument, fetchSimilar } from './api.js';
import {
  el, guessLang, highlightTerms, languageName, offsetElement, queryTerms, renderHighlighted, replaceChildren, safeHttpUrl, timeElement,
  displayValue,
} from './dom.js';

const params = new URLSearchParams(location.search);
const id = params.get('id') ?? '';
const q = (params.get('q') ?? '').trim();
const passageParam = params.get('passage');
const targetPassage = passageParam !== null && /^\d{1,6}$/.test(passageParam) ? Number(passageParam) : null;

const searchParams = new URLSearchParams(params);
searchParams.delete('id');
searchParams.delete('passage');
const backHref = searchParams.toString() ? `./?${searchParams}` : './';

const ui = {
  back: document.getElementById('back-link'),
  q: document.getElementById('q'),
  form: document.getElementById('search-form'),
  error: document.getElementById('error'),
  status: document.getElementById('doc-status'),
  doc: document.getElementById('doc'),
};

ui.back.href = backHref;
ui.back.textContent = searchParams.toString() ? '← Back to results' : '← Search all documents';
ui.q.value = q;

// A new search from the document page keeps the filters it came with, starting at page 1.
ui.form.addEventListener('submit', (e) => {
  e.preventDefault();
  const next = new URLSearchParams(searchParams);
  next.delete('page');
  const value = ui.q.value.trim();
  if (value) next.set('q', value); else next.delete('q');
  location.assign(next.toString() ? `./?${next}` : './');
});

/** A link to a search filtered on one facet value (e.g. ./?country=Russia). */
function facetLink(facet, value) {
  return el('a', { href: `./?${new URLSearchParams({ [facet]: value })}`, text: displayValue(value) });
}

function linkList(facet, values) {
  return el('ul', { class: 'inline-list' }, values.map((v) => el('li', {}, facetLink(facet, v))));
}

function render(doc, config) {
  const isFacet = (name) => Boolean(config?.facets?.some((f) => f.name === name));
  const title = doc.title && doc.title.trim() ? doc.title : doc.fileName || 'Untitled document';
  document.title = `${title} – Dossier`;
  const terms = queryTerms(q);

  // Metadata. Facet parameter names follow the API: kind, year, speaker, country, topic.
  const rows = [];
  const row = (label, value) => { if (value) rows.push(el('dt', { text: label }), el('dd', {}, value)); };
  row('Kind', doc.kind ? facetLink('kind', doc.kind) : null);
  const sourceUrl = safeHttpUrl(doc.url);
  const original = sourceUrl ? el('a', { href: sourceUrl, rel: 'noopener noreferrer external', text: doc.source ? 'original' : sourceUrl }) : null;
  if (doc.source && isFacet('source')) {
    row('Source', el('span', {}, facetLink('source', doc.source), original ? [' (', original, ')'] : null));
  } else {
    row('Source', doc.source
      ? (sourceUrl ? el('a', { href: sourceUrl, rel: 'noopener noreferrer external', text: doc.source }) : doc.source)
      : original);
  }
  const when = timeElement(doc.date, doc.year);
  row('Date', when && doc.year ? el('span', {}, when, ' (', el('a', { href: `./?${new URLSearchParams({ yearFrom: String(doc.year), yearTo: String(doc.year) })}`, text: `more from ${doc.year}` }), ')') : when);
  row('Language', doc.language && isFacet('language')
    ? el('a', { href: `./?${new URLSearchParams({ language: doc.language })}`, text: languageName(doc.language) })
    : languageName(doc.language));
  row(doc.speakers?.length === 1 ? 'Speaker' : 'Speakers', doc.speakers?.length ? linkList('speaker', doc.speakers) : null);
  row(doc.countries?.length === 1 ? 'Country' : 'Countries', doc.countries?.length ? linkList('country', doc.countries) : null);
  row(doc.topics?.length === 1 ? 'Topic' : 'Topics', doc.topics?.length ? linkList('topic', doc.topics) : null);

  const parts = [
    doc.kind ? el('span', { class: 'badge', dataset: { kind: doc.kind }, text: displayValue(doc.kind) }) : null,
    el('h1', { class: 'doc__title', id: 'doc-title', text: title }),
    rows.length ? el('dl', { class: 'doc__meta' }, rows) : null,
  ];

  if (doc.summary && doc.summary.trim()) {
    const summary = typeof doc.highlightedSummary === 'string' && doc.highlightedSummary.trim()
      ? renderHighlighted(doc.highlightedSummary.trim())
      : highlightTerms(doc.summary.trim(), terms);
    parts.push(el('section', { class: 'doc__section', 'aria-labelledby': 'summary-heading' },
      el('h2', { id: 'summary-heading', text: 'Summary' }),
      el('p', { class: 'doc__summary', lang: guessLang(doc.summary) ?? undefined }, summary)));
  }

  const chapters = (doc.chapters ?? []).filter((c) => c && c.trim());
  if (chapters.length) {
    parts.push(el('section', { class: 'doc__section', 'aria-labelledby': 'chapters-heading' },
      el('h2', { id: 'chapters-heading', text: 'Chapters' }),
      el('ol', { class: 'doc__chapters' }, chapters.map((c) => el('li', { lang: guessLang(c) ?? undefined, text: c.trim() })))));
  }

  // The server's highlighting (escaped text plus <mark>, from the same analysis as the search) when
  // it sends one; otherwise the query's words are marked here.
  const serverMarked = typeof doc.highlightedBody === 'string' && doc.highlightedBody.trim() !== '';
  const passages = (doc.passages ?? []).filter((p) => p && typeof p.text === 'string' && p.text.trim());
  const asPassages = passages.length > 0 && (targetPassage !== null || passages.some((p) => p.speaker));
  const counter = { count: 0 };
  let bodyEl;
  let empty;
  if (asPassages) {
    // Turns (or the passages a quote points into): the server's highlighting is of the whole body and
    // does not map onto them, so the words it marked, and the query's own, are marked here.
    const words = serverMarked ? markedWords(doc.highlightedBody) : [];
    const turnTerms = [...new Set([...words, ...terms])].sort((a, b) => b.length - a.length);
    bodyEl = renderPassages(passages, turnTerms, counter);
    empty = false;
  } else {
    const paragraphs = (serverMarked ? doc.highlightedBody : doc.body ?? '').split(/\n[ \t]*\n+/).map((p) => p.trim()).filter(Boolean);
    bodyEl = el('div', { class: 'doc__body', id: 'doc-body' },
      paragraphs.map((p) => {
        const content = serverMarked ? renderHighlighted(p) : highlightTerms(p, terms, counter);
        const para = el('p', {}, content);
        const lang = guessLang(para.textContent);
        if (lang) para.lang = lang;
        return para;
      }));
    if (serverMarked) counter.count = bodyEl.querySelectorAll('mark').length;
    empty = paragraphs.length === 0;
  }
  const bodySection = el('section', { class: 'doc__section', 'aria-labelledby': 'body-heading' },
    el('h2', { id: 'body-heading', text: doc.kind === 'podcast' ? 'Transcript' : 'Full text' }));
  if (terms.length || counter.count) bodySection.append(matchesBar(bodyEl, counter.count));
  bodySection.append(empty ? el('p', { class: 'doc-status', text: 'This document has no text.' }) : bodyEl);
  parts.push(bodySection);

  if (doc.fileName) parts.push(el('p', { class: 'doc__file' }, 'File: ', doc.fileName));

  parts.push(el('section', { class: 'doc__section doc__similar', id: 'similar', 'aria-labelledby': 'similar-heading', hidden: true }));

  replaceChildren(ui.doc, parts);
  ui.doc.hidden = false;
  ui.status.textContent = '';
  ui.status.hidden = true;
}

/** The words the server marked in a highlighted text (its analysis: stems, case), lower-cased. */
function markedWords(html) {
  const words = new Set();
  for (const mark of renderHighlighted(html).querySelectorAll('mark')) {
    const word = mark.textContent.trim().toLowerCase();
    if (word.length > 1) words.add(word);
  }
  return [...words];
}

/**
 * The body as passages: speaker turns (label, time, text) or, in texts without turns, blocks of
 * paragraphs. Each is #passage-N, focusable by script, so a quote's link can point at it.
 */
function renderPassages(passages, terms, counter) {
  const withSpeakers = passages.some((p) => p.speaker);
  return el('div', { class: `doc__body${withSpeakers ? ' turns' : ''}`, id: 'doc-body' }, passages.map((p) => {
    const speaker = p.speaker && p.speaker.trim() ? p.speaker.trim() : null;
    const at = offsetElement(p.startSeconds, { class: 'turn__time' });
    const paragraphs = p.text.split(/\n[ \t]*\n+/).map((t) => t.trim()).filter(Boolean);
    const turn = el('div', { class: withSpeakers ? 'turn' : 'passage', id: `passage-${p.position}`, tabindex: '-1', dataset: { position: p.position } },
      speaker || at ? el('p', { class: 'turn__who' },
        speaker ? el('span', { class: 'turn__speaker', text: speaker }) : null,
        at ? [speaker ? el('span', { class: 'visually-hidden', text: ' at ' }) : null, at] : null) : null,
      paragraphs.map((t) => {
        const para = el('p', { class: 'turn__text' }, highlightTerms(t, terms, counter));
        const lang = guessLang(t);
        if (lang) para.lang = lang;
        return para;
      }));
    return turn;
  }));
}

/**
 * Scrolls to the passage a quote links to, highlights it, moves focus there (so keyboard and
 * screen-reader users start reading at it) and says where the page jumped; null when it is not there.
 */
function showTargetPassage(doc) {
  if (targetPassage === null) return;
  const target = document.getElementById(`passage-${targetPassage}`);
  const note = document.getElementById('passage-note');
  if (!target) {
    if (note) {
      note.textContent = 'The quoted passage is no longer in this document; showing the whole text.';
    }
    return;
  }
  target.classList.add('is-target');
  const passage = (doc.passages ?? []).find((p) => p.position === targetPassage);
  const who = passage?.speaker ? passage.speaker : null;
  const at = Number.isFinite(passage?.startSeconds) ? offsetElement(passage.startSeconds).textContent : null;
  const label = ['Quoted passage', who ? `: ${who}` : '', at ? ` at ${at}` : ''].join('');
  target.setAttribute('aria-label', label);
  target.setAttribute('role', 'region');
  if (note) {
    replaceChildren(note, `Showing the ${who ? `passage by ${who}` : 'quoted passage'}${at ? ` at ${at}` : ''}. `,
      el('a', { href: `#passage-${targetPassage}`, class: 'doc__jump-link', text: 'Go to the passage' }));
    note.querySelector('a').addEventListener('click', (e) => {
      e.preventDefault();
      target.focus({ preventScroll: true });
      target.scrollIntoView({ block: 'center' });
    });
  }
  target.focus({ preventScroll: true });
  target.scrollIntoView({ block: 'center' });
}

/** "3 matches for “nuclear”" with previous/next buttons that move through the highlights. */
function matchesBar(bodyEl, count) {
  const text = el('span', { role: 'status', text: count ? `${count} ${count === 1 ? 'match' : 'matches'} for “${q}” in the text` : `No exact matches for “${q}” in the text` });
  if (!count) return el('div', { class: 'doc__matches' }, text);
  let current = -1;
  // Opened at a quoted passage: "next" goes to the first match in it.
  if (targetPassage !== null) {
    const marks = [...bodyEl.querySelectorAll('mark')];
    const first = marks.findIndex((m) => m.closest(`#passage-${targetPassage}`) || m.closest('[data-position]')?.dataset.position > targetPassage);
    if (first > 0) current = first - 1;
  }
  const go = (delta) => {
    const marks = bodyEl.querySelectorAll('mark');
    marks[current]?.classList.remove('is-current');
    current = (current + delta + marks.length) % marks.length;
    const mark = marks[current];
    mark.classList.add('is-current');
    mark.scrollIntoView({ block: 'center' });
    text.textContent = `Match ${current + 1} of ${marks.length} for “${q}”`;
  };
  const prev = el('button', { type: 'button', class: 'button', 'aria-label': 'Previous match', 'aria-keyshortcuts': 'p', title: 'Previous match (p)', text: '↑ Previous' });
  const next = el('button', { type: 'button', class: 'button', 'aria-label': 'Next match', 'aria-keyshortcuts': 'n', title: 'Next match (n)', text: '↓ Next' });
  prev.addEventListener('click', () => go(-1));
  // "n" and "p" (outside fields) step through the matches too.
  document.addEventListener('keydown', (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey || (e.key !== 'n' && e.key !== 'p')) return;
    const t = e.target;
    if (t instanceof HTMLInputElement || t instanceof HTMLSelectElement || t instanceof HTMLTextAreaElement || t.isContentEditable) return;
    e.preventDefault();
    go(e.key === 'n' ? 1 : -1);
  });
  next.addEventListener('click', () => go(1));
  return el('div', { class: 'doc__matches' }, text, prev, next);
}

function showError(err) {
  const notFound = err instanceof ApiError && err.status === 404;
  replaceChildren(ui.error,
    el('p', { class: 'alert__title', text: notFound ? 'Document not found' : 'The document could not be loaded' }),
    el('p', { class: 'alert__detail', text: err instanceof ApiError ? err.detail : 'Something went wrong.' }));
  ui.error.hidden = false;
  ui.status.hidden = true;
  document.title = `${notFound ? 'Not found' : 'Error'} – Dossier`;
}

/** Similar documents, when the server can find them (the newer API); quietly absent otherwise. */
async function renderSimilar(config) {
  const slot = document.getElementById('similar');
  if (!slot || typeof config?.yearFacet !== 'string') return;
  try {
    const answer = await fetchSimilar(id, 5);
    const hits = (answer.hits ?? []).filter((h) => h.id !== id);
    if (!hits.length) return;
    replaceChildren(slot,
      el('h2', { id: 'similar-heading', text: 'Similar documents' }),
      el('ul', { class: 'similar' }, hits.map((h) => {
        const meta = [h.kind ? displayValue(h.kind) : null, h.source, h.year].filter(Boolean).join(' · ');
        const link = el('a', { href: `document.html?${new URLSearchParams({ id: h.id })}` }, h.title && h.title.trim() ? h.title : 'Untitled document');
        return el('li', { class: 'similar__item' }, link, meta ? el('span', { class: 'similar__meta', text: meta }) : null);
      })));
    slot.hidden = false;
  } catch {
    // Similar documents are a bonus: without them the page is complete.
  }
}

async function init() {
  if (!id) {
    showError(new ApiError(404, 'Not Found', 'No document was given. Open a document from the search results.'));
    return;
  }
  // The config (which facets exist, whether the newer API is there) comes alongside the document.
  const configPromise = fetchConfig().catch(() => null);
  let doc;
  try {
    doc = await fetchDocument(id, q);
  } catch (err) {
    showError(err);
    return;
  }
  const config = await configPromise;
  render(doc, config);
  showTargetPassage(doc);
  renderSimilar(config);
}

init();
