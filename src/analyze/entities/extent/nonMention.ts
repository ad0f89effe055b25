// Spans the tagger found that are no mentions: currency prefixes, time zones, lone letters, model designations,
// stock indexes, and products called "new".
import type { EntityKind } from '../../../types.js';
import type { Token } from '../tokens.js';
import { lower, spaced, type ExtentSpan } from './span.js';
import { PHRASE_BREAK } from './words.js';

/** Time-zone abbreviations: capitalised, name-like, never a place or organisation in news text. */
const TIME_ZONES = new Set(['UTC', 'GMT', 'EST', 'EDT', 'CST', 'CDT', 'MST', 'MDT', 'PST', 'PDT', 'BST', 'CET', 'CEST',
  'IST', 'JST', 'AEST', 'AEDT', 'HKT', 'SGT']);

/** Stock market indexes, by their usual short names (MEANTIME and ACE type them as financial entities). */
const STOCK_INDEX = new Set(['dow', 'dow jones', 'djia', 'nikkei', 'ftse', 'dax', 'cac', 'hang seng', 'sensex', 'kospi',
  'stoxx', 'euro stoxx', 'topix', 'nasdaq composite', 'shanghai composite', 's&p', 's&p 500', 'standard & poor\'s 500']);

/**
 * Drops spans that are not mentions: currency prefixes glued to "$" ("US$ 20", "AU$"), time-zone
 * abbreviations, and a maker's name directly before a model number ("Airbus A380", "Boeing 787"): that is
 * a product name, whose maker is only its premodifier.
 */
export function isNonMention(text: string, tokens: Token[], s: ExtentSpan): boolean {
  const last = tokens[s.nameTo - 1]!;
  const next = tokens[s.nameTo];
  // A lone closed-class word ("The" of a headline) or a stock index ("FTSE 100", "the Dow Jones Industrial
  // Average", "the Nikkei index"): MEANTIME and ACE type indexes as financial entities, not organisations.
  if (s.nameTo - s.nameFrom === 1 && PHRASE_BREAK.has(lower(last))) return true;
  if (/^(?:index|indexes|indices|average|composite)$/i.test(last.text) && s.nameTo - s.nameFrom > 1) return true;
  if (next && spaced(text, last, next) && /^(?:index|indexes|indices|average)$/.test(next.text)) return true;
  if (next && next.text === '$' && next.start === last.end) return true;
  if (s.nameTo - s.nameFrom === 1 && TIME_ZONES.has(last.text)) return true;
  // A lone letter ("the letter F") or a number word of a title-case headline ("$7.4 Billion") names nothing.
  if (s.nameTo - s.nameFrom === 1 && (/^\p{Lu}$/u.test(last.text) || /^(?:hundred|thousand|million|billion|trillion)s?$/i.test(last.text))) return true;
  // A model designation on its own ("A380", "the A350s", "B777"): a product, not its maker.
  const name = text.slice(tokens[s.nameFrom]!.start, last.end).replace(/^the\s+/i, '');
  if (/^\p{Lu}{1,2}-?\d{3,}(?:-\d+)?s?$/u.test(name)) return true;
  // The names of the main stock indexes (not "Dow Jones & Co." or "Dow Jones Newswires", the company).
  if (STOCK_INDEX.has(name.toLowerCase()) && !(next && /^(?:&|and|co\.?|newswires|company)$/i.test(next.text))) return true;
  // An organisation-like name that moves by points is a stock index ("The Nasdaq fell 82.65 points").
  if (s.kind === 'ORG' && movesByPoints(tokens, s.nameTo)) return true;
  // An index named with a possessive and a number ("Standard & Poor's 500").
  const after2 = tokens[s.nameTo + 1];
  if (next && after2 && /^['’]s$/i.test(next.text) && /^\d+$/.test(after2.text) &&
    STOCK_INDEX.has(`${name}'s ${after2.text}`.toLowerCase())) return true;
  if (s.kind !== 'PERSON' && next && spaced(text, last, next)) {
    // A model designation: letters and digits ("A380", "A330-200", "787", "737s"), not a year or a count word.
    const after = text.slice(next.start, next.start + 12);
    if (/^(?:\p{Lu}{1,3}-?\d{2,}|\d{3}s?\b(?![.,]\d))/u.test(after) && !/^(?:19|20)\d\d\b/.test(after)) return true;
  }
  return false;
}

/** A number of points within the five words after a name: "[The Nasdaq] fell 82.65 points", "rose by 30 points". */
function movesByPoints(tokens: Token[], at: number): boolean {
  for (let k = at; k < tokens.length - 1 && k < at + 5; k++) {
    const w = tokens[k]!.text;
    if (/^[,.;:()]$/.test(w) || /^\p{Lu}/u.test(w)) return false;
    if (/^\d[\d,.]*$/.test(w) && /^points?$/.test(tokens[k + 1]!.text)) return true;
  }
  return false;
}

/**
 * "new" before a company-like name makes it a product ("the new MacBook Pro", "their new 787 Dreamliner", "new
 * Intel-based Mac", "new long-haul Airbus jets"): news calls products new, not the organisations that make them.
 * Between "new" and the name may stand a model number or a hyphenated adjective. Only for ORG spans.
 */
export function isNewProduct(tokens: Token[], s: { kind: EntityKind; from: number }): boolean {
  if (s.kind !== 'ORG') return false;
  let k = s.from - 1;
  for (let skipped = 0; k >= 0 && skipped < 2; skipped++) {
    const w = tokens[k]!.text;
    if (/^\d+$/.test(w)) k--;
    else if (k >= 2 && tokens[k - 1]!.text === '-' && tokens[k - 1]!.start === tokens[k - 2]!.end &&
      tokens[k]!.start === tokens[k - 1]!.end) k -= 3; // "long-haul", "Intel-based": three tokens
    else break;
  }
  return k >= 0 && tokens[k]!.text === 'new';
}
