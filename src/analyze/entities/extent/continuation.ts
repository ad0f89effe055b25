// The tagger decodes greedily and sometimes ends a name one word early ("New [York]", "Northrop [Grumman]",
// "McDonnell [Douglas]", "United [States] Air Force"): its weights score the next word as the inside of a name of
// another kind, which the BIO rule forbids, so it falls back to O. A capitalised word glued to the end of a name
// by one space that is itself no common word continues that name.
import type { EntityKind } from '../../../types.js';
import type { Token } from '../tokens.js';
import { spaced } from './span.js';
import { isPersonRole } from './words.js';

/**
 * Capitalised words that follow names without being part of them: days and months (not May, a common surname:
 * "Theresa May").
 */
const NEVER_CONTINUES = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December)$/;

/**
 * Extends each span to the right over capitalised words the tagger left out (tagged O): each must follow the
 * span after exactly one space, be written as a name (a capital then lower case) and seldom in lower case
 * (`isNameWord`), and not be a day, a month or a title ("President"). A day or a month the tagger put at the
 * end of a longer name is cut off. A new array is returned.
 */
export function continueNames<T extends { kind: EntityKind; from: number; to: number }>(text: string, tokens: Token[],
  spans: T[], tagged: (i: number) => boolean, isNameWord: (word: string) => boolean): T[] {
  return spans.map((s) => {
    let to = s.to;
    // only after a word ("O' [Leary]" and "Computer's [Mac]" are left to the rules that know apostrophes)
    while (to < tokens.length && !tagged(to) && /^[\p{L}\p{N}.-]*\p{L}$/u.test(tokens[to - 1]!.text) && spaced(text, tokens[to - 1]!, tokens[to]!)) {
      const w = tokens[to]!.text;
      if (!/^\p{Lu}\p{Ll}+$/u.test(w) || NEVER_CONTINUES.test(w) || isPersonRole(w) || !isNameWord(w)) break;
      // the first half of a hyphenated name belongs with the rest ("Foreign Affairs [Francois-Philippe Champagne]")
      const next = tokens[to + 1];
      if (next && /^[-‐]$/.test(next.text) && !spaced(text, tokens[to]!, next)) break;
      to++;
    }
    // nor does a name of several words end with one ("[Boeing Tuesday] said", "President [Obama Monday]")
    while (to - s.from > 1 && NEVER_CONTINUES.test(tokens[to - 1]!.text)) to--;
    return to === s.to ? s : { ...s, to };
  });
}
