// Labels that read like headlines. Each article offers one candidate: its title, or else the first sentence of
// its lead (past the web address, the date stamp and the dateline), cut to its main clause. A story keeps a
// few candidates and is labelled with the one closest to what its articles have in common (its centroid), so
// the label is a sentence a reporter wrote about the story's core, not a list of its frequent words.
import { datelineLength } from '../text/dateline.js';
import { contentTerms } from './terms.js';
import type { Centroid } from './vectors.js';
import { isUrlLine } from './when.js';

/** Candidates a story keeps; an event keeps fewer. */
export const STORY_HEADLINES = 5;
export const EVENT_HEADLINES = 3;
/** A headline longer than this many words is cut at a clause boundary, or failing one, here with "…". */
const MAX_WORDS = 16;
/** A lead line shorter than this many words is a stamp, a byline or a section name, not a headline. */
const MIN_WORDS = 4;
/** How many lines of the lead are searched for a headline. */
const LEAD_LINES = 6;

const BYLINE = /^(?:by|posted|updated|published|filed|written)\b/iu;
/** A line that is mostly a date or time stamp ("May 03, 2013", "7: 15 a. m. Dec. 7, 2009", "27 NOVEMBER, 2005"). */
const STAMP_WORD = /^(?:\d[\d:,.]*|a\.?|p\.?|m\.?|am|pm|[ap]\.m\.?|bst|gmt|utc|edt|est|pdt|pst|cet|jan\.?|january|feb\.?|february|mar\.?|march|apr\.?|april|may|jun\.?|june|jul\.?|july|aug\.?|august|sept?\.?|september|oct\.?|october|nov\.?|november|dec\.?|december|mon\.?|monday|tue\.?|tuesday|wed\.?|wednesday|thu\.?|thursday|fri\.?|friday|sat\.?|saturday|sun\.?|sunday|-|–|—|\|)$/iu;
/** A trailing attribution that adds nothing to a label: ", officials said", ", police said on Friday". */
const ATTRIBUTION = /,\s*(?:[\p{L}'’.-]+\s+){0,4}(?:said|says|reported|reports|told\s+[\p{L}\s]{1,30})(?:\s+on\s+\p{L}+)?\s*[.!]?$/iu;

function words(line: string): string[] {
  return line.split(/\s+/).filter((w) => w.length > 0);
}

function isStamp(line: string): boolean {
  const ws = words(line);
  return ws.length > 0 && ws.filter((w) => STAMP_WORD.test(w)).length >= 0.6 * ws.length;
}

/** A line without the date or time stamp it opens with ("Monday 5 September 2005 00.00 BST A Sunni teenager …"). */
function withoutStamp(line: string): string {
  const ws = words(line);
  let k = 0;
  while (k < ws.length && STAMP_WORD.test(ws[k]!.replace(/[;,]+$/u, ''))) k++;
  // "A" of "A Sunni teenager" is an article, not the "a" of "a. m.": a stamp ends before a lone letter.
  while (k > 0 && /^[ap]$/iu.test(ws[k - 1]!)) k--;
  return k > 0 && ws.slice(0, k).some((w) => /\d/u.test(w)) ? ws.slice(k).join(' ') : line;
}

/** The first sentence of a line ("… in Gaza. Rescuers said …" → "… in Gaza"). */
function firstSentence(line: string): string {
  const m = /^(.*?[^\s.]{2}[.!?])["”’]?\s+(?=["“‘]?\p{Lu})/u.exec(line);
  return (m ? m[1]! : line).trim();
}

/** A sentence cut to a label: dateline and attribution dropped, long ones cut at a clause boundary. */
export function clause(sentence: string): string {
  let s = sentence.slice(datelineLength(sentence)).trim();
  s = s.replace(ATTRIBUTION, '').replace(/[.!;:,]+$/u, '').trim();
  const ws = words(s);
  if (ws.length <= MAX_WORDS) return s;
  // Cut at the last clause boundary (comma, dash, semicolon) that keeps at least half the allowed words.
  const head = ws.slice(0, MAX_WORDS).join(' ');
  const cut = Math.max(head.lastIndexOf(', '), head.lastIndexOf(' – '), head.lastIndexOf(' — '), head.lastIndexOf('; '));
  // The kept clause may itself end in an attribution ("… passed 200, the minister said, as crews …").
  if (cut > 0 && words(head.slice(0, cut)).length >= MAX_WORDS / 2) return head.slice(0, cut).replace(ATTRIBUTION, '');
  return `${head.replace(/[.,;:]+$/u, '')} …`;
}

/** The headline an article offers: its title, or the first sentence of its lead that reads like one. */
export function headlineOf(title: string | undefined, text: string): string | undefined {
  if (title && words(title).length >= MIN_WORDS - 1) return clause(title.trim());
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l.length > 0).slice(0, LEAD_LINES);
  for (const line of lines) {
    if (isUrlLine(line) || isStamp(line) || BYLINE.test(line)) continue;
    const sentence = firstSentence(withoutStamp(line));
    if (words(sentence).length < MIN_WORDS) continue;
    return clause(sentence);
  }
  return undefined;
}

/**
 * How central a candidate is to a story: the cosine of its distinct content terms with the story's term
 * centroid. A candidate naming the story's heaviest words in few others wins.
 */
export function centrality(headline: string, terms: Centroid): number {
  const stems = new Set(contentTerms(headline));
  if (stems.size === 0 || terms.norm === 0) return 0;
  let dot = 0;
  for (const t of stems) dot += terms.weights.get(t) ?? 0;
  return dot / (Math.sqrt(stems.size) * terms.norm);
}

/** Adds candidates to a list kept to `limit`, dropping the least central (first kept on ties: stable). */
export function keepHeadlines(list: string[], added: readonly string[], terms: Centroid, limit: number): void {
  for (const h of added) if (!list.includes(h)) list.push(h);
  if (list.length <= limit) return;
  const scored = list.map((h, i) => ({ h, i, c: centrality(h, terms) }));
  scored.sort((a, b) => b.c - a.c || a.i - b.i);
  const keep = new Set(scored.slice(0, limit).map((x) => x.i));
  const kept = list.filter((_, i) => keep.has(i));
  list.length = 0;
  list.push(...kept);
}

/** The most central candidate, if any. */
export function bestHeadline(list: readonly string[], terms: Centroid): string | undefined {
  let best: string | undefined;
  let bestScore = -1;
  for (const h of list) {
    const c = centrality(h, terms);
    if (c > bestScore) {
      bestScore = c;
      best = h;
    }
  }
  return best;
}
