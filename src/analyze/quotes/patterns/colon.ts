// 'Name Surname: C' — a headline or line that gives a speaker, a colon and what they said. Tried on the whole
// unit before any cue word; when it fires, the unit's cue words are not looked at.
// A transcript line ('PENCE: Well, look, …') is the same layout with the speaker's tag in capitals, often
// inside a quotation that opens the paragraph ('"WALLACE: If I may, sir, …'); extract.ts keeps such a line
// when its tag opens other paragraphs too (transcriptTag below), as the speakers of a transcript do.
import type { Attribution, UnitPattern } from '../attribution.js';
import { CUE_WORDS } from '../cues.js';
import { contentSpan } from '../phrases.js';
import type { Tok } from '../tokens.js';

/** Labels that open a line with a colon but name no speaker. */
const NOT_SPEAKER = new Set(['update', 'watch', 'note', 'editor', 'photo', 'video', 'read', 'related', 'source',
  'sources', 'breaking', 'exclusive', 'live', 'listen', 'correction', 'warning', 'question', 'answer', 'q', 'a',
  'analysis', 'opinion', 'poll', 'report', 'the', 'here', 'why', 'what', 'how', 'when', 'who']);

/** A speaker tag in capitals and its colon at the start of a line: 'PENCE: ', 'JAKE TAPPER: '. */
const TAG = /^(\p{Lu}[\p{Lu}.'’-]+(?: \p{Lu}[\p{Lu}.'’-]+){0,3}):[ \t]/u;

/** True when text[start, end) is a capitals tag that opens at least two paragraphs of the text (a transcript). */
export function transcriptTag(text: string, start: number, end: number): boolean {
  const tag = text.slice(start, end);
  if (!TAG.test(`${tag}: `) || NOT_SPEAKER.has(tag.toLowerCase())) return false;
  // Only syntax characters may be escaped under the u flag (O\'REILLY is an invalid pattern there).
  const lead = new RegExp(`(?:^|\\n)[ \\t]*["“]?${tag.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:`, 'gu');
  return (text.match(lead) ?? []).length >= 2;
}

/** '"WALLACE: If I may, …': a tag at the start of a quotation that opens the unit and runs to its end. */
function quotedTag(text: string, toks: Tok[]): Attribution | undefined {
  const q = toks[0]?.quote;
  if (!q || toks.length !== 1) return undefined;
  const m = TAG.exec(text.slice(q.innerStart, q.innerEnd));
  if (!m) return undefined;
  const colonAt = q.innerStart + m[1]!.length;
  const cue: Tok = { start: colonAt, end: colonAt + 1, low: ':', word: false, cap: false };
  let s = colonAt + 1;
  while (s < q.innerEnd && /\s/.test(text[s]!)) s++;
  if (s >= q.innerEnd) return undefined;
  return { speakerStart: q.innerStart, speakerEnd: colonAt, cue, cueEnd: colonAt + 1, content: [[s, q.innerEnd]], direct: true };
}

export const colon: UnitPattern = {
  name: 'colon',
  match({ text, toks }) {
    const quoted = quotedTag(text, toks);
    if (quoted) return quoted;
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
