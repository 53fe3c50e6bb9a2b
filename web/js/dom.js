// Safe DOM helpers. Document text is only ever inserted as text nodes; the one exception,
// highlighted snippets, goes through renderHighlighted(), which keeps nothing but text and <mark>.

/**
 * Creates an element. `props` may hold `class`, `text`, `hidden`, `dataset` (object) and any
 * attribute (string values, set with setAttribute). Children may be nodes or strings (as text).
 */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = value;
    else if (key === 'hidden') node.hidden = true;
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces all children of `node` with `children` (nodes or strings as text). */
export function replaceChildren(node, ...children) {
  node.replaceChildren();
  append(node, children);
}

/**
 * Renders a snippet from the API: HTML-escaped document text in which only <mark> and </mark>
 * were added. The string is parsed into an inert document (nothing runs, nothing loads); then
 * only text nodes and <mark> elements are copied. Any other element is shown as literal text.
 */
export function renderHighlighted(html) {
  const parsed = new DOMParser().parseFromString(`<!doctype html><body>${html ?? ''}`, 'text/html');
  const out = document.createDocumentFragment();
  copySafe(parsed.body, out);
  return out;
}

function copySafe(from, to) {
  for (const node of from.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) {
      to.append(document.createTextNode(node.data));
    } else if (node.nodeType === Node.ELEMENT_NODE && node.localName === 'mark') {
      const mark = document.createElement('mark');
      copySafe(node, mark);
      to.append(mark);
    } else if (node.nodeType === Node.ELEMENT_NODE) {
      // Not expected from the API: show it as the text it was, never as markup.
      to.append(document.createTextNode(node.outerHTML));
    }
    // Comments and other node types are dropped.
  }
}

/** Splits a query into plain search terms (drops operators, quotes, field prefixes). */
export function queryTerms(q) {
  if (!q) return [];
  const words = q.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  const skip = new Set(['AND', 'OR', 'NOT', 'TO']);
  const terms = words.filter((w) => !skip.has(w) && w.length > 1).map((w) => w.toLowerCase());
  return [...new Set(terms)].sort((a, b) => b.length - a.length);
}

/**
 * Returns a fragment with `text` as text nodes, each occurrence of any term wrapped in <mark>.
 * Counts matches in `counter.count` if given.
 */
export function highlightTerms(text, terms, counter) {
  const frag = document.createDocumentFragment();
  if (!terms.length) {
    frag.append(text);
    return frag;
  }
  const escaped = terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})`, 'giu');
  let last = 0;
  for (const m of text.matchAll(re)) {
    if (m.index > last) frag.append(text.slice(last, m.index));
    const mark = document.createElement('mark');
    mark.textContent = m[0];
    frag.append(mark);
    if (counter) counter.count += 1;
    last = m.index + m[0].length;
  }
  if (last < text.length) frag.append(text.slice(last));
  return frag;
}

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** A <time> for an ISO date (yyyy-mm-dd), or for a bare year; null if neither is known. */
export function timeElement(date, year) {
  if (date && /^\d{4}-\d{2}-\d{2}/.test(date)) {
    const d = new Date(`${date.slice(0, 10)}T00:00:00Z`);
    if (!Number.isNaN(d.getTime())) return el('time', { datetime: date.slice(0, 10), text: dateFormat.format(d) });
  }
  if (year !== null && year !== undefined && year !== '') return el('time', { datetime: String(year), text: String(year) });
  return null;
}

/** Facet values as shown: the value itself, first letter upper-cased ("podcast" → "Podcast"). */
export function displayValue(value) {
  const s = String(value ?? '');
  return s.charAt(0).toLocaleUpperCase('en') + s.slice(1);
}

const languageNames = (() => {
  try { return new Intl.DisplayNames(['en'], { type: 'language' }); } catch { return null; }
})();

/** "en" → "English"; anything that is not a language code is shown as given. */
export function languageName(code) {
  if (!code) return null;
  if (languageNames && /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(code)) {
    try { return languageNames.of(code) ?? code; } catch { return code; }
  }
  return code;
}

/** Guesses a BCP 47 tag for text (only to set lang= on summaries, for correct fonts and speech). */
export function guessLang(text) {
  if (!text) return null;
  const sample = text.slice(0, 400);
  const han = (sample.match(/\p{Script=Han}/gu) ?? []).length;
  const hangul = (sample.match(/\p{Script=Hangul}/gu) ?? []).length;
  const kana = (sample.match(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu) ?? []).length;
  const cyr = (sample.match(/\p{Script=Cyrillic}/gu) ?? []).length;
  const n = sample.length || 1;
  if (hangul / n > 0.2) return 'ko';
  if (kana / n > 0.1) return 'ja';
  if (han / n > 0.2) return 'zh';
  if (cyr / n > 0.3) return 'ru';
  return null;
}

/** Only http(s) links from document data are ever made clickable. */
export function safeHttpUrl(url) {
  if (!url) return null;
  try {
    const u = new URL(url, location.href);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** English plural: plural(3, 'result') → "3 results". */
export function plural(n, word, words = `${word}s`) {
  return `${n.toLocaleString('en')} ${n === 1 ? word : words}`;
}

/** Seconds into a recording as h:mm:ss (95 → "0:01:35"). */
export function clockTime(seconds) {
  const s = Math.max(0, Math.floor(Number(seconds)));
  const pad = (n) => String(n).padStart(2, '0');
  return `${Math.floor(s / 3600)}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`;
}

/** A <time> for seconds into a recording (datetime as a duration), or null when not known. */
export function offsetElement(seconds, props = {}) {
  if (seconds === null || seconds === undefined || !Number.isFinite(Number(seconds))) return null;
  const s = Math.max(0, Math.floor(Number(seconds)));
  return el('time', { ...props, datetime: `PT${s}S`, text: clockTime(s) });
}
