// Does a time expression sit in a future clause? News is past-leaning: a weekday or month without a year
// is the last one before publication unless the verb that governs it looks ahead ("will meet on
// Thursday", "as soon as Tuesday", "is scheduled for Monday").
//
// The governing verb is approximated without a tagger: the nearest tense cue to the expression inside
// its clause wins. The clause reaches left to the last clause break (";", ":", a quote, "that", "but",
// "while", "when", …) and right a few words, up to the next break. "X said Friday that he would go" is
// past: "said" is nearer to "Friday" than "would", which sits beyond "that".

const FUTURE_WORDS = new Set([
  'will', "won't", 'wont', 'shall', 'should', "'ll", 'upcoming', 'next', 'tomorrow', 'soon', 'would', "wouldn't", 'expects', 'plans', 'planned', 'planning', 'intends', 'hopes',
]);
/** Irregular past forms common in news ("-ed" forms are recognised by their ending). */
const PAST_WORDS = new Set([
  'said', 'told', 'was', 'were', 'had', 'did', 'met', 'went', 'came', 'took', 'gave', 'made', 'saw', 'began', 'left', 'fell', 'rose', 'won',
  'lost', 'held', 'led', 'sent', 'spoke', 'wrote', 'got', 'found', 'struck', 'thought', 'brought', 'bought', 'sold', 'paid', 'kept', 'felt',
  'became', 'ran', 'stood', 'sought', 'knew', 'meant', 'drew', 'grew', 'threw', 'flew', 'shot', 'broke', 'chose', 'ago', 'earlier', 'last',
  'yesterday', 'hit', 'quit', 'cut', 'put', 'set', 'ate', 'fought', 'caught', 'taught', 'heard', 'built', 'spent', 'lent', 'swore', 'wore', 'tore',
  'wasn\'t', 'weren\'t', 'didn\'t', 'hadn\'t', 'announced', 'reported',
]);
/** Present-tense forms of "be": "is payable Jan. 2", "the case is heard in May". */
const PRESENT_WORDS = new Set(['is', 'are', 'am', "isn't", "aren't"]);
/** "-ed" words that are not past verbs, or that look ahead ("expected to", "scheduled for"). */
const NOT_PAST_ED = new Set(['succeed', 'proceed', 'exceed', 'heed', 'bleed', 'greed', 'expected', 'scheduled', 'slated', 'planned', 'proposed', 'intended', 'red', 'bed', 'need', 'speed', 'seed', 'feed', 'breed', 'indeed', 'hundred', 'united', 'limited', 'based', 'related', 'concerned', 'interested', 'supposed', 'used', 'embed', 'shed', 'wed', 'fled', 'bled']);
/** Multi-word future cues, tested on the joined clause text. */
const FUTURE_PHRASE = /\b(?:going to|to be \w+ed|(?:postponed|delayed|adjourned|deferred|put off|suspended) (?:until|till|to)|(?:set|scheduled|slated) for|(?:is|are|am|was|were) to|(?:is|are|be) (?:expected|scheduled|slated|set|due|planned|supposed)|set to|as soon as|as early as|plans? to|planned for|intends? to|in time for|later this|(?:this|the) coming|no later than|by next)\b/gi;
/**
 * "to" with an action verb: what it names lies after the verb that governs the infinitive ("agreed to buy the
 * line in February", "can wait for Mubarak to leave in September", "prepared to embark on concerts in July").
 * A closed list, because "to" before a noun is a preposition ("returned to power in March"); "close", "end" and
 * "finish" are left out as market reports use them for results ("shed 47 points to close at 2082").
 */
