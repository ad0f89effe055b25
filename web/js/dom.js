// @ts-check
// Element helpers. Every node of the page is built through these, so text always goes in as text (never as
// HTML) and SVG gets its own namespace without each caller having to remember it.

const SVG_NS = 'http://www.w3.org/2000/svg';

/** @typedef {string | number | boolean | null | undefined | ((ev: Event) => void)} AttrValue */
/**
 * Attributes by name. `text` sets the text content; a function is an event listener for the name after 'on';
 * null, undefined and false leave the attribute out and true sets it empty.
 * @typedef {Record<string, AttrValue>} Attrs
 */
/** @typedef {Node | string | null | undefined} Child */

/**
 * The element with this id; the page always has it, so a missing one is a bug worth failing on.
 * @param {string} id
 * @returns {HTMLElement}
 */
export function $(id) {
  const node = document.getElementById(id);
  if (!node) throw new Error(`the page has no element #${id}`);
  return node;
}

/**
 * The element with this id, checked to be of the given kind (an input, a select…).
 * @template {HTMLElement} T
 * @param {string} id
 * @param {{ new (): T; prototype: T }} kind
 * @returns {T}
 */
export function $as(id, kind) {
  const node = $(id);
  if (!(node instanceof kind)) throw new Error(`#${id} is a ${node.tagName}, not the expected element`);
  return node;
}

/**
 * @template {Element} E
 * @param {E} node
 * @param {Attrs} attrs
 * @param {(Child | Child[])[]} children
 * @returns {E}
 */
function fill(node, attrs, children) {
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (typeof v === 'function') node.addEventListener(k.slice(2), v);
    else if (k === 'text') node.textContent = String(v);
    else node.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat()) if (c !== null && c !== undefined) node.append(c);
  return node;
}

/**
 * An HTML element with attributes and children (strings become text nodes).
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {Attrs} [attrs]
 * @param {...(Child | Child[])} children
 * @returns {HTMLElementTagNameMap[K]}
 */
export function el(tag, attrs = {}, ...children) {
  return fill(document.createElement(tag), attrs, children);
}

/**
 * An SVG element with attributes and children.
 * @template {keyof SVGElementTagNameMap} K
 * @param {K} tag
 * @param {Attrs} [attrs]
 * @param {...(Child | Child[])} children
 * @returns {SVGElementTagNameMap[K]}
 */
export function svg(tag, attrs = {}, ...children) {
  return fill(document.createElementNS(SVG_NS, tag), attrs, children);
}

/**
 * The status line under the page title; errors show in the error colour.
 * @param {string} text
 */
export function setStatus(text, isError = false) {
  const status = $('status');
  status.textContent = text;
  status.classList.toggle('error', isError);
}
