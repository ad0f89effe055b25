// Resolving a speaker mention to an entity of the document.
//   A mention overlapping an entity (PERSON or ORG): that entity (the one nearest the cue).
//   he / she: the most recent PERSON before the mention whose title or first name is not of the other gender
//   (gender.ts); it: the most recent ORG.
//   A role noun ("the spokesman", "Canada's top diplomat"): the most recent PERSON.
//   An organisation noun ("the department"): the most recent ORG whose name holds that noun, else the
//   most recent ORG inside an earlier speaker mention, else the most recent ORG. Entities inside quotations are skipped as antecedents (they are what was said).
import type { EntityMention } from '../../types.js';
import { ORG_HEADS, PERSON_HEADS } from './lexicon.js';
import type { Quotation } from './quotations.js';
import { nameGender } from './gender.js';

function insideQuote(e: EntityMention, quotes: Quotation[]): boolean {
  // binary search for the last quotation opening before e.start
  let lo = 0;
  let hi = quotes.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid]!.open <= e.start) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best >= 0 && quotes[best]!.close >= e.end;
}

/** The latest entity ending before `before` that passes `ok`: `entities` sorted by end; looks back at most 400 mentions. */
function mostRecent(entities: EntityMention[], before: number, ok: (e: EntityMention) => boolean, quotes: Quotation[]): EntityMention | undefined {
  let lo = 0;
  let hi = entities.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (entities[mid]!.end <= before) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0 && i >= lo - 400; i--) {
    const e = entities[i]!;
    if (ok(e) && !insideQuote(e, quotes)) return e;
  }
  return undefined;
}

/** `entities` must be sorted by end offset. */
export function resolveSpeaker(text: string, start: number, end: number, entities: EntityMention[], quotes: Quotation[],
  earlierSpeakers: Array<[number, number]> = []): string | undefined {
  let overlapping: EntityMention | undefined;
  let lo = 0;
  let hi = entities.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (entities[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  // sorted by end: overlapping mentions end within [start, end + longest mention)
  for (let i = lo; i < entities.length && entities[i]!.end <= end + 200; i++) {
    const e = entities[i]!;
    if (e.kind === 'PLACE' || e.end <= start || e.start >= end) continue;
    if (!overlapping || e.end > overlapping.end) overlapping = e;
  }
  if (overlapping) return overlapping.name;
  const mention = text.slice(start, end).trim();
  const low = mention.toLowerCase();
  if (low === 'he' || low === 'she') {
    // skip people whose title or first name says the other gender ("she" after "Bill Clinton" → "Hillary Clinton")
    const other = low === 'he' ? 'f' : 'm';
    return mostRecent(entities, start, (e) => e.kind === 'PERSON' && nameGender(e.text) !== other && nameGender(e.name) !== other, quotes)?.name;
  }
  if (low === 'it') return mostRecent(entities, start, (e) => e.kind === 'ORG', quotes)?.name;
  const words = low.split(/[^\p{L}]+/u).filter((w) => w.length > 0);
  const head = words[words.length - 1];
  if (!head || words.length > 6) return undefined;
  const plural = head.endsWith('s') && !head.endsWith('ss');
  if (!plural && PERSON_HEADS.has(head)) return mostRecent(entities, start, (e) => e.kind === 'PERSON', quotes)?.name;
  if (!plural && ORG_HEADS.has(head)) {
    const named = mostRecent(entities, start, (e) => e.kind === 'ORG' && e.name.toLowerCase().includes(head), quotes);
    // an organisation that was itself a speaker earlier ("a summary released by Global Affairs Canada said")
    const spoke = mostRecent(entities, start, (e) => e.kind === 'ORG' && earlierSpeakers.some(([s, t]) => e.start >= s && e.end <= t), quotes);
    return (named ?? spoke ?? mostRecent(entities, start, (e) => e.kind === 'ORG', quotes))?.name;
  }
  return undefined;
}
