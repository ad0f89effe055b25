// How deeply a page nests, measured by one linear scan of its tags before any DOM is built, and the same page
// flattened to a depth limit. Both linkedom's parse and Readability slow down steeply with nesting (Readability
// reads the text of every ancestor of every node: 1,000 levels took 31 s, 100,000 never ended), while real
// pages stay far below the limit, so only pathological markup is changed, and its text is kept.

/** Elements nested deeper than this are unwrapped: their tags are dropped, their text kept. */
export const MAX_HTML_DEPTH = 100;

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source',
  'track', 'wbr', 'keygen', 'frame', 'basefont', 'bgsound', 'command']);
/** Elements whose content is text, not markup: tags inside them are not tags. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);
/** Elements a new sibling of the same name closes implicitly (<p>a<p>b, <li>a<li>b). */
const SELF_CLOSING_SIBLINGS = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup']);
/** Block elements that close an open <p> (<p>text<ul>… puts the list beside the paragraph, not in it). */
const CLOSES_P = new Set(['address', 'article', 'aside', 'blockquote', 'div', 'dl', 'fieldset', 'figure', 'footer', 'form',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section', 'table', 'ul']);

interface Tag {
  start: number;
  end: number;
  name: string;
  closing: boolean;
  selfClosing: boolean;
}

const NAME = /[a-zA-Z][^\s/>]*/y;
const TAG_END_OR_QUOTE = /[>"']/g;

/**
 * The tag starting at `start` (a '<'), or where scanning resumes when it is not an element tag (a comment,
 * a doctype, a lone '<'). Quoted attribute values may hold '>' and '<', as an HTML tokenizer allows; every
 * character is looked at a bounded number of times, so the whole scan stays linear.
 */
function tagAt(html: string, start: number): Tag | number {
  if (html.startsWith('<!--', start)) {
    const end = html.indexOf('-->', start + 4);
    return end < 0 ? html.length : end + 3;
  }
  const next = html.charCodeAt(start + 1);
  if (next === 0x21 || next === 0x3f) { // <!doctype …>, <?xml …?>
    const end = html.indexOf('>', start);
    return end < 0 ? html.length : end + 1;
  }
  const closing = next === 0x2f;
  NAME.lastIndex = start + (closing ? 2 : 1);
  const name = NAME.exec(html)?.[0];
  if (name === undefined) return start + 1;
  let at = NAME.lastIndex;
  for (;;) {
    TAG_END_OR_QUOTE.lastIndex = at;
    const m = TAG_END_OR_QUOTE.exec(html);
    if (!m) return html.length;
    if (m[0] === '>') {
      return { start, end: m.index + 1, name: name.toLowerCase(), closing, selfClosing: html.charCodeAt(m.index - 1) === 0x2f };
    }
    const close = html.indexOf(m[0], m.index + 1);
    if (close < 0) return html.length;
    at = close + 1;
  }
}

/** Each tag in order, skipping comments and the raw text of <script>, <style>… (whose content is not markup). */
function* tags(html: string): Generator<Tag> {
  let at = html.indexOf('<');
  while (at >= 0 && at < html.length) {
    const tag = tagAt(html, at);
    if (typeof tag === 'number') {
      at = html.indexOf('<', tag);
      continue;
    }
    yield tag;
    at = !tag.closing && !tag.selfClosing && RAW_TEXT.has(tag.name) ? rawTextEnd(html, tag.name, tag.end) : tag.end;
    at = html.indexOf('<', at);
  }
}

export interface Bounded {
  /** The page, with every tag nested deeper than the limit removed (the page itself when none is). */
  html: string;
  /** The deepest nesting in the original page. */
  depth: number;
  /** The sum over the kept elements of their depth: the work Readability does grows with it. */
  work: number;
}

const closeTags = new Map<string, RegExp>();

/** Where the raw text of a <script>, <style>… opened before `from` ends. */
function rawTextEnd(html: string, name: string, from: number): number {
  let re = closeTags.get(name);
  if (!re) {
    re = new RegExp(`</${name}`, 'gi');
    closeTags.set(name, re);
  }
  re.lastIndex = from;
  return re.exec(html)?.index ?? html.length;
}

/**
 * One pass over the tags, keeping a stack of open element names as an HTML parser would (a close tag pops to
 * its match and is ignored without one, void elements never open, some elements close their same-named
 * sibling); tags of elements opened at `limit` levels or deeper are dropped.
 */
export function boundNesting(html: string, limit = MAX_HTML_DEPTH): Bounded {
  const stack: string[] = [];
  const open = new Map<string, number>();
  const parts: string[] = [];
  let from = 0;
  let depth = 0;
  let work = 0;
  const drop = (start: number, end: number): void => {
    parts.push(html.slice(from, start));
    from = end;
  };
  const pop = (): void => {
    const name = stack.pop()!;
    open.set(name, open.get(name)! - 1);
  };
  for (const tag of tags(html)) {
    const { name } = tag;
    if (tag.closing) {
      if (!open.get(name)) continue;
      // The element being closed sits at its index in the stack; it was dropped if that is past the limit.
      let at = stack.length - 1;
      while (stack[at] !== name) at--;
      if (at >= limit && tag.start >= from) drop(tag.start, tag.end);
      while (stack.length > at) pop();
      continue;
    }
    const top = stack[stack.length - 1];
    if ((SELF_CLOSING_SIBLINGS.has(name) && top === name) || (top === 'p' && CLOSES_P.has(name))) pop();
    const tooDeep = stack.length >= limit;
    if (tooDeep) {
      // A script or style too deep goes whole: unwrapped, its code would read as article text.
      const raw = RAW_TEXT.has(name) && !tag.selfClosing;
      const end = raw ? html.indexOf('>', rawTextEnd(html, name, tag.end)) : -1;
      drop(tag.start, raw ? (end < 0 ? html.length : end + 1) : tag.end);
    }
    if (VOID.has(name) || tag.selfClosing) continue;
    stack.push(name);
    open.set(name, (open.get(name) ?? 0) + 1);
    depth = Math.max(depth, stack.length);
    if (!tooDeep) work += stack.length;
  }
  if (from === 0) return { html, depth, work };
  parts.push(html.slice(from));
  return { html: parts.join(''), depth, work };
}
