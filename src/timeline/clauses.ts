// Word-class rules for the timeline's own text choices, without a tagger: where a sentence's main verb is, whether
// a sentence opens on a word that needs the sentence before it, and whether it reports a plan rather than an event.
// Closed word lists and suffixes only: they err towards "no verb found", and callers then leave the text alone.

/** Auxiliaries and modals: always finite where they stand (a question's inversion is rare in news copy). */
const AUX = new Set(('is are was were am has have had will would can could may might must shall should does did do ' +
  "isn't aren't wasn't weren't hasn't haven't hadn't won't wouldn't can't cannot couldn't mustn't shouldn't doesn't didn't don't").split(' '));
/** Past forms of common irregular verbs (past participles that differ are left out: "fallen" is no finite verb). */
const IRREGULAR_PAST = new Set(('rose fell said told took made went came gave left began ran won lost hit struck became brought ' +
  'bought built caught chose drew drove fought found fled flew froze got grew held hid hurt kept knew laid led let met paid ' +
  'quit rode rang sank sat saw sent shook shot shut sang spoke spent spread stood stole stuck swore swept taught tore ' +
  'thought threw understood woke wore withdrew wrote overthrew sought sold meant dealt felt heard slid split stepped ' +
  'upheld undertook overtook forgave bore broke beat bit blew burst cast cost cut forbade hung lay lit rose sprang stank ' +
  'strove swung tore trod wept wound').split(' '));
/** Present forms of common verbs that do not end in -s after a plural subject, and the -s forms a noun never takes. */
const PRESENT = new Set(('says tells adds remains remain faces face plans plan wants want needs need hopes hope expects ' +
  'expect fears fear seeks seek vows vow warns warn urges urge denies deny rejects reject calls call fall falls rise rises ' +
  'dies die kills kill leaves leave begins begin ends end meets meet agrees agree refuses refuse admits admit goes go ' +
  'gets get takes take makes make gives give holds hold keeps keep loses lose wins win continues continue').split(' '));
/** Words ending in -ed that are no verbs. */
const NOT_VERB_ED = new Set('hundred red bed need speed seed feed indeed shed sled bred creed greed weed deed steed embed'.split(' '));
/** Words after which an -ed form or a present form is an adjective or a noun, not the clause's verb. */
const NOMINAL_BEFORE = new Set(('the a an this that these those his her its their our my your some any no every each of to ' +
  'for with by from in on at into about as newly recently widely so very most more less well ill long').split(' '));
/** Verbs whose meaning is a plan, an expectation or an ability: the verb after them is not (yet) an event. */
export const PLAN_WORDS = new Set(('expected expect expects plans plan planned planning intends intend intended aims aim ' +
  'aimed hopes hope hoped wants want wanted scheduled set due likely unlikely going poised preparing prepares ' +
  'considering considers proposed proposes proposing seeks seek sought threatens threatened threaten vows vowed vow ' +
  'promised promises pledged pledges trying tries tried attempting attempts attempted able unable ready willing ' +
  'refused refuses refuse failed fails decided decides agreed agrees offered offers wants asked urged called about').split(' '));
/** Words that turn a clause into its opposite or into a possibility. */
export const POLARITY_WORDS = new Set(("not n't never no nor neither cannot can't won't didn't doesn't don't isn't wasn't aren't " +
  "weren't hasn't haven't hadn't wouldn't couldn't shouldn't mustn't will would could may might should must").split(' '));
/** Words that open a clause inside a sentence: a verb after one belongs to that clause, not the main one. */
const CLAUSE_OPENERS = new Set('who which whom whose that when where while as after before because although though if unless until since whereas'.split(' '));

const lower = (w: string): string => w.toLowerCase().replace(/^[^\p{L}\p{N}']+|[^\p{L}\p{N}']+$/gu, '').replace(/’/g, "'");

/** Is the word a finite verb form on its own (an auxiliary, a modal, an irregular past)? */
function strongVerb(w: string): boolean {
  return AUX.has(w) || IRREGULAR_PAST.has(w);
}

