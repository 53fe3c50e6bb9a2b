// Autocomplete for the search box: an ARIA 1.2 combobox with a listbox of suggestions.
// Keyboard: ArrowDown/ArrowUp move through the suggestions, Enter picks the highlighted one
// (without one, Enter submits the search), Escape closes the list. Stale answers are aborted
// or ignored, so the list always belongs to what is in the box.
import { el, replaceChildren } from './dom.js';

const TYPE_LABELS = { title: 'Document', speaker: 'Speaker', country: 'Country', topic: 'Topic', source: 'Source', kind: 'Kind', language: 'Language' };

/**
 * `load(q, signal)` resolves to the suggestions ([{type, value, id?, count?}]) or null when the
 * server has none to give; `onPick(suggestion)` acts on a chosen one.
 */
export function attachAutocomplete(input, listbox, { load, onPick, minLength = 2, delay = 120 }) {
  let items = [];
  let active = -1;
  let timer = null;
  let controller = null;
  let seq = 0;

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', listbox.id);
  listbox.setAttribute('role', 'listbox');

  const close = () => {
    items = [];
    active = -1;
    listbox.hidden = true;
    replaceChildren(listbox);
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  };

  const highlight = (index) => {
    active = index;
    [...listbox.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) {
      const li = listbox.children[index];
      input.setAttribute('aria-activedescendant', li.id);
      li.scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  };

  const show = (suggestions) => {
    items = suggestions;
    active = -1;
    if (!items.length) { close(); return; }
    replaceChildren(listbox, items.map((s, i) => el('li', {
      id: `${listbox.id}-${i}`, role: 'option', class: `suggestion suggestion--${s.type}`, 'aria-selected': 'false', dataset: { index: i },
    },
    el('span', { class: 'suggestion__value', text: s.value }),
    el('span', { class: 'suggestion__type', text: ` ${TYPE_LABELS[s.type] ?? s.type}${typeof s.count === 'number' ? ` · ${s.count.toLocaleString('en')}` : ''}` }))));
    listbox.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };

  const pick = (index) => {
    const chosen = items[index];
    close();
    if (chosen) onPick(chosen);
  };

  const request = () => {
    const q = input.value.trim();
    controller?.abort();
    const mine = ++seq;
    if (q.length < minLength) { close(); return; }
    controller = new AbortController();
    load(q, controller.signal).then((suggestions) => {
      if (mine !== seq || input.value.trim() !== q || document.activeElement !== input) return;
      show(suggestions ?? []);
    }).catch((err) => {
      if (err.name !== 'AbortError' && mine === seq) close();
    });
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(request, delay);
  });

  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown') {
      if (!items.length) { clearTimeout(timer); request(); return; }
      e.preventDefault();
      highlight(active + 1 >= items.length ? 0 : active + 1);
    } else if (e.key === 'ArrowUp') {
      if (!items.length) return;
      e.preventDefault();
      highlight(active <= 0 ? items.length - 1 : active - 1);
    } else if (e.key === 'Enter') {
      if (active >= 0) {
        e.preventDefault();
        pick(active);
      } else {
        clearTimeout(timer);
        seq += 1;
        controller?.abort();
        close();
      }
    } else if (e.key === 'Escape') {
      if (!listbox.hidden) {
        e.preventDefault();
        clearTimeout(timer);
        seq += 1;
        controller?.abort();
        close();
      }
    } else if (e.key === 'Tab') {
      close();
    }
  });

  // Pointer: keep focus in the box while choosing.
  listbox.addEventListener('mousedown', (e) => e.preventDefault());
  listbox.addEventListener('click', (e) => {
    const li = e.target.closest('li[data-index]');
    if (li) pick(Number(li.dataset.index));
  });
  input.addEventListener('blur', () => setTimeout(() => { if (document.activeElement !== input) close(); }, 0));

  return { close };
}
