// 'Name Surname: C' — a headline or line that gives a speaker, a colon and what they said. Tried on the whole
// unit before any cue word; when it fires, the unit's cue words are not looked at.
import type { UnitPattern } from '../attribution.js';
import { CUE_WORDS } from '../cues.js';
import { contentSpan } from '../phrases.js';

/** Labels that open a line with a colon but name no speaker. */
const NOT_SPEAKER = new Set(['update', 'watch', 'note', 'editor', 'photo', 'video', 'read', 'related', 'source',
  'sources', 'breaking', 'exclusive', 'live', 'listen', 'correction', 'warning', 'question', 'answer', 'q', 'a',
  'analysis', 'opinion', 'poll', 'report', 'the', 'here', 'why', 'what', 'how', 'when', 'who']);

export const colon: UnitPattern = {
  name: 'colon',
  match({ text, toks }) {
    // up to six capitalised words (abbreviation stops allowed) and then the colon
    let k = 0;
    while (k < toks.length && k < 6 && (toks[k]!.cap || (k > 0 && toks[k]!.low === '.'))) k++;
    if (k === 0 || toks[k]?.low !== ':' || k + 1 >= toks.length) return undefined;
    if (NOT_SPEAKER.has(toks[0]!.low) || CUE_WORDS.has(toks[0]!.low)) return undefined;
    const content = contentSpan(text, toks, k + 1, toks.length);
    if (content.length === 0) return undefined;
    return { speakerStart: toks[0]!.start, speakerEnd: toks[k - 1]!.end, cue: toks[k]!, cueEnd: toks[k]!.end, content,
      direct: toks.length === k + 2 && toks[k + 1]!.quote !== undefined };
  },
};
