// A cue coordinated with an earlier verb: 'McConnell was quick to embrace him and said C'. With no subject
// right before "and"/"but" + cue, the speaker is the unit's earlier speaker or the subject of its clause.
import { attribution, contentAfter, type CuePattern } from '../attribution.js';
import { clauseSubject } from '../subject.js';

export const coordinated: CuePattern = {
  name: 'coordinated',
  match(c) {
    const { toks, g, cue } = c;
    if (g <= 0 || (toks[g]!.low !== 'and' && toks[g]!.low !== 'but') || cue.low.endsWith('ing') || c.subject()) return undefined;
    const prev = c.found[c.found.length - 1];
    const speaker = prev?.speakerStart !== undefined ? [prev.speakerStart, prev.speakerEnd!] as const : clauseSubject(toks, g);
    if (!speaker) return undefined;
    return attribution(c, speaker, contentAfter(c));
  },
};
