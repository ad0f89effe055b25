// Quotes: direct speech in quotation marks with a speech verb and speaker next to it.
import type { EntityMention, Quote, Sentence } from '../types.js';

const CUE = /\b(said|says|told|added|stated|announced|asked|warned)\b/;

export function extractQuotes(text: string, sentences: Sentence[], entities: EntityMention[]): Quote[] {
  const out: Quote[] = [];
  const QUOTED = /["“]([^"”]{10,}?)["”]/g;
  for (const s of sentences) {
    const body = text.slice(s.start, s.end);
    QUOTED.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = QUOTED.exec(body)) !== null) {
      const cue = CUE.exec(body);
      const start = s.start + m.index + 1;
      const q: Quote = { text: m[1]!, start, end: start + m[1]!.length, direct: true };
      if (cue) q.cue = cue[1]!;
      const speaker = entities.find((e) => e.kind !== 'PLACE' && e.start >= s.start && e.end <= s.end &&
        (e.end <= start - 1 || e.start >= start + m![1]!.length));
      if (speaker) {
        q.speaker = speaker.name;
        q.speakerText = speaker.text;
        q.speakerStart = speaker.start;
        q.speakerEnd = speaker.end;
      }
      out.push(q);
    }
  }
  return out;
}
