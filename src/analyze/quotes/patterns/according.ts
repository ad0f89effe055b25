// "According to X, C." / "C, according to X." The speaker is the noun phrase after "to"; the content is what
// stands before the cue group, or, when the unit opens with the cue, what follows the speaker.
import { attribution, contentOf, tokenSpan, type CuePattern } from '../attribution.js';
import { npRight } from '../phrases.js';

export const according: CuePattern = {
  name: 'according',
  match(c) {
    if (c.cue.low !== 'according') return undefined;
    const { toks, g, after } = c;
    const npEnd = npRight(toks, after);
    // "according to" with no phrase after it attributes nothing, and no other reading of it is tried
    if (npEnd === after) return attribution(c, undefined, { content: [], direct: false });
    const opensUnit = g < 0 || (g === 0 && !toks[0]!.word);
    const content = opensUnit ? contentOf(c, npEnd, toks.length) : contentOf(c, 0, g + 1);
    return attribution(c, tokenSpan(toks, after, npEnd - 1), content);
  },
};
