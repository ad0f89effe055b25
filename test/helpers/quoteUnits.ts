// One text as one quote unit, for tests that try a single attribution pattern on a single cue.
import { cueContext, type Attribution, type CueContext, type UnitContext } from '../../src/analyze/quotes/attribution.js';
import { findQuotations } from '../../src/analyze/quotes/quotations.js';
import { tokenize } from '../../src/analyze/quotes/tokens.js';

export function unitOf(text: string, found: Attribution[] = []): UnitContext {
  return { text, toks: tokenize(text, 0, text.length, findQuotations(text), 0), found };
}

/** The context of the first token spelled `word` (lower case) that is a cue; throws when there is none. */
export function cueIn(text: string, word: string, found: Attribution[] = []): CueContext {
  const unit = unitOf(text, found);
  for (let i = 0; i < unit.toks.length; i++) {
    const c = unit.toks[i]!.low === word ? cueContext(unit, i) : undefined;
    if (c) return c;
  }
  throw new Error(`no cue "${word}" in ${JSON.stringify(text)}`);
}

/** An attribution as text: the speaker phrase, the content pieces and whether it is direct speech. */
export function readable(text: string, a: Attribution | undefined) {
  if (!a) return undefined;
  return {
    speaker: a.speakerStart === undefined ? undefined : text.slice(a.speakerStart, a.speakerEnd),
    content: a.content.map(([s, e]) => text.slice(s, e)),
    direct: a.direct,
  };
}
