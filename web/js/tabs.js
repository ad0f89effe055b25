// @ts-check
// The view tabs (an ARIA tablist: arrow keys move between tabs). A view that must redraw when it becomes
// visible (the timeline's SVG needs its box's width) registers through onShow.
import { $ } from './dom.js';

/** @typedef {'timeline' | 'followed' | 'search' | 'entities' | 'quotes' | 'stories' | 'upload'} TabName */

/** @type {TabName[]} */
const TABS = ['timeline', 'followed', 'search', 'entities', 'quotes', 'stories', 'upload'];
/** @type {Map<TabName, () => void>} */
const shown = new Map();

/**
 * @param {TabName} name
 * @param {() => void} handler run each time the view is shown
 */
export function onShow(name, handler) {
  shown.set(name, handler);
}

/** @param {TabName} name */
export function showTab(name) {
  for (const t of TABS) {
    const selected = t === name;
    $(`tab-${t}`).setAttribute('aria-selected', String(selected));
    $(`tab-${t}`).tabIndex = selected ? 0 : -1;
    $(`view-${t}`).hidden = !selected;
  }
  shown.get(name)?.();
}

export function bindTabs() {
  TABS.forEach((t, i) => {
    const tab = $(`tab-${t}`);
    tab.addEventListener('click', () => showTab(t));
    tab.addEventListener('keydown', (ev) => {
      const step = ev.key === 'ArrowRight' ? 1 : ev.key === 'ArrowLeft' ? -1 : 0;
      if (!step) return;
      const next = TABS[(i + step + TABS.length) % TABS.length];
      showTab(next);
      $(`tab-${next}`).focus();
    });
  });
}