/** Words of closed classes (and the like) that are never a clause's verb. */
const CLOSED = new Set(('and or but nor not also only just even still then there here now than so yet each both all ' +
  'in on at by to of from for with into onto about over under after before during since until near across through ' +
  'between among against along around behind beyond inside outside within without toward towards per via aboard ' +
  'the a an this that these those his her its their our my your some any no every who which whom whose what ' +
  'he she it they we i you him them us me one two three four five six seven eight nine ten more most less news').split(' '));
/** Words that begin what follows a verb: an object, a complement, a prepositional phrase. */
const AFTER_VERB = new Set(('the a an his her its their this that these those to on in at for with from over after into ' +
  'up out down off about against across through back each all some more new around it him them us me its').split(' '));

/** A regular past or a listed present form: a finite verb unless the word before makes it an adjective or noun. */
function weakVerb(w: string, before: string | undefined, after: string | undefined, beforeRaw: string, afterRaw: string): boolean {
  if (before !== undefined && (NOMINAL_BEFORE.has(before) || AUX.has(before))) return false;
  if (PRESENT.has(w)) return true;
  if (/^[a-z]{2,}ed$/.test(w)) return !NOT_VERB_ED.has(w);
  // A present form between a subject (a name or a plural noun) and what starts an object or a phrase: "Council
  // imposes sanctions", "EU governments approve a package", "Vessels gather at the site".
  if (before === undefined || after === undefined || CLOSED.has(w) || !/^[a-z]{3,}$/.test(w) || /(?:ly|ing|ss|us|is|ous|ness|ment|tion)$/.test(w)) return false;
  const subject = /^[A-Z]/.test(beforeRaw) || (/[a-z]s$/.test(before) && !CLOSED.has(before));
  return subject && !CLOSED.has(before) && (AFTER_VERB.has(after) || /^[A-Z\d]/.test(afterRaw));
}

