// Labels that read like headlines. Each article offers one candidate: its title, or else the first sentence of
// its lead that reads like one (past the web address, the date stamp, the byline, a photo caption; the title
// part of a title run into the lead), compressed by the timeline's headline rules, so a story label and an
// entry headline are made the one way. The lead is the sentences analysis read when the caller has them: page
// furniture is set aside there. A story keeps a few candidates and is labelled with the one closest to what its
// articles have in common (its centroid), so the label is a sentence a reporter wrote about the story's core.
import { datelineLength } from '../text/dateline.js';
import { headline } from '../timeline/headline.js';
import { isCaption, isCredit, titleOf } from './lead.js';
import type { StoryInput } from './model.js';
import { contentTerms } from './terms.js';
import type { Centroid } from './vectors.js';
import { isUrlLine } from './when.js';

/** Candidates a story keeps; an event keeps fewer. */
export const STORY_HEADLINES = 5;
export const EVENT_HEADLINES = 3;
/** A sentence of at most this many words is a label whole; a longer one is compressed. */
const MAX_WORDS = 14;
/** A lead line shorter than this many words is a stamp, a byline or a section name, not a headline. */
const MIN_WORDS = 4;
/** How many lines of the lead are searched for a headline. */
const LEAD_LINES = 6;

/** A trailing attribution that adds nothing to a label: ", officials said", ", police said on Friday". */
const ATTRIBUTION = /,\s*(?:[\p{L}'’.-]+\s+){0,4}(?:said|says|reported|reports|told\s+[\p{L}\s]{1,30})(?:\s+on\s+\p{L}+)?\s*[.!]?$/iu;
/** A title that introduces a name, left at the end when a line was cut inside the name ("… on Financial Crisis Sen."). */
const TITLE_END = /\s+(?:Sen|Rep|Gov|Gen|Adm|Col|Lt|Sgt|Dr|Mr|Mrs|Ms|Prof|St|Pres|Sens|Reps)\.?$/u;
const BYLINE = /^(?:by|posted|updated|published|filed|written)\b/iu;
/** A line that is mostly a date or time stamp ("May 03, 2013", "7: 15 a. m. Dec. 7, 2009", "27 NOVEMBER, 2005"). */
const STAMP_WORD = /^(?:\d[\d:,.]*|a\.?|p\.?|m\.?|am|pm|[ap]\.m\.?|bst|gmt|utc|edt|est|pdt|pst|cet|jan\.?|january|feb\.?|february|mar\.?|march|apr\.?|april|may|jun\.?|june|jul\.?|july|aug\.?|august|sept?\.?|september|oct\.?|october|nov\.?|november|dec\.?|december|mon\.?|monday|tue\.?|tuesday|wed\.?|wednesday|thu\.?|thursday|fri\.?|friday|sat\.?|saturday|sun\.?|sunday|-|–|—|\|)$/iu;

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
  // A lone number is the headline's own ("2 men charged in …"), not a stamp.
  return k > 1 && ws.slice(0, k).some((w) => /\d/u.test(w)) ? ws.slice(k).join(' ') : line;
}

/**
 * A line without the section heading in capitals it opens with ("NEW CAP FOR LEAKING OIL WELL In June, BP placed
 * …"): a heading inside the page shouts a topic, and the sentence after it is the news.
 */
function withoutHeading(line: string): string {
  const ws = words(line);
  let k = 0;
  while (k < ws.length && /\p{Lu}{2}/u.test(ws[k]!) && !/\p{Ll}/u.test(ws[k]!)) k++;
  return k >= 3 && k < ws.length && /^\p{Lu}\p{Ll}/u.test(ws[k]!) ? ws.slice(k).join(' ') : line;
}

/** A credit or note in brackets opening a line, before its text: "(By Kirsty Wigglesworth -- Associated Press) We are …". */
const LEADING_NOTE = /^\((?:By\s|Photo\b|[^()]*\b(?:Associated Press|Reuters|AFP|Getty Images|EPA)\b)[^()]*\)\s+(?=\S)/u;

/** The first sentence of a line ("… in Gaza. Rescuers said …" → "… in Gaza"). */
function firstSentence(line: string): string {
  const m = /^(.*?[^\s.]{2}[.!?])["”’]?\s+(?=["“‘]?\p{Lu})/u.exec(line);
  return (m ? m[1]! : line).trim();
}

/** A sentence as a label: whole when short, else the timeline's headline of it (at most 12 words). */
export function clause(sentence: string): string {
  const s = sentence.slice(datelineLength(sentence)).replace(ATTRIBUTION, '').replace(/[.!;:,]+$/u, '').replace(TITLE_END, '').trim();
  // The headline rules cut a long sentence at a phrase boundary; a short one read whole loses nothing.
  if (words(s).length <= MAX_WORDS) return s.charAt(0).toUpperCase() + s.slice(1);
  return headline(sentence.trim());
}

/** The lead as units a headline may stand in, each with the text that follows it (where a photo credit would be). */
function leadUnits(text: string, lead: StoryInput['lead']): { text: string; after: string }[] {
  if (lead && lead.length > 0) return lead.map((s) => ({ text: s.text.trim(), after: text.slice(s.end, s.end + 80) }));
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l.length > 0).slice(0, LEAD_LINES);
  return lines.map((l, i) => ({ text: l, after: lines[i + 1] ?? '' }));
}

/**
 * Whether the text opens with the title: a title a reader or an importer cut from the start of the page (its first
 * words, often cut mid-word) is no headline of its own, and the lead, read with its furniture set aside, says it.
 */
function opens(text: string, title: string): boolean {
  const t = title.replace(/\s+/gu, ' ').trim();
  return t.length > 0 && text.slice(0, t.length + 200).replace(/\s+/gu, ' ').trimStart().startsWith(t);
}

/** The headline an article offers: its title, or the first sentence of its lead that reads like one. */
export function headlineOf(title: string | undefined, text: string, lead?: StoryInput['lead']): string | undefined {
  if (title && words(title).length >= MIN_WORDS - 1 && !opens(text, title)) return clause(title);
  for (const unit of leadUnits(text, lead)) {
    // A line wholly in brackets is a credit or a note beside the story ("(By … -- Associated Press)").
    if (isUrlLine(unit.text) || isStamp(unit.text) || BYLINE.test(unit.text) || /^\(.*\)$/u.test(unit.text) || isCredit(unit.text)) continue;
    const sentence = firstSentence(withoutHeading(withoutStamp(unit.text.replace(LEADING_NOTE, ''))));
    // A sentence opening in lower case is a fragment: the rest of a line cut by furniture, a list's bullet word.
    if (/^\p{Ll}/u.test(sentence) || isCaption(sentence, sentence === unit.text ? unit.after : '')) continue;
    const own = titleOf(sentence, text);
    if (words(own).length < MIN_WORDS) continue;
    return clause(own);
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