const INFINITIVE = /\bto (?:acquire|buy|purchase|sell|admit|pay|repay|meet|visit|begin|start|launch|complete|sign|vote|resume|attend|travel|release|announce|decide|consider|review|hear|join|hold|issue|redeem|ship|deliver|leave|stand|step|resign|face|appear|testify|return|open|expire|perform|play|tour|embark|arrive|host|marry|retire|run|take|hand|transfer|withdraw|deploy|sentence|rule|reopen|reconvene|convene|negotiate|publish|unveil|introduce|implement|enforce|raise|lift|extend|stage|compete|go|come|move|fly|sail|leave|head|be held|be sentenced|be released|be tried|take place|take effect|come into force)\b/gi;
/** Where a clause starts or ends, for tense purposes. */
const CLAUSE_BREAK = /[;:"“”«»]|``|''|\b(?:that|but|while|when|because|although|though|and then|which|who|where)\b/gi;

const RIGHT_WORDS = 6;
const FRONTED_RIGHT_WORDS = 14;
/** "by", "until" right before the expression, maybe with a part of the period or a clock time between. */
const DEADLINE_BEFORE = /\b(?:by|until|till)\s+(?:(?:early|late|mid|the end of|the middle of)[\s-]+|(?:\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\.?|noon|midnight)\s+(?:(?:[ECMP][SD]T|GMT|UTC)\s+)?)?$/i;
/** "had" with a participle (or "not"/"never"/"already" first): the past perfect. */
const PAST_PERFECT = /\bhad(?:n't|\s+not|\s+never|\s+already|\s+just)?\s+(?!to\b)[a-z]+(?:ed|en|wn|ne|lt|nt|ld|ght|ung|un|id)\b/i;
const DETERMINER = /^(?:the|a|an|its|their|his|her|our|this|these|those|that)$/i;

export type Cue = 'future' | 'past' | 'present';
/**
 * What tenseAt reads: a tense cue, or 'prospective' for an infinitive governed by a past verb ("prepared to
 * embark on concerts in July"): later than the past verb, so the nearer occurrence rather than the last one.
 */
export type Reading = Cue | 'prospective';

function cueOf(word: string): Cue | undefined {
  const w = word.toLowerCase();
  if (FUTURE_WORDS.has(w)) return 'future';
  if (PAST_WORDS.has(w)) return 'past';
  if (PRESENT_WORDS.has(w)) return 'present';
  // "un-" words ("unspecified", "undisclosed", "unnamed") are adjectives, not past verbs.
  if (w.length > 4 && /[a-z]ed$/.test(w) && !NOT_PAST_ED.has(w) && !w.startsWith('un')) return 'past';
  return undefined;
}

interface Found {
  cue: Reading;
  distance: number;
}

/** Stands for a multi-word future phrase once it is folded into one word. */
const PHRASE_MARK = 'futurephrasemark';
/** Stands for an infinitive of an action verb. */
const INFINITIVE_MARK = 'infinitivemark';
/** How far left of an infinitive its governing verb is looked for ("was forced by the court to"). */
const GOVERNOR_WORDS = 5;
/** Extra distance given to an infinitive found right of the expression. */
const RIGHT_INFINITIVE_PENALTY = 3;

/** Nearest cue in a stretch of text, measured in words from the expression. */
function nearest(stretch: string, fromEnd: boolean, maxWords = Infinity): Found | undefined {
  const folded = stretch.replace(FUTURE_PHRASE, ` ${PHRASE_MARK} `).replace(INFINITIVE, ` ${INFINITIVE_MARK} `);
  const words = folded.match(/[A-Za-z']+/g) ?? [];
  if (fromEnd) words.reverse();
  for (let k = 0; k < words.length && k < maxWords; k++) {
    if (words[k] === INFINITIVE_MARK) {
      // Looking left, the infinitive's own governor decides: after a past verb the event is later than that
      // verb but not necessarily after publication. Looking right, an infinitive is a plain look ahead.
      // Looking right, an infinitive is a weak cue ("has scheduled a news conference Thursday to announce"):
      // a verb on the left outweighs it ("fell 50 cents on Friday to rise later").
      if (!fromEnd) return { cue: 'future', distance: k + RIGHT_INFINITIVE_PENALTY };
      const governor = nearest(words.slice(k + 1, k + 1 + GOVERNOR_WORDS).reverse().join(' '), true);
      return { cue: governor?.cue === 'past' ? 'prospective' : 'future', distance: k };
    }
    // "would be held", "has been arrested", "is heard": a participle after "be" carries no tense, its auxiliary does.
    const prev = fromEnd ? words[k + 1] : words[k - 1];
    if (prev && /^(?:be|been|being|is|are|am)$/i.test(prev) && (/ed$/i.test(words[k]) || PAST_WORDS.has(words[k].toLowerCase()))) continue;
    // "next to the embassy", "next door": a preposition, not a look ahead.
    const following = fromEnd ? words[k - 1] : words[k + 1];
    if (/^next$/i.test(words[k]) && following && /^(?:to|door)$/i.test(following)) continue;
    // "the reduced dividend", "its revised forecast": an "-ed" word after a determiner is an adjective.
    if (prev && DETERMINER.test(prev) && /[a-z]ed$/i.test(words[k]) && !PAST_WORDS.has(words[k].toLowerCase())) continue;
    const c = words[k] === PHRASE_MARK ? 'future' : cueOf(words[k]);
    if (c) return { cue: c, distance: k };
  }
  return undefined;
}

/** Start of the clause holding position `at` (just after the last break before it). */
function clauseStart(sentence: string, at: number): number {
  let start = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (const m of sentence.matchAll(CLAUSE_BREAK)) {
    const i = m.index ?? 0;
    if (i >= at) break;
    start = i + m[0].length;
  }
  return start;
}

/** Is the clause holding position `at` a subordinate one, opened by "that", "which", "who", "when" …? */
function subordinateAt(sentence: string, at: number): boolean {
  let opener = '';
  CLAUSE_BREAK.lastIndex = 0;
  for (const m of sentence.matchAll(CLAUSE_BREAK)) {
    if ((m.index ?? 0) >= at) break;
    opener = m[0];
  }
  return /^[a-z]/i.test(opener);
}

/** End of the clause that starts after position `at`. */
function clauseEnd(sentence: string, at: number): number {
  CLAUSE_BREAK.lastIndex = 0;
  for (const m of sentence.matchAll(CLAUSE_BREAK)) {
    const i = m.index ?? 0;
    if (i >= at) return i;
  }
  return sentence.length;
}

/**
 * The tense of the clause holding the expression at [start, end) of `sentence`: the nearest tense cue
 * decides; cues to the left count first, then up to six words to the right. A deadline word ("by",
 * "until") just before the expression looks ahead. `undefined`: no cue at all.
 */
export function tenseAt(sentence: string, start: number, end = start): Reading | undefined {
  const left = sentence.slice(clauseStart(sentence, start), start);
  // A deadline right before the expression looks ahead: "by May", "until mid-November", "until 9 a.m. EST
  // Tuesday". Not "through": news uses it for spans up to a past date ("rose 5% this year through Oct. 19").
  // A past perfect puts the deadline in the past: "had filed reports by Wednesday", "Until Thursday, they had
  // not called him a suspect".
  if (DEADLINE_BEFORE.test(left)) {
    // The comma-free stretch around the expression: "The sale, which had been expected, is part of a plan to
    // pay down the loan by February" keeps its look ahead.
    const around = `${left.slice(left.lastIndexOf(',') + 1)} ${sentence.slice(end, clauseEnd(sentence, end)).replace(/^\s*,/, '').split(',')[0]}`;
    return PAST_PERFECT.test(around) ? 'past' : 'future';
  }
  // An announced effective date lies ahead: "a new labor pact effective June 1".
  if (/\beffective\s+$/i.test(left)) return 'future';
  const l = nearest(left, true);
  // A comma right after the expression ends its clause for tense purposes: "... in early March, an official
  // said" — the reporting verb does not date what is reported.
  let rest = sentence.slice(end, clauseEnd(sentence, end));
  // "and were planning to …", "and will …": a second verb phrase of the subject, not the expression's verb.
  const coordinated = /\s+and\s+(?:was|were|is|are|will|would|had|has|have)\b/i.exec(rest);
  if (coordinated) rest = rest.slice(0, coordinated.index);
  const right = l && /^\s*,/.test(rest) ? '' : rest;
  // A fronted time ("On Tuesday, the league plans to hold a news conference") is governed by the main verb,
  // which comes after the subject: look further right.
  const fronted = /^\s*(?:(?:on|in|by|late|early|and|but|then|also)\s+)*$/i.test(left);
  const r = nearest(right, false, fronted ? FRONTED_RIGHT_WORDS : RIGHT_WORDS);
  // Inside a subordinate clause whose own modal precedes the expression, a verb right after it belongs to
  // the outer clause: "his announcement that he would end his rule in September came after protests".
  if (l && r && l.cue === 'future' && !/[.!?]\s/.test(left) && subordinateAt(sentence, start)) return l.cue;
  if (l && r) return l.distance <= r.distance + 1 ? l.cue : r.cue;
  if (l || r) return (l ?? r)?.cue;
  // No tense cue at all: a deadline ("until 9 a.m. Tuesday", "by Friday") looks ahead.
  return /\b(?:until|till|by)\s+(?:\S+\s+){0,3}$/i.test(left.slice(-30)) ? 'future' : undefined;
}

/** Is the expression at [start, end) of `sentence` in a future clause? No cue at all: not future. */
export function futureAt(sentence: string, start: number, end = start): boolean {
  return tenseAt(sentence, start, end) === 'future';
}

/** Back-compatible name: the future reading of the expression starting at `at`. */
export function futureNear(sentence: string, at: number, end = at): boolean {
  return futureAt(sentence, at, end);
}

export function hasFutureCue(sentence: string): boolean {
  return sentence.replace(FUTURE_PHRASE, ` ${PHRASE_MARK} `).replace(INFINITIVE, ` ${PHRASE_MARK} `).split(/[^A-Za-z']+/).some((w) => w === PHRASE_MARK || cueOf(w) === 'future');
}
