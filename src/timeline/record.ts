// The timeline index record of one article: what a timeline reads from its analysis (sentence spans, the
// sentences the collection keeps, their dates, event dates and content words), as a few hundred bytes of
// integers to be stored beside the analysis. A request builds its collection from these records and the
// articles' stored text instead of decompressing, parsing and re-tokenising every analysis: words are kept as
// places in the text, dates as day, month or year numbers. A record is written only when reading it back gives
// exactly what prepareDoc gives (checked when it is made), so both ways build the same collection.
import { EVENT_DATE_BASES, type Doc, type Sentence, type SentenceDate } from '../types.js';
import { prepareDoc, type PreparedDoc, type PreparedSentence, type WordPlaces } from './collection.js';
import { dayNumber, isoFromDay, type DateGranularity, type MentionedDate } from './dates.js';
import { scanContentWords } from './text.js';

/** Layout version, first in every record: a record of another layout is not read (its article reads the analysis). */
const LAYOUT = 1;
const GRANULARITIES: readonly DateGranularity[] = ['day', 'month', 'year'];

/** An article's sentences and their prepared form, read back from its record. */
export interface RecordDoc {
  sentences: Sentence[];
  prepared: PreparedDoc;
}

/**
 * The record of an analysis, or undefined when the analysis cannot be told by one: its text is not the
 * article's text as stored (`articleText`), or reading the record back would not give what prepareDoc gives.
 */
export function timelineRecord(doc: Doc, articleText: string): Uint8Array | undefined {
  if (doc.text !== articleText) return undefined;
  for (let i = 0; i < doc.sentences.length; i++) {
    const s = doc.sentences[i]!;
    if (s.index !== i || s.text !== doc.text.slice(s.start, s.end)) return undefined;
  }
  const prepared = prepareDoc(doc);
  const bytes = encode(doc.sentences, prepared);
  if (!bytes) return undefined;
  const back = readTimelineRecord(bytes, articleText);
  return back && samePrepared(back.prepared, prepared) ? bytes : undefined;
}

function encode(sentences: Sentence[], prepared: PreparedDoc): Uint8Array | undefined {
  const out = new Writer();
  out.uint(LAYOUT);
  let prevEnd = 0;
  out.uint(sentences.length);
  for (const s of sentences) {
    out.int(s.start - prevEnd);
    out.uint(s.end - s.start);
    prevEnd = s.end;
  }
  const confidences: number[] = [];
  out.uint(prepared.sentences.length);
  let prevIndex = -1;
  for (const p of prepared.sentences) {
    const s = sentences[p.index]!;
    const cut = s.end - p.text.length;
    if (p.index <= prevIndex || cut < s.start) return undefined;
    out.uint(p.index - prevIndex - 1);
    out.uint(cut - s.start);
    prevIndex = p.index;
    out.uint(p.dates.length);
    for (const d of p.dates) {
      const n = dateNumber(d.value, d.granularity);
      if (n === undefined) return undefined;
      out.uint(GRANULARITIES.indexOf(d.granularity) | (d.explicit ? 4 : 0));
      out.int(n);
    }
    const e = p.event;
    if (!e) out.uint(0);
    else {
      const n = dateNumber(e.value, e.granularity);
      const basis = EVENT_DATE_BASES.indexOf(e.basis);
      if (n === undefined || basis < 0 || e.sentence !== p.index) return undefined;
      let c = confidences.indexOf(e.confidence);
      if (c < 0) c = confidences.push(e.confidence) - 1;
      out.uint(1 + GRANULARITIES.indexOf(e.granularity) + 3 * basis);
      out.int(n);
      out.uint(c);
    }
    out.uint(p.terms.length);
    for (const t of p.terms) out.uint(t);
  }
  // Each word where it is first used: the sentence (counted among the kept ones) and its place in the lowercased text.
  const firstUse = new Map<string, [number, number]>();
  prepared.sentences.forEach((p, k) => {
    scanContentWords(p.text.toLowerCase(), (w, at) => {
      if (!firstUse.has(w)) firstUse.set(w, [k, at]);
    });
  });
  out.uint(prepared.words.length);
  let prevSentence = 0;
  for (const w of prepared.words) {
    const place = firstUse.get(w);
    if (!place) return undefined;
    out.uint(place[0] - prevSentence);
    out.uint(place[1]);
    out.uint(w.length);
    prevSentence = place[0];
  }
  out.uint(confidences.length);
  for (const c of confidences) out.float(c);
  return out.bytes();
}

