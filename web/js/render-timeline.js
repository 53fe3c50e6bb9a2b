// The year facet as a timeline: one bar per year (zeros included), a click selects a year, a
// drag selects a range; "From"/"To" selects do the same by keyboard. Bars are SVG rects sized
// with attributes (no inline styles, so the page's Content-Security-Policy holds).
import { el, replaceChildren } from './dom.js';

const SVG = 'http://www.w3.org/2000/svg';
const BAR = 10;
const HEIGHT = 56;

const svgEl = (tag, attrs = {}) => {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
};

/**
 * One entry per year from the first to the last, zeros included. Uses the API's yearHistogram
 * when present, else the year facet's values.
 */
export function yearSeries(data, yearName) {
  let entries = Array.isArray(data.yearHistogram)
    ? data.yearHistogram.map((e) => ({ year: Number(e.year), count: Number(e.count) || 0 }))
    : (data.facets?.[yearName] ?? []).map((v) => ({ year: Number(v.value), count: v.count }));
  entries = entries.filter((e) => Number.isInteger(e.year));
  if (!entries.length) return [];
  const counts = new Map(entries.map((e) => [e.year, e.count]));
  const years = entries.map((e) => e.year);
  const first = Math.min(...years);
  const last = Math.max(...years);
  const out = [];
  for (let y = first; y <= last && out.length < 1000; y += 1) out.push({ year: y, count: counts.get(y) ?? 0 });
  return out;
}

/**
 * Renders the timeline into `container`. `range` is {from, to} (either may be null); `onRange(from,
 * to)` applies a new range (both null: clear).
 */
export function renderTimeline(container, label, series, range, onRange) {
  const ranged = range.from !== null || range.to !== null;
  if (!series.length || (!ranged && series.every((e) => e.count === 0))) {
    replaceChildren(container);
    container.hidden = true;
    return;
  }
  container.hidden = false;
  const max = Math.max(1, ...series.map((e) => e.count));
  const width = series.length * BAR;
  const svg = svgEl('svg', {
    class: 'timeline__chart', viewBox: `0 0 ${width} ${HEIGHT}`, preserveAspectRatio: 'none',
    'aria-hidden': 'true', focusable: 'false',
  });
  const bars = series.map((e, i) => {
    const h = e.count ? Math.max(3, Math.round((e.count / max) * (HEIGHT - 4))) : 0;
    const g = svgEl('g', { class: 'timeline__bar', 'data-year': e.year });
    g.append(svgEl('rect', { class: 'timeline__hit', x: i * BAR, y: 0, width: BAR, height: HEIGHT }));
    g.append(svgEl('rect', { class: 'timeline__fill', x: i * BAR + 1, y: HEIGHT - h, width: BAR - 2, height: h }));
    const title = svgEl('title');
    title.textContent = `${e.year}: ${e.count.toLocaleString('en')} ${e.count === 1 ? 'document' : 'documents'}`;
    g.append(title);
    svg.append(g);
    return g;
  });
  svg.append(svgEl('line', { class: 'timeline__base', x1: 0, x2: width, y1: HEIGHT - 0.5, y2: HEIGHT - 0.5 }));

  const first = series[0].year;
  const last = series[series.length - 1].year;
  const paint = (from, to) => {
    const active = from !== null || to !== null;
    bars.forEach((g, i) => {
      const y = series[i].year;
      const inside = active && (from === null || y >= from) && (to === null || y <= to);
      g.classList.toggle('is-in', inside);
      g.classList.toggle('is-out', active && !inside);
    });
  };
  paint(range.from, range.to);

  // Pointer: press on a bar, drag across, release: that range. A click is a one-year range.
  const yearAt = (clientX) => {
    const box = svg.getBoundingClientRect();
    const i = Math.floor(((clientX - box.left) / Math.max(1, box.width)) * series.length);
    return series[Math.min(series.length - 1, Math.max(0, i))].year;
  };
  let anchor = null;
  let current = null;
  svg.addEventListener('pointerdown', (e) => {
    if (e.button !== 0) return;
    anchor = yearAt(e.clientX);
    current = anchor;
    svg.setPointerCapture(e.pointerId);
    paint(anchor, anchor);
    e.preventDefault();
  });
  svg.addEventListener('pointermove', (e) => {
    if (anchor === null) return;
    current = yearAt(e.clientX);
    paint(Math.min(anchor, current), Math.max(anchor, current));
  });
  const finish = (commit) => {
    if (anchor === null) return;
    const from = Math.min(anchor, current);
    const to = Math.max(anchor, current);
    anchor = null;
    if (!commit) { paint(range.from, range.to); return; }
    if (from === range.from && to === range.to) onRange(null, null); // clicking the selected year again clears it
    else onRange(from, to);
  };
  svg.addEventListener('pointerup', () => finish(true));
  svg.addEventListener('pointercancel', () => finish(false));

  // Keyboard and screen readers: two selects.
  const options = (selected, anyLabel) => [
    el('option', { value: '', text: anyLabel, selected: selected === null }),
    ...series.map((e) => el('option', { value: e.year, text: `${e.year} (${e.count.toLocaleString('en')})`, selected: e.year === selected })),
  ];
  const fromSel = el('select', { id: 'year-from', class: 'timeline__select' }, options(range.from, 'Any'));
  const toSel = el('select', { id: 'year-to', class: 'timeline__select' }, options(range.to, 'Any'));
  const apply = () => {
    let from = fromSel.value === '' ? null : Number(fromSel.value);
    let to = toSel.value === '' ? null : Number(toSel.value);
    if (from !== null && to !== null && from > to) [from, to] = [to, from];
    onRange(from, to);
  };
  fromSel.addEventListener('change', apply);
  toSel.addEventListener('change', apply);

  const active = range.from !== null || range.to !== null;
  const clear = el('button', { type: 'button', class: 'button button--link timeline__clear', hidden: !active, text: 'Any year' });
  clear.addEventListener('click', () => onRange(null, null));

  replaceChildren(container,
    el('fieldset', { class: 'facet timeline', dataset: { facet: 'year' } },
      el('legend', { class: 'facet__legend', text: label }),
      el('p', { class: 'timeline__hint', id: 'timeline-hint', text: 'Click a bar for one year, drag across bars for a range.' }),
      svg,
      el('div', { class: 'timeline__axis', 'aria-hidden': 'true' }, el('span', { text: String(first) }), el('span', { text: String(last) })),
      el('div', { class: 'timeline__controls' },
        el('label', { class: 'timeline__field', for: 'year-from' }, el('span', { text: 'From' }), fromSel),
        el('label', { class: 'timeline__field', for: 'year-to' }, el('span', { text: 'To' }), toSel),
        clear)));
}
