// What our parsers and refiners know about a time expression, carried on chrono results as a tag so that
// it survives chrono's own refiners (merges copy tags from both sides).
import type { ParsingResult } from 'chrono-node';
import type { Granularity, TimexType } from '../../types.js';

/** Parts that can only be resolved once the sentence's tense is known (see pastLeaningRefiner). */
export type Pending =
  | { kind: 'weekday'; weekday: number; partOfDay?: string }
  | { kind: 'month'; month: number }
  | { kind: 'monthDay'; month: number; day: number }
  | { kind: 'quarter'; quarter: number }
  | { kind: 'season'; season: string };

export interface TimexDraft {
  type: TimexType;
  /** Final TIMEX3 value; absent while `pending` or `relative` is set. */
  value?: string;
  granularity: Granularity;
  anchoredTo: 'publication' | 'previous' | 'none';
  pending?: Pending;
  /** "the day before": resolved against the previous date in the document. */
  relative?: { unit: 'day'; offset: number };
}

const PREFIX = 'chronicle:';

// chrono can add tags but not remove them, so each draft tag carries a generation number
// ("chronicle:3:{...}") and the highest one is the current draft.
function latest(tags: Set<string>): { gen: number; json: string } | undefined {
  let best: { gen: number; json: string } | undefined;
  for (const tag of tags) {
    if (!tag.startsWith(PREFIX)) continue;
    const colon = tag.indexOf(':', PREFIX.length);
    const gen = Number(tag.slice(PREFIX.length, colon));
    if (!best || gen > best.gen) best = { gen, json: tag.slice(colon + 1) };
  }
  return best;
}

/** Parsed drafts by their JSON: refiners read drafts many times and most values repeat. */
const PARSED = new Map<string, TimexDraft>();
const PARSED_LIMIT = 5000;

/** The current draft (shared and frozen: copy it before changing, then setDraft the copy). */
export function getDraft(r: { tags(): Set<string> }): TimexDraft | undefined {
  const t = latest(r.tags());
  if (!t) return undefined;
  let d = PARSED.get(t.json);
  if (!d) {
    if (PARSED.size >= PARSED_LIMIT) PARSED.clear();
    d = Object.freeze(JSON.parse(t.json) as TimexDraft);
    PARSED.set(t.json, d);
  }
  return d;
}

export function setDraft(r: ParsingResult, draft: TimexDraft): ParsingResult {
  const gen = (latest(r.tags())?.gen ?? 0) + 1;
  r.addTag(`${PREFIX}${gen}:${JSON.stringify(draft)}`);
  return r;
}