/** The article's sentences and prepared form from its record and stored text; undefined for another layout. */
export function readTimelineRecord(bytes: Uint8Array, text: string): RecordDoc | undefined {
  const r = new Reader(bytes);
  if (r.uint() !== LAYOUT) return undefined;
  const sentences: Sentence[] = new Array(r.uint());
  let prevEnd = 0;
  for (let i = 0; i < sentences.length; i++) {
    const start = prevEnd + r.int();
    const end = start + r.uint();
    sentences[i] = { index: i, start, end, text: text.slice(start, end) };
    prevEnd = end;
  }
  const kept: PreparedSentence[] = new Array(r.uint());
  // The events read, and the slot of each one's confidence (read after them): two lists, not an object per event.
  const events: SentenceDate[] = [];
  const slots: number[] = [];
  // The sentences' word lists are read into one array, each sentence a view of its range: an array of its own for
  // each of a request's forty thousand sentences cost more than reading them.
  const termBounds: number[] = [];
  let termsRead = 0;
  let index = -1;
  for (let k = 0; k < kept.length; k++) {
    index += r.uint() + 1;
    const s = sentences[index]!;
    const cut = s.start + r.uint();
    const dateCount = r.uint();
    const dates: MentionedDate[] = dateCount === 0 ? NO_DATES : new Array(dateCount);
    for (let d = 0; d < dates.length; d++) {
      const code = r.uint();
      dates[d] = mentionedDate(r.int(), code);
    }
    const eventCode = r.uint();
    let event: SentenceDate | undefined;
    if (eventCode > 0) {
      const granularity = GRANULARITIES[(eventCode - 1) % 3]!;
      const basis = EVENT_DATE_BASES[Math.floor((eventCode - 1) / 3)]!;
      event = { sentence: index, value: dateValue(r.int(), granularity), granularity, confidence: 0, basis };
      events.push(event);
      slots.push(r.uint());
    }
    const termCount = r.uint();
    if (termsRead + termCount > termScratch.length) {
      const more = new Int32Array(Math.max(2 * termScratch.length, termsRead + termCount));
      more.set(termScratch.subarray(0, termsRead));
      termScratch = more;
    }
    termBounds.push(termsRead);
    for (let t = 0; t < termCount; t++) termScratch[termsRead++] = r.uint();
    const p: PreparedSentence = { index, text: text.slice(cut, s.end), dates, terms: NO_TERMS };
    if (event) p.event = event;
    kept[k] = p;
  }
  const allTerms = termScratch.slice(0, termsRead);
  for (let k = 0; k < kept.length; k++) {
    kept[k]!.terms = allTerms.subarray(termBounds[k]!, k + 1 < kept.length ? termBounds[k + 1]! : termsRead);
  }
  // A text cut short (a bounded read, see service/bound.ts) keeps the sentences that end inside it; the words first
  // used in later sentences are used only there, since words are listed in order of first use.
  let whole = sentences.length;
  while (whole > 0 && sentences[whole - 1]!.end > text.length) whole--;
  let keptWhole = kept.length;
  while (keptWhole > 0 && kept[keptWhole - 1]!.index >= whole) keptWhole--;
  const count = r.uint();
  // Words are kept as places in their lowercased sentence; the strings are made only when asked for. When every
  // character of the text lowercases to one character on its own (no dotted capital I, no capital sigma, whose
  // lowercase depends on what follows), lowercasing keeps every offset and a word lowercased alone is the word of
  // the lowercased sentence: the places then point into the text itself, and the collection's vocabulary lowercases
  // as it reads (TfIdf.idAt). Lowercased copies of the sentences were a fifth of what a large request allocated.
  const inPlace = text.indexOf('\u0130') < 0 && text.indexOf('\u03a3') < 0;
  const places: WordPlaces = { texts: inPlace ? [text] : [], text: new Int32Array(count), at: new Int32Array(count),
    length: new Int32Array(count) };
  let k = 0;
  let loweredOf = -1;
  let words = count;
  for (let w = 0; w < count; w++) {
    k += r.uint();
    const at = r.uint();
    const length = r.uint();
    if (k >= keptWhole) {
      words = Math.min(words, w);
      continue;
    }
    if (inPlace) {
      const p = kept[k]!;
      places.at[w] = sentences[p.index]!.end - p.text.length + at;
    } else {
      if (k !== loweredOf) {
        places.texts.push(kept[k]!.text.toLowerCase());
        loweredOf = k;
      }
      places.text[w] = places.texts.length - 1;
      places.at[w] = at;
    }
    places.length[w] = length;
  }
  const confidences: number[] = new Array(r.uint());
  for (let c = 0; c < confidences.length; c++) confidences[c] = r.float();
  for (let e = 0; e < events.length; e++) events[e]!.confidence = confidences[slots[e]!]!;
  if (whole < sentences.length) {
    sentences.length = whole;
    kept.length = keptWhole;
    places.text = places.text.subarray(0, words);
    places.at = places.at.subarray(0, words);
    places.length = places.length.subarray(0, words);
  }
  let strings: string[] | undefined;
  const prepared: PreparedDoc = {
    get words(): string[] {
      strings ??= Array.from(places.at,
        (at, w) => places.texts[places.text[w]!]!.slice(at, at + places.length[w]!).toLowerCase());
      return strings;
    },
    sentences: kept,
    places,
  };
  return { sentences, prepared };
}

