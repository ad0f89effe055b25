// Pre-posed: 'X said (that) C.' / 'X told reporters on Monday: “C”' — the subject before the cue, the content
// after it (past an object, adjuncts and "that"). The last pattern: any cue with a subject ends here.
import { attribution, contentAfter, tokenSpan, type CuePattern } from '../attribution.js';

export const preposed: CuePattern = {
  name: 'preposed',
  match(c) {
    const subject = c.subject();
    if (!subject) return undefined;
    return attribution(c, tokenSpan(c.toks, subject.first, subject.last), contentAfter(c));
  },
};
