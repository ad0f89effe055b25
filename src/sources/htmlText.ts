// A light HTML-to-text for feed items and record fields that carry markup: block tags become line breaks,
// other tags vanish, entities are decoded. Whole pages go through Readability instead (html.ts).
import { own } from '../util/own.js';

const BLOCK_TAG = /<\/?(?:p|div|br|li|ul|ol|h[1-6]|blockquote|tr|table|section|article|header|footer|pre|figure|figcaption|hr)\b[^>]*>/gi;
const DROPPED_ELEMENT = /<(script|style|noscript|iframe|svg)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const ANY_TAG = /<[^>]+>/g;
const COMMENT = /<!--[\s\S]*?-->/g;
const ENTITY = /&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);/gi;

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', copy: '©', reg: '®', trade: '™',
  eacute: 'é', egrave: 'è', agrave: 'à', aacute: 'á', ccedil: 'ç', ouml: 'ö', uuml: 'ü', auml: 'ä', szlig: 'ß',
  euro: '€', pound: '£', yen: '¥', cent: '¢', deg: '°', middot: '·', bull: '•', times: '×', shy: '',
};

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return own(NAMED_ENTITIES, name.toLowerCase()) ?? whole;
  });
}

/** True when a string looks like it carries HTML markup. */
export function looksLikeHtml(text: string): boolean {
  return /<(?:p|div|br|span|a|em|strong|b|i|li|h[1-6]|img|figure|blockquote)\b[^>]*>/i.test(text);
}

/** Markup → readable text with one paragraph per line. */
export function htmlToText(html: string): string {
  const text = html
    .replace(COMMENT, '')
    .replace(DROPPED_ELEMENT, '')
    .replace(BLOCK_TAG, '\n')
    .replace(ANY_TAG, '');
  return decodeEntities(text)
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
}