/** A contracted auxiliary: "'re", "'ve", "'ll" always; "'s" and "'d" before "been", "not", a participle. */
function contracted(raw: string, next: string | undefined): boolean {
  if (/['’](?:re|ve|ll)$/i.test(raw)) return true;
  return /['’][sd]$/i.test(raw) && next !== undefined && /^(?:been|not|got|going|never|had|[a-z]{3,}(?:ed|ing))$/.test(next);
}

/**
 * Index of the main clause's finite verb among `words`, or -1 when the lists find none. The first verb-like word
 * wins, except an -ed form that a later verb of the same clause follows ("The number of people killed in the
 * collapse rose to 17": "killed" describes the people, "rose" is what happened). A word that ends a comma-separated
 * insertion or opens a subordinate clause closes the search for that later verb.
 */
export function mainVerbIndex(words: readonly string[]): number {
  const ws = words.map(lower);
  let pending = -1;
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    if (contracted(words[i]!, ws[i + 1])) return pending >= 0 ? pending : i;
    if (i === 0) continue;
    if (CLAUSE_OPENERS.has(w) && pending >= 0) return pending;
    // A relative clause between commas ("Castell, which built the bridge, said …") has its own verb.
    if (/^(?:who|which|whom|whose)$/.test(w) && /,$/.test(words[i - 1]!)) {
      const close = words.findIndex((x, k) => k > i && /,$/.test(x));
      if (close < 0) return pending;
      i = close;
      continue;
    }
    const strong = strongVerb(w) && !(w === 'let' && ws[i + 1] === 'alone');
    // A capitalised word inside the sentence is a name, whatever its ending ("Prime Minister Aurel Danvik").
    const weak = !strong && /^[a-z]/.test(words[i]!) && weakVerb(w, ws[i - 1], ws[i + 1], words[i - 1]!, words[i + 1] ?? '');
    if (!strong && !weak) {
      if (pending >= 0 && /[,;:]$/.test(words[i]!) && !/^[a-z]/.test(words[i + 1] ?? '')) return pending;
      continue;
    }
    // "leaked to the Courier and published on Tuesday": a participle coordinated with the pending one.
    if (pending >= 0 && !(weak && /ed$/.test(w) && /^(?:and|or)$/.test(ws[i - 1] ?? ''))) return i;
    if (pending >= 0) continue;
    // An -ed form after a noun, followed by a preposition or "by", reads as a reduced relative until the clause
    // shows no other verb.
    if (!strong && /ed$/.test(w) && /^(?:in|on|at|by|to|of|from|during|after|for|with|near|over|under|outside|inside|into|as|about|against)$/.test(ws[i + 1] ?? '')) {
      pending = i;
      continue;
    }
    return i;
  }
  return pending;
}

/** Pronouns that name nobody on their own at the start of a summary. */
const OPENING_PRONOUNS = new Set('he she it they his her its their him them this these those we'.split(' '));
/** Words that tie a sentence to the one before it. */
const CONNECTIVES = new Set(('but however meanwhile and yet still also instead nevertheless nonetheless moreover furthermore ' +
  'besides otherwise thus therefore hence so then again indeed likewise similarly accordingly').split(' '));

export type Opening = 'pronoun' | 'connective' | 'free';

/**
 * How a sentence opens: on a pronoun whose referent is in another sentence, on a connective that answers another
 * sentence, or free-standing. "This year" or "It is ..." with no antecedent both read as dependent; "That" as a
 * demonstrative pronoun too.
 */
export function opening(sentence: string): Opening {
  const first = lower(sentence.trimStart().replace(/^["“'‘(]+/, '').split(/\s+/, 1)[0] ?? '');
  const bareFirst = first.replace(/[,;:]$/, '');
  if (OPENING_PRONOUNS.has(bareFirst)) {
    // "This week", "These figures": a demonstrative before a noun names its own thing; "It" and "He" never do.
    if (/^th(?:is|ese|ose)$/.test(bareFirst)) {
      const next = lower(sentence.trimStart().split(/\s+/)[1] ?? '');
      if (/^(?:week|year|month|morning|afternoon|evening|weekend|time|season|summer|winter|spring|autumn)$/.test(next)) return 'free';
    }
    return 'pronoun';
  }
  if (CONNECTIVES.has(bareFirst)) return 'connective';
  return 'free';
}

/** A main verb that makes its clause a plan or an expectation: "will meet", "is expected to", "plans to", "is due to". */
const PROSPECTIVE = /^(?:will|shall|(?:is|are|was|were)\s+(?:to|(?:expected|scheduled|due|set|likely|poised|going)\s+to)|(?:plans?|planned|intends?|aims?|hopes?)\s+to)\b/i;
/**
 * What any match of PROSPECTIVE needs somewhere in the text (its words with any spaces between them): most
 * sentences have none of it, and are no plan whatever their main verb is, without finding that verb.
 */
const PROSPECTIVE_WORDS = /\b(?:will|shall|(?:is|are|was|were)\s+(?:to|(?:expected|scheduled|due|set|likely|poised|going)\s+to)|(?:plans?|planned|intends?|aims?|hopes?)\s+to)\b/i;
const QUOTED = /["“][^"“”]*["”]/g;
/** A verb of saying: the sentence reports a statement, which was made whatever it promises. */
const REPORTED = /\b(?:said|says|told|tells|stated|states|announced|announces|added|declared|insisted|warned|confirmed|according\s+to|in\s+a\s+statement)\b/i;

/**
 * Does the sentence report a plan or an expectation rather than what happened: is its main verb, outside quotation
 * marks, a future or a plan ("Danvik is expected to visit Port Alder on Thursday")? A plan reported inside a
 * statement ("officials said the bridge will reopen") is a statement that was made, and is not counted.
 */
export function isProspective(sentence: string): boolean {
  const text = sentence.replace(QUOTED, ' ');
  // "Canada will keep pushing for their release, Champagne said on Friday": the day's event is the statement.
  if (REPORTED.test(text) || !PROSPECTIVE_WORDS.test(text)) return false;
  const ws = text.split(/\s+/).filter(Boolean);
  const v = mainVerbIndex(ws);
  return v >= 0 && PROSPECTIVE.test(ws.slice(v, v + 3).join(' '));
}