/**
 * The date with this number and code (granularity, explicit), one object per date for all records read: the records
 * of one request name the same few thousand dates over and over, and nothing changes a mentioned date once read.
 */
function mentionedDate(n: number, code: number): MentionedDate {
  const key = n * 8 + (code & 7);
  let date = mentionedDates.get(key);
  if (date === undefined) {
    if (mentionedDates.size >= 100_000) mentionedDates.clear();
    const granularity = GRANULARITIES[code & 3]!;
    date = { value: dateValue(n, granularity), granularity, explicit: (code & 4) !== 0 };
    mentionedDates.set(key, date);
  }
  return date;
}

const mentionedDates = new Map<number, MentionedDate>();

/** Word lists being read (readTimelineRecord), grown as needed. */
let termScratch = new Int32Array(4096);
const NO_TERMS = new Int32Array(0);

/** The dates of a sentence that names none (most do): one list shared by all of them, which nothing changes. */
const NO_DATES: MentionedDate[] = [];

/** A date value as one integer: a day number, months since year 0, or the year. */
function dateNumber(value: string, granularity: DateGranularity): number | undefined {
  const n = granularity === 'day' ? dayNumber(value)
    : granularity === 'month' ? Number(value.slice(0, 4)) * 12 + Number(value.slice(5, 7)) - 1
    : Number(value);
  return Number.isInteger(n) && dateValue(n, granularity) === value ? n : undefined;
}

/** Values of the day numbers read so far: the records of one request name the same few thousand days over and over. */
const dayValues = new Map<number, string>();

function dateValue(n: number, granularity: DateGranularity): string {
  if (granularity === 'day') {
    let v = dayValues.get(n);
    if (v === undefined) {
      if (dayValues.size >= 100_000) dayValues.clear();
      v = isoFromDay(n);
      dayValues.set(n, v);
    }
    return v;
  }
  if (granularity === 'year') return String(n).padStart(4, '0');
  return `${String(Math.floor(n / 12)).padStart(4, '0')}-${String((n % 12) + 1).padStart(2, '0')}`;
}

function samePrepared(a: PreparedDoc, b: PreparedDoc): boolean {
  if (a.words.length !== b.words.length || a.sentences.length !== b.sentences.length) return false;
  if (a.words.some((w, i) => w !== b.words[i])) return false;
  return a.sentences.every((s, i) => {
    const t = b.sentences[i]!;
    return s.index === t.index && s.text === t.text && JSON.stringify(s.dates) === JSON.stringify(t.dates) &&
      JSON.stringify(s.event) === JSON.stringify(t.event) && s.terms.length === t.terms.length &&
      s.terms.every((x, j) => x === t.terms[j]);
  });
}

/** Unsigned LEB128 integers, zigzag for signed ones, and little-endian doubles. */
class Writer {
  private buf = new Uint8Array(256);
  private n = 0;

  private room(k: number): void {
    if (this.n + k <= this.buf.length) return;
    const next = new Uint8Array(Math.max(this.buf.length * 2, this.n + k));
    next.set(this.buf);
    this.buf = next;
  }

  uint(x: number): void {
    this.room(8);
    while (x >= 0x80) {
      this.buf[this.n++] = (x % 0x80) | 0x80;
      x = Math.floor(x / 0x80);
    }
    this.buf[this.n++] = x;
  }

  int(x: number): void {
    this.uint(x < 0 ? -2 * x - 1 : 2 * x);
  }

  float(x: number): void {
    this.room(8);
    new DataView(this.buf.buffer).setFloat64(this.n, x, true);
    this.n += 8;
  }

  bytes(): Uint8Array {
    return this.buf.slice(0, this.n);
  }
}

class Reader {
  private at = 0;
  constructor(private readonly buf: Uint8Array) {}

  uint(): number {
    let x = 0;
    let scale = 1;
    for (;;) {
      const b = this.buf[this.at++];
      if (b === undefined) throw new Error('timeline record ends early');
      x += (b & 0x7f) * scale;
      if (b < 0x80) return x;
      scale *= 0x80;
    }
  }

  int(): number {
    const z = this.uint();
    return z % 2 === 1 ? -(z + 1) / 2 : z / 2;
  }

  float(): number {
    const x = new DataView(this.buf.buffer, this.buf.byteOffset).getFloat64(this.at, true);
    this.at += 8;
    return x;
  }
}
