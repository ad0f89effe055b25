// Pre-posed: 'X said (that) C.' / 'X told reporters on Monday: “C”' — the subject before the cue, the content
// after it (past an object, adjuncts and "that"). The last pattern: any cue with a subject ends here.
// A cue in a relative clause between commas ('Meng, who denies any wrongdoing, is facing …') says only what
// the clause holds: its content ends at the comma that closes the clause, not at the unit end.
import { attribution, contentAfter, contentOf, tokenSpan, type CuePattern } from '../attribution.js';
import { contentEnd, contentStart } from '../phrases.js';

export const preposed: CuePattern = {
  name: 'preposed',
  match(c) {
    const subject = c.subject();
    if (!subject) return undefined;
    const { toks } = c;
    const speaker = tokenSpan(toks, subject.first, subject.last);
    const relative = (toks[subject.last]!.low === 'who' || toks[subject.last]!.low === 'which') && toks[subject.last - 1]?.low === ',';
    if (!relative) return attribution(c, speaker, contentAfter(c));
    const from = contentStart(toks, c.after, toks.length);
    let end = contentEnd(toks, from);
    for (let k = from; k < end; k++) {
      if (toks[k]!.low === ',' || toks[k]!.low === '—') {
        end = k;
        break;
      }
    }
    return attribution(c, speaker, contentOf(c, from, end));
  },
};
