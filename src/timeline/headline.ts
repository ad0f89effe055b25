// Entry headlines: a short clause compressed from the entry's best sentence by deleting words, never adding,
// changing or reordering any (only the first letter is capitalised), so that an editor finds every word of the
// headline, in order, in the cited sentence. What goes: the dateline, brackets, the attribution ("X said on
// Tuesday", "according to Y"), leading adverbials ("On Tuesday,", "However,"), relative clauses and appositives
// between commas; what stays is the main clause, cut at a phrase boundary when it is still too long.
import { isAbbreviationPeriod } from '../text/abbreviations.js';
import { datelineLength } from '../text/dateline.js';
import { mainVerbIndex, PLAN_WORDS, POLARITY_WORDS } from './clauses.js';

export const HEADLINE_MAX_WORDS = 12;
/** Fewer words than this left after the deletions: the rules took too much, start again from the sentence. */
const MIN_WORDS = 4;

/** Verbs of saying that introduce a reported clause ("Officials said the dam was safe"). */
const SAY = String.raw`(?:said|says|told|tells|added|adds|stated|states|claimed|claims|insisted|insists|warned|warns|argued|argues|explained|explains|noted|notes|wrote|writes|believes|believed|reported|reports|announced|announces|confirmed|confirms|acknowledged|admitted|declared|revealed|tweeted)`;
const SAY_WORD = new RegExp(`^${SAY}$`);
const WEEKDAY = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;
const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)`;
/** When a statement was made: "on Tuesday", "late Friday", "today", "in a statement". */
const WHEN = String.raw`(?:\s+(?:on\s+|late\s+|early\s+|last\s+)?(?:${WEEKDAY}|today|yesterday|tonight|night|week)|\s+in\s+a\s+statement|\s+in\s+an\s+interview)*`;

/** After a reporting verb, what may still belong to the attribution: "in a statement on Friday", "told reporters". */
const SAY_REST = String.raw`(?:\s+(?:on|in|at|to|during|after|before|late|early|last|this|yesterday|today|tonight|${WEEKDAY})\b[^,;:"“”]{0,50})?`;
/**
 * A tail after a comma (or a closing quote) that only says who said it: ", Champagne said in a statement on
 * Friday", ", said Srdja Popovic, a Serbian activist …", ", according to …", ", saying …". A tail whose verb of saying
 * has a clause of its own ("…, Jackson said he was innocent") is the main clause and stays.
 */
const TRAILING_SAY = new RegExp(String.raw`^\s*["”’']?\s*(?:(?:[^\s,;:]+\s+){0,6}?${SAY}(?:\s+(?:reporters|journalists|police|lawmakers|the\s+\w+|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}))?${SAY_REST}\s*[.!?"”’']*\s*$|${SAY}\s|according\s+to\b|(?:saying|adding|citing|claiming|warning|insisting)\b)`, 'i');
/** A leading attribution: "Police said on Monday that", "The minister told reporters". */
const LEADING_SAY = new RegExp(String.raw`^(?:[^,;:"“”]{1,70}?)\s(?:said|says|told(?:\s+(?:reporters|journalists|police|lawmakers|investigators|him|her|them|us|me)|(?:\s+[A-Z][\w.'’-]*){1,3}(?!\s+[A-Z])|(?:\s+[^\s,;:]+){1,6}?(?=\s+that\s))|(?:added|stated|claimed|insisted|warned|argued|explained|noted|believes|believed|wrote|announced|revealed|confirmed|reported|acknowledged|admitted|declared)(?=${WHEN},?\s+that\b))${WHEN}[,:]?\s+["“]?(?:that\s+)?`);
/**
 * The attribution without its time and its "that", when the speaker must stay: "BP said later on Thursday that it
 * had cut …" → "BP said it had cut …".
 */
const SPEAKER_SAY = new RegExp(String.raw`^([^,;:"“”]{1,70}?\s${SAY})(?:\s+(?:(?:later|earlier|late|early)\s+)?(?:on\s+)?(?:${WEEKDAY}|today|yesterday|tonight))?,?\s+(?:that\s+)?(?=\S)`);
/**
 * A pronoun or possessive opening a clause: where the sentence did not open with it, it points back to a speaker
 * the deletions took away ("[BP said] it reached a deal", "[Assad said] his forces would continue").
 */
const PRONOUN_START = /^["“]?(?:that\s+)?(?:he|she|it|they|we|i|his|her|its|their|our|my)\b/i;
/** What a speaker before "said" looks like: no question word, no other verb ("How much … was said"). */
const SUBJECT_LIKE = /^(?!.*\b(?:what|how|why|whether|which|is|was|are|were|be|been|being|has|have|had|if|not)\b)/i;
const ACCORDING_LEAD = /^according\s+to\s[^,]{1,80},\s*/i;
/** A time phrase heading the sentence: "On Tuesday", "Earlier on Monday", "In 2005", "Last month", "On April 20,". */
const TIME_LEAD = new RegExp(String.raw`^(?:(?:earlier|later|late|early|also)\s+)?(?:(?:on|in|by|since|during|until|from|at)\s+)?(?:(?:the\s+)?(?:last|this|next|same|previous|following)\s+)?(?:${WEEKDAY}|${MONTH}(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?|\d{1,2}\s+${MONTH}(?:\s+\d{4})?|\d{4}|week|month|year|day|night|morning|afternoon|evening|weekend|today|yesterday)(?:\s+(?:morning|afternoon|evening|night))?\s*(?:[,:]|\s[-–—]{1,2})?\s+`, 'i');
/** Words that open a leading adverbial or subordinate clause ("However, …", "After the vote, …"). */
const LEAD_WORDS = new Set(('after before during earlier later last meanwhile however but and also yet still since when while ' +
  'as although though despite following on in at by from until within over under with without now today yesterday then ' +
  'separately elsewhere overnight late early so instead indeed moreover thus therefore first finally amid since ' +
  'once if because unlike like besides nonetheless nevertheless additionally furthermore earlier').split(' '));
/** Single words that only link the sentence to the one before: dropped at the start. */
const LINK_WORDS = new Set('but and so yet also however meanwhile still then now indeed moreover thus therefore instead'.split(' '));

/** A relative clause or participial tail between commas: ", which killed 11 workers". */
const RELATIVE = /,\s*(?:which|who|whom|whose|where)\b(?:[^,;:]|,(?!\s))*(,(?=\s)|(?=[;:])|$)/g;
/** An appositive after a name between commas: "Wang Yi, China's foreign minister, said". */
const APPOSITIVE = /(\b[\w.'’-]+),\s+(?:the|a|an|his|her|its|their|[A-Z][\w'’-]*['’]s|[a-z]+ing|along\s+with|together\s+with|as\s+well\s+as|including|like|in|on|at|for|with|by|after|during|under)\s[^,;:"“”]{1,60},\s+(?=(?!and\b|or\b|but\b)[a-z])/g;
/** A participle phrase between commas after a noun: "The report, leaked to the Courier on Tuesday, recommended". */
const PARTICIPIAL = /(\b[\w.'’-]+),\s+(?:[a-z]{3,}ed|built|known|seen|taken|written|given|made|held|found|led|hit|struck|born|chosen|shown|sent|brought|caught|kept|told)\s[^,;:"“”]{1,80},\s+(?=(?!and\b|or\b|but\b)[a-z])/g;
/**
 * A parenthesis between spaced dashes: "Healing Hands for Haiti - a US-based charity … - said" (hyphens inside words
 * stay); not after a date alone ("March 17 - The Council votes … -- code for …" keeps its clause).
 */
const DASHED = /(?<=\S+\s+\S+\s+\S+)\s+[-–—]{1,2}\s+(?:[^-–—]|(?<=\w)-(?=\w)){1,120}?\s+[-–—]{1,2}(?=\s)/g;
/** A title, then the name between commas: "US attorney general, Eric Holder, confirmed" keeps "Eric Holder confirmed". */
const TITLE_APPOSITION = /^[^,;:]{0,40}\b(?:minister|secretary|general|spokesman|spokeswoman|spokesperson|president|director|chief|chairman|leader|governor|ambassador|envoy|officer|commissioner|executive|head),\s+((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*),\s+(?=[a-z])/;
/** A page's highlight marker before a line ("NEW: The U.N. Security Council …"): no word of the sentence. */
const MARKER = /(?:^|\s)(?:NEW|UPDATE|UPDATED|BREAKING|DEVELOPING):\s+/g;
const BRACKETS = /\s*(?:\([^()]*\)|\[[^\]]*\]|-LRB-.*?-RRB-)/g;

/**
 * Titles before a name ("Interior Secretary Ken Salazar", "US President Barack Obama"): when words are short, the
 * name alone says who. Only a run of capitalised words that ends in at least one more capitalised word.
 */
const TITLE_RUN = /\b(?:[A-Z][\w.'’-]*\s+)*?(?:(?:Minister|President|Secretary|Spokesman|Spokeswoman|Spokesperson|Chancellor|Governor|Senator|Ambassador|Mayor|Director|Chairman|Chairwoman|Officer|Executive|General|Commissioner|Envoy|Premier|Chief|Leader|Sen\.|Rep\.|Gov\.|Gen\.|Col\.|Lt\.|Sgt\.|Dr\.?)\s+)+(?=[A-Z][\w'’-]*(?:\s|[,.;:]|$))/g;

/** Words that may start a clause or phrase: cutting before them keeps a whole clause. */
const CLAUSE_STARTS = new Set(('but while as after before because amid following despite although though when where which ' +
  'who until since so saying adding with without including than whereas unless').split(' '));
const PHRASE_STARTS = new Set(('in on at for from by during over under into about against near through across between among ' +
  'within toward towards per via like outside inside beyond along around').split(' '));
/** Boundaries inside a clause, tried last: an infinitive, an "of" phrase, a "that" clause. */
const WEAK_STARTS = new Set(['to', 'of', 'that']);
/** Words that begin a sentence far more often than they continue a name. */
const SENTENCE_STARTERS = new Set(('the a an this that these those it he she they we i his her their its there today ' +
  "today's oil police officials").split(' '));
/** Negations: a cut just before one, or a dangling one trimmed, turns what is kept into its opposite. */
const NEGATIONS = new Set(['not', "n't", 'never', 'no', 'nor']);
/**
 * Light verbs: their meaning lies in what follows ("could make [for a record season]", "will take [over]"), so a
 * cut right after one leaves a headline that says something else or nothing.
 */
const LIGHT_VERBS = new Set('make makes take takes put puts give gives get gets keep keeps bring brings set sets go goes'.split(' '));
/** Words a headline cannot end on. */
const DANGLING = new Set(('a an the of to and or but in on at for from by with as that which who whose whom than its his her ' +
  'their our my your this these those into about over under after before during while because since if when where ' +
  'between among through per via very more most such some any no not is are was were be been being has have had will would ' +
  'can could should may might must do does did also just both either neither each every even only he she it they we i you one').split(' '));

const bare = (w: string): string => w.toLowerCase().replace(/^[^\p{L}\p{N}$£€]+|[^\p{L}\p{N}%]+$/gu, '');
const words = (s: string): string[] => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));

/** The headline of a sentence: at most HEADLINE_MAX_WORDS of its words, in order. */
export function headline(sentence: string): string {
  const start = firstSentence(sentence.slice(datelineLength(sentence)));
  const compressed = compress(start);
  // A headline opening on "he" or "its" after the deletions has lost who said it: the speaker stays, unless the
  // speaker's part fills the headline ("White told the court on Thursday he said" ends on "said").
  if (PRONOUN_START.test(compressed) && !PRONOUN_START.test(start.trim())) {
    const withSpeaker = fromCompressed(start, compress(start, true));
    if (!SAY_WORD.test(bare(withSpeaker.split(' ').at(-1) ?? ''))) return withSpeaker;
  }
  return fromCompressed(start, compressed);
}

/**
 * The first sentence of a text that holds two (a chronology line "Rebels enter Tripoli. Gaddafi makes …" read as
 * one): a headline speaks of one thing. Only when the first has enough words to stand alone.
 */
function firstSentence(text: string): string {
  for (const m of text.matchAll(/[^\s.]{2}[.!?]["”’]?(?=\s+(?:[-–—•*]+\s+)?["“‘]?\p{Lu})/gu)) {
    const end = m.index + m[0].length;
    // the sentence splitter's own rule: "Mr. Vale", "Jan. 24" end no sentence
    if (text[m.index + 2] === '.' && isAbbreviationPeriod(text, m.index + 2)) continue;
    return words(text.slice(0, end)).length >= MIN_WORDS ? text.slice(0, end) : text;
  }
  return text;
}

/** The headline from what the deletions left of the sentence `start`: cut to length, edges cleaned. */
function fromCompressed(start: string, compressed: string): string {
  let kept = words(compressed);
  if (kept.length > HEADLINE_MAX_WORDS) kept = words(kept.join(' ').replace(TITLE_RUN, ''));
  if (kept.length < MIN_WORDS) kept = words(start.replace(BRACKETS, ''));
  if (kept.length < MIN_WORDS) kept = words(start);
  const out = shorten(kept);
  // A deletion next to the verb that took "not" or "expected to" with it says the opposite, or a plan as a fact.
  return finish(changesVerb(words(start), out) ? shorten(words(start.replace(BRACKETS, ''))) : out);
}

/**
 * Whether the words deleted right before or right after the headline's main verb include a negation, a modal or
 * a plan word of the sentence ("Danvik is [expected to] visit", "The bridge was [not] inspected").
 */
function changesVerb(source: string[], head: string[]): boolean {
  const v = mainVerbIndex(head);
  if (v < 0) return false;
  const at: number[] = [];
  let from = 0;
  for (const w of head) {
    const b = bare(w);
    while (from < source.length && bare(source[from]!) !== b) from++;
    if (from >= source.length) return false;
    at.push(from++);
  }
  const gap = (a: number, b: number): string[] => source.slice(a + 1, b).map(bare);
  const deleted = [...gap(at[v - 1] ?? at[v]!, at[v]!), ...gap(at[v]!, at[v + 1] ?? at[v]!)];
  return deleted.some((w) => POLARITY_WORDS.has(w) || PLAN_WORDS.has(w));
}

/**
 * The deletions, each applied to what the previous ones left. With `keepSpeaker` a leading attribution keeps its
 * speaker and verb, and a trailing one stays.
 */
function compress(text: string, keepSpeaker = false): string {
  let s = text.replace(MARKER, ' ').replace(BRACKETS, '').replace(DASHED, '').trim();
  s = s.replace(TITLE_APPOSITION, '$1 ');
  s = s.replace(RELATIVE, '');
  s = s.replace(APPOSITIVE, '$1 ').replace(PARTICIPIAL, '$1 ');
  if (!keepSpeaker) s = dropTrailingAttribution(s);
  for (let round = 0; round < 3; round++) {
    const before = s;
    if (keepSpeaker) {
      const m = SPEAKER_SAY.exec(s);
      if (m && SUBJECT_LIKE.test(m[1]!) && words(m[1]!).length <= 9) s = `${m[1]} ${s.slice(m[0].length)}`;
    } else {
      s = s.replace(ACCORDING_LEAD, '');
      s = dropIfRest(s, LEADING_SAY, (m) => SUBJECT_LIKE.test(m) && words(m).length <= 9);
    }
    s = dropLeadingClause(s);
    s = dropIfRest(s, TIME_LEAD);
    // a lower-case "that" opening what is left was the attribution's ("… said in an interview Friday that …")
    s = dropIfRest(s, /^that\s+/);
    const first = s.split(/\s+/, 1)[0] ?? '';
    if (LINK_WORDS.has(first.toLowerCase().replace(/,$/, '')) && words(s).length > MIN_WORDS) s = s.slice(first.length).trim();
    if (s === before) break;
  }
  return s;
}

/** Removes a match at the start when enough of the sentence is left (and the match passes `ok`). */
function dropIfRest(s: string, re: RegExp, ok: (match: string) => boolean = () => true): string {
  const m = re.exec(s);
  if (!m || !ok(m[0])) return s;
  const rest = s.slice(m[0].length);
  return words(rest).length >= MIN_WORDS ? rest : s;
}

/** Cuts the last comma-separated tail that reports who said it ("…, officials said on Tuesday."). */
function dropTrailingAttribution(s: string): string {
  for (const m of s.matchAll(/,(?=\s|["”’'])/g)) {
    const tail = s.slice(m.index + 1);
    if (!TRAILING_SAY.test(tail)) continue;
    const head = s.slice(0, m.index);
    if (words(head).length >= MIN_WORDS) return head;
  }
  return s;
}

/** "After the vote on Monday, the party split" → "the party split": a short opening clause before a comma. */
function dropLeadingClause(s: string): string {
  const first = bare(s.split(/\s+/, 1)[0] ?? '');
  // A participle opens a clause too: "Speaking on Tuesday, …", "Acquired by Greenpeace, …".
  if (!LEAD_WORDS.has(first) && !/^[a-z]{3,}(?:ed|ing)$/.test(first)) return s;
  // the comma may stand inside a closing quote: 'In an interview with NBC's "Today Show," Hayward …'
  const comma = /,["”’']?\s/.exec(s);
  if (!comma || words(s.slice(0, comma.index)).length > 12) return s;
  let rest = s.slice(comma.index + comma[0].length).trim();
  // The opening phrase may end in a name's apposition: "Under the rule of Assad's father, Hafez, Syrian forces …".
  const apposed = /^(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*,\s+/.exec(rest);
  if (apposed && words(rest.slice(apposed[0].length)).length >= MIN_WORDS) rest = rest.slice(apposed[0].length);
  return words(rest).length >= MIN_WORDS ? rest : s;
}

/** At most HEADLINE_MAX_WORDS words, cut before a clause, then a phrase, when one starts late enough. */
function shorten(all: string[]): string[] {
  const joined = all.findIndex((_, i) => i >= MIN_WORDS && runOn(all, i));
  const ws = withVerbInReach(joined > 0 ? all.slice(0, joined) : all);
  if (ws.length <= HEADLINE_MAX_WORDS) return trimDangling(ws);
  // A verb the words cannot reach (a page title run into the text, a long subject kept whole) binds no cut.
  const found = mainVerbIndex(ws);
  const verb = found < HEADLINE_MAX_WORDS ? found : -1;
  // A cut keeps the main verb ("The number of people killed" without "rose" is no news) and does not end on a
  // word whose meaning lies in what follows ("The alliance is expected", "… did not").
  const keeps = (i: number): boolean => {
    const kept = trimDangling(ws.slice(0, i));
    const last = bare(kept.at(-1) ?? '');
    const lost = [...ws.slice(kept.length, i), ws[i] ?? ''].map(bare);
    // A cut that leaves a word a headline cannot end on, even after trimming, is too short to trim ("Dorpe appears to").
    return kept.length > verb && !PLAN_WORDS.has(last) && !POLARITY_WORDS.has(last) && !LIGHT_VERBS.has(last) && !DANGLING.has(last) &&
      !lost.some((w) => NEGATIONS.has(w));
  };
  const cutAt = (ok: (i: number) => boolean, min: number): number => {
    for (let i = HEADLINE_MAX_WORDS; i >= min; i--) if (ok(i) && keeps(i)) return i;
    return -1;
  };
  const afterPunct = (i: number): boolean => /[,;:—–]$/.test(ws[i - 1]!) || /^[—–-]+$/.test(ws[i] ?? '');
  const cut = [
    cutAt(afterPunct, 5),
    cutAt((i) => CLAUSE_STARTS.has(bare(ws[i]!)), 6),
    cutAt((i) => PHRASE_STARTS.has(bare(ws[i]!)), 5),
    cutAt((i) => secondPredicate(ws, i), 5),
    cutAt((i) => WEAK_STARTS.has(bare(ws[i]!)), 5),
  ].find((i) => i > 0) ?? cutAt((i) => !(/^[A-Z]/.test(ws[i] ?? '') && /^[A-Z]/.test(ws[i - 1]!)), Math.max(verb + 1, MIN_WORDS));
  if (cut < 0) return trimDangling(ws.slice(0, outsideName(ws, HEADLINE_MAX_WORDS)));
  return trimDangling(ws.slice(0, cut));
}

/** "and" before a second verb of the same subject ("… to resign and would soon announce …"): a clause boundary. */
const secondPredicate = (ws: string[], i: number): boolean =>
  bare(ws[i]!) === 'and' && /^(?:would|will|was|were|has|had|is|are|could|can|then|[a-z]{3,}ed)$/.test(ws[i + 1] ?? '');

/**
 * When the main verb stands too far in for a headline to reach it, the subject's trailing phrase goes ("The number
 * of people killed [in the collapse of Port Alder's Harbour Bridge] rose to 17"): the first phrase start after
 * the subject's first two words, up to the verb ("of" phrases stay: "The heads [of the agencies]" says too little).
 */
function withVerbInReach(ws: string[]): string[] {
  const verb = mainVerbIndex(ws);
  if (ws.length <= HEADLINE_MAX_WORDS || verb < HEADLINE_MAX_WORDS - 2) return ws;
  const before = ws.slice(0, verb);
  // A long apposition after a short name: "Viktor Strand, the former director convicted of …, was sentenced".
  const comma = before.findIndex((w) => /,$/.test(w));
  if (comma >= 0 && comma < MIN_WORDS && comma < verb - 1 && /,$/.test(before.at(-1)!)) {
    return [...ws.slice(0, comma), ws[comma]!.replace(/,$/, ''), ...ws.slice(verb)];
  }
  // Punctuation inside the subject is an insertion or a list the rules above did not resolve; an opening
  // adverbial ("After three weeks of fighting between …") is no subject: both are left alone.
  if (before.slice(0, -1).some((w) => /[,;:()"“”]/.test(w)) || LEAD_WORDS.has(bare(before[0]!))) return ws;
  const p = before.findIndex((w, i) => i >= 2 && PHRASE_STARTS.has(bare(w)));
  // What stays of the subject must hold no verb the finder missed ("BP reaches key milestone in …").
  if (p < 0 || before.slice(1, p).some((w, i) => /^[a-z]+s$/.test(w) && /^[A-Z]/.test(before[i]!))) return ws;
  return [...ws.slice(0, p), ...ws.slice(verb)];
}

/**
 * A new sentence that starts without punctuation before it: a page title run into the text ("Shares fall further
 * Today's losses …", "… over oil spill The pressure …", "… as Obama visits Gulf VENICE, Louisiana").
 */
function runOn(ws: string[], i: number): boolean {
  const prev = ws[i - 1]!;
  const w = ws[i]!;
  if (/^[A-Z]{3,},$/.test(w)) return !/^[A-Z]{2,}/.test(prev) && !/[,;:]$/.test(prev);
  if (!/^[a-z\d][a-z\d'’-]*$/.test(prev) || DANGLING.has(bare(prev)) || SAY_WORD.test(prev)) return false;
  return /^[A-Z]/.test(w) && SENTENCE_STARTERS.has(bare(w));
}

/** A hard cut moved back so that it does not split a run of capitalised words (a name: "the Oil Pollution Act"). */
function outsideName(ws: string[], cut: number): number {
  let i = cut;
  while (i > MIN_WORDS && /^[A-Z]/.test(ws[i] ?? '') && /^[A-Z]/.test(ws[i - 1]!)) i--;
  return i > MIN_WORDS ? i : cut;
}

function trimDangling(ws: string[]): string[] {
  const out = [...ws];
  while (out.length > MIN_WORDS - 1 && DANGLING.has(bare(out.at(-1)!))) out.pop();
  return out;
}

/** Quote marks and closing punctuation off the words' edges; a capital first letter. */
function finish(ws: string[]): string {
  const cleaned = ws.map((w) => w.replace(/^["“”‘’'`]+|["“”‘’`]+$|(?<![sS])'$/g, '')).filter((w) => /[\p{L}\p{N}]/u.test(w));
  const n = cleaned.length;
  if (n === 0) return '';
  // An abbreviation keeps its last dot ("6 a.m.").
  if (!/^(?:\p{L}\.){2,}$/u.test(cleaned[n - 1]!)) cleaned[n - 1] = cleaned[n - 1]!.replace(/[,;:.!—–-]+$/, '');
  cleaned[n - 1] = cleaned[n - 1]!.replace(/["“”‘’`]+$/g, '');
  const text = cleaned.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
