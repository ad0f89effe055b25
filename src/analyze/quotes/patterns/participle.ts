// A participle cue with no subject: '…, saying C'. It continues the unit's earlier speaker, else the subject
// of its clause or the unit's first named subject; the content runs to the unit end. PolNeAR annotates it
// as an attribution of its own, so it is kept apart from the one it continues.
import { attribution, contentAfter, type CuePattern } from '../attribution.js';
import { clauseSubject, firstSubject } from '../subject.js';

export const participle: CuePattern = {
  name: 'participle',
  match(c) {
    const { toks, g, before, cue } = c;
    if (!cue.low.endsWith('ing') || before?.low !== ',' || c.subject()) return undefined;
    const prev = c.found[c.found.length - 1];
    const speaker = prev?.speakerStart !== undefined ? [prev.speakerStart, prev.speakerEnd!] as const
      : clauseSubject(toks, g) ?? firstSubject(toks, g);
    return attribution(c, speaker, contentAfter(c, true));
  },
};
