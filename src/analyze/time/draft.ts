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
  /**
   * A month, day-month or season without a year, resolved from publication by the reading tense gave it: the
   * document pass may move it to the time a narrative is talking about (see narrative.ts).
   */
  yearless?: 'past' | 'future' | 'nearest';
  /** "the day before", "that year", "the following month": resolved against the previous date in the document. */
  relative?: { unit: 'day' | 'month' | 'year'; offset: number };
}

const PREFIX = 'chronicle:';

// chrono can add tags but not remove them, so each draft tag carries a generation number
// ("chronicle:3:{...}") and the highest one is the current draft.
function generation(tag: string): number {
  let gen = 0;
  for (let i = PREFIX.length; i < tag.length; i++) {
    const c = tag.charCodeAt(i) - 48;
    if (c < 0 || c > 9) break;
    gen = gen * 10 + c;
  }
  return gen;
}

/** The current draft tag among `tags`, the one with the highest generation. */
function latest(tags: Iterable<string>, best?: { gen: number; tag: string }): { gen: number; tag: string } | undefined {
  for (const tag of tags) {
    if (!tag.startsWith(PREFIX)) continue;
    const gen = generation(tag);
    if (!best || gen > best.gen) best = { gen, tag };
  }
  return best;
}

/**
 * A component's own tag set, read in place: tags() copies it, and ParsingResult.tags() copies the copies; the
 * refiners read drafts of every result several times. Falls back to tags() should chrono rename its field.
 */
function ownTags(c: { tags(): Set<string> }): Set<string> {
  return (c as unknown as { _tags?: Set<string> })._tags ?? c.tags();
}

/** A result's draft tags, which are the union of its parts' tags (a component's: its own). */
function latestOf(r: DraftCarrier): { gen: number; tag: string } | undefined {
  if (!r.start) return latest(ownTags(r));
  const best = latest(ownTags(r.start));
  return r.end ? latest(ownTags(r.end), best) : best;
}

interface DraftCarrier {
  tags(): Set<string>;
  start?: { tags(): Set<string> };
  end?: { tags(): Set<string> } | null;
}

/** Parsed drafts by their tag: refiners read drafts many times and most values repeat. */
const PARSED = new Map<string, TimexDraft>();
const PARSED_LIMIT = 5000;

/** The current draft (shared and frozen: copy it before changing, then setDraft the copy). */
export function getDraft(r: DraftCarrier): TimexDraft | undefined {
  const t = latestOf(r);
  if (!t) return undefined;
  // Keyed by the tag string itself: the same string object comes back from the tag set each time, and
  // V8 keeps its hash, so a lookup does not rehash the JSON.
  let d = PARSED.get(t.tag);
  if (!d) {
    if (PARSED.size >= PARSED_LIMIT) PARSED.clear();
    d = Object.freeze(JSON.parse(t.tag.slice(t.tag.indexOf(':', PREFIX.length) + 1)) as TimexDraft);
    PARSED.set(t.tag, d);
  }
  return d;
}

export function setDraft(r: ParsingResult, draft: TimexDraft): ParsingResult {
  const gen = (latestOf(r)?.gen ?? 0) + 1;
  r.addTag(`${PREFIX}${gen}:${JSON.stringify(draft)}`);
  return r;
}
