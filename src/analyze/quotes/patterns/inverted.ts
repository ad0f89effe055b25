// Inverted post-posed: '“C,” said X.' / 'C, said X.' — the cue comes right after a comma, dash or quotation
// and its subject follows it. The content is the quotation or the clause before the cue.
import { attribution, contentBefore, tokenSpan, type CuePattern } from '../attribution.js';
import { CUE_WORDS } from '../cues.js';
import { NP_BOUNDARY, PRONOUN_SUBJECTS } from '../lexicon.js';
import { npRight } from '../phrases.js';

/** Cues whose next noun phrase is their object, never an inverted subject: '“C,” X told CNN'. */
const OBJECT_CUES = new Set(['told', 'tells', 'urged', 'accused', 'called', 'calls', 'thanked', 'praised', 'criticized', 'endorsed']);

/** Lower-case words that may open an inverted subject: 'said the minister', 'said one official'. */
const SUBJECT_START = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'the', 'a', 'an', 'one', 'another', 'his', 'her', 'their', 'its',
  'several', 'many', 'some', 'most', 'two', 'three', 'both', 'other', 'others', 'few']);

/**
 * What may follow the inverted subject: the unit end, punctuation, an adjunct, a second cue, or the affiliation
 * the name phrase stops before ('said Del. Stacey Plaskett of the Virgin Islands').
 */
const AFTER_SUBJECT = new Set([',', '.', ';', '!', '?', 'in', 'on', 'at', 'during', 'who', 'after', 'before', 'when', '—', 'as',
  'adding', 'according', 'of', 'from']);

const CALENDAR_WORDS = /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tonight|yesterday|january|february|march|april|may|june|july|august|september|october|november|december)$/;

export const inverted: CuePattern = {
  name: 'inverted',
  match(c) {
    const { toks, g, before, cue, after } = c;
    if (!before || !(before.low === ',' || before.quote || before.low === '—')) return undefined;
    if (cue.low.endsWith('ing') || OBJECT_CUES.has(cue.low)) return undefined;
    const next = toks[after];
    // 'X, R-Ky., said Tuesday': a day or month after the cue is when, never who
    if (!next?.word || CUE_WORDS.has(next.low) || CALENDAR_WORDS.test(next.low)) return undefined;
    // '“C,” said former secretary of state X': after a quotation any noun phrase may follow the cue
    const afterQuote = before.quote !== undefined || toks[g - 1]?.quote !== undefined;
    if (!(next.cap || (SUBJECT_START.has(next.low) && !PRONOUN_SUBJECTS.has(next.low)) || (afterQuote && !NP_BOUNDARY.has(next.low)))) {
      return undefined;
    }
    // 'One of the attorneys, Justin Bamberg, said the videos show …': a subject in apposition before the cue
    // makes it a plain 'X said C', whatever noun phrase follows
    if (!afterQuote && c.subject()) return undefined;
    const npEnd = npRight(toks, after);
    const end = toks[npEnd];
    if (npEnd === after || !(end === undefined || AFTER_SUBJECT.has(end.low) || end.quote !== undefined)) return undefined;
    return attribution(c, tokenSpan(toks, after, npEnd - 1), contentBefore(c, g));
  },
};
