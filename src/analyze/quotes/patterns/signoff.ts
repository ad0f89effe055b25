// A sign-off: '“C” ― Sonya Herridge' / '“C” — Jane Doe, a teacher in Texas.' — a unit that is a quotation, a
// dash and a name (with, after a comma, a title), and nothing else: readers' and interviewees' words as
// magazines list them. The name is taken as written; a title after the comma is not part of it.
import type { UnitPattern } from '../attribution.js';
import { CUE_WORDS } from '../cues.js';

const DASHES = new Set(['―', '—', '–']);

export const signoff: UnitPattern = {
  name: 'signoff',
  match({ text, toks }) {
    const q = toks[0];
    if (!q?.quote || !DASHES.has(toks[1]?.low ?? '') || !toks[2]?.cap) return undefined;
    if (/\n/.test(text.slice(q.end, toks[2].start))) return undefined;
    // the name: capitalised words, initials with their stops ('Edwin G. Monroy')
    let k = 2;
    while (k < toks.length && (toks[k]!.cap || (toks[k]!.low === '.' && toks[k - 1]!.cap && toks[k + 1]?.cap))) k++;
    if (k - 2 > 6) return undefined;
    const rest = toks.slice(k);
    // a full stop may close the line; a comma opens a title; anything else is a sentence, not a sign-off
    if (rest.length > 0 && !(rest.length === 1 && rest[0]!.low === '.') && rest[0]!.low !== ',') return undefined;
    if (rest.some((t) => t.quote || (t.word && CUE_WORDS.has(t.low)))) return undefined;
    return { speakerStart: toks[2].start, speakerEnd: toks[k - 1]!.end, cue: toks[1]!, cueEnd: toks[1]!.end,
      content: [[q.quote.innerStart, q.quote.innerEnd]], direct: true };
  },
};
