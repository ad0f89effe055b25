// Post-posed: 'C, X said.' / '“C,” X said during a news conference.' — a comma, dash or quotation just
// before the subject, and nothing but adjuncts after the cue. The content is the quotation or the clause before
// the subject. Not read so: a fronted adjunct ('On Saturday, X called on Y'), or a clause after the cue
// ('Asked about it, X says it is hard'), which the pre-posed pattern takes instead.
import { attribution, contentBefore, tokenSpan, type CuePattern } from '../attribution.js';
import { CLAUSE_BEGUN, PRONOUN_SUBJECTS } from '../lexicon.js';
import { contentEnd } from '../phrases.js';
import { adjunctBefore } from '../subject.js';

/** Words that open an adjunct after a post-posed cue: '“C,” X said during a news conference'. */
const TAIL_START = new Set(['during', 'in', 'on', 'at', 'after', 'before', 'while', 'when', 'as', ',', '.', 'to', 'from', 'via', 'with', 'of']);

/** A word before a quotation that makes it a title: a preposition or a possessive ('on “Meet the Press”', 'CBS's “…”'). */
const TITLE_LEAD = /^(?:on|in|of|at|to|from|during|by|with|for)$|['’]s$/;

export const postposed: CuePattern = {
  name: 'postposed',
  match(c) {
    const subject = c.subject();
    if (!subject || subject.first === 0) return undefined;
    const { toks, after } = c;
    const mark = subject.first - 1;
    const preceding = toks[mark]!;
    if (!(preceding.quote || (mark >= 1 && (preceding.low === ',' || preceding.low === '—')))) return undefined;
    // 'In an interview on CBS's “Face the Nation,” X said …': a quotation a preposition or a possessive leads
    // into is the title of a show or a paper, part of a fronted adjunct, not words X said
    if (preceding.quote && mark >= 1 && TITLE_LEAD.test(toks[mark - 1]!.low)) return undefined;
    // the tail ends where a participle cue continues the speaker: '“C,” he said, adding that D'
    const tail = toks.slice(after, contentEnd(toks, after)).filter((t) => t.word || t.quote);
    // a quotation closed by a comma ('“C,” X said as …') wants its speaker next: a tail only adds circumstances
    const open = preceding.quote !== undefined && /[,—–]\s*$/.test(c.text.slice(preceding.quote.innerStart, preceding.quote.innerEnd)) &&
      !(tail.length > 0 && tail[0] === toks[after] && (tail[0]!.quote || tail[0]!.low === 'that' || toks[after]?.low === ':'));
    if (open) return attribution(c, tokenSpan(toks, subject.first, subject.last), contentBefore(c, mark));
    if (tail.some((t) => t.quote || t.low === 'that' || t.low === ':')) return undefined;
    // a tail opening with a subject pronoun is the content clause itself: 'Asked about it, X says it is hard'
    const tailIsClause = tail.length > 1 && tail[0] === toks[after] && !preceding.quote &&
      (PRONOUN_SUBJECTS.has(tail[0]!.low) || tail.slice(1, 4).some((t) => CLAUSE_BEGUN.has(t.low)));
    if (tailIsClause) return undefined;
    if (!(tail.length <= 6 || preceding.quote !== undefined || TAIL_START.has(toks[after]?.low ?? ''))) return undefined;
    if (adjunctBefore(toks, mark)) return undefined;
    return attribution(c, tokenSpan(toks, subject.first, subject.last), contentBefore(c, mark));
  },
};
