// Entities in a wire dateline ("KESSEL FORD, Veloria (VNS) —", "WASHINGTON (Reuters) -"). The tagger is not run
// inside a dateline (src/analyze/dateline.ts finds it): an all-caps place looks like nothing it was trained on
// and comes out as two people or a company. The dateline has a fixed structure instead: one or more places
// separated by commas, an optional month-day stamp, an optional agency in brackets, a dash. As in CoNLL and ACE
// annotation, the places are PLACE mentions and the agency is an ORG mention.
import type { EntityMention } from '../../types.js';

/** A place segment: one to four capitalised words ("KESSEL FORD", "Veloria", "ST. LOUIS", "N.J."). */
const PLACE_SEGMENT = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}$/u;
/** A month-day stamp segment ("Aug. 25", "March 3"): not a place. */
const STAMP_SEGMENT = /^\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}$/u;
/** Agency in brackets at the end of the dateline, PTB brackets too. */
const AGENCY_END = /(?:\(|-LRB-)\s*([^()]*?)\s*(?:\)|-RRB-)\s*$/;
const DASH_END = /\s*(?:--?|—|–)\s*$/;

/** Title case for a word written in capitals ("KESSEL" → "Kessel", "ST." → "St."); other words unchanged. */
function titleWord(w: string): string {
  // Short capitals stay ("US", "UK") unless abbreviated with a period ("ST." → "St.").
  const letters = w.replace(/[^\p{L}]/gu, '').length;
  if (w !== w.toUpperCase() || letters < 2 || (letters < 3 && !w.endsWith('.'))) return w;
  return w.split(/([-'’])/).map((p) => (p.length > 0 ? p[0]! + p.slice(1).toLowerCase() : p)).join('');
}

/**
 * Mentions of the dateline text[start, end): its places (PLACE) and its agency (ORG). Returns undefined when
 * the part before the agency is not a plain list of places (a headline fused into the dateline), so the caller
 * tags that text as ordinary prose.
 */
export function datelineMentions(text: string, start: number, end: number): EntityMention[] | undefined {
  let body = text.slice(start, end);
  const dash = DASH_END.exec(body);
  if (dash) body = body.slice(0, dash.index);
  const out: EntityMention[] = [];
  const agency = AGENCY_END.exec(body);
  if (agency) {
    const name = agency[1]!;
    if (/^\p{Lu}/u.test(name)) {
      const at = start + agency.index + agency[0].indexOf(name);
      out.push({ kind: 'ORG', name, start: at, end: at + name.length, text: name });
    }
    body = body.slice(0, agency.index);
  }
  let offset = 0;
  // "AP NEW ORLEANS --": the agency first, in capitals, as some wires write it.
  const ap = /^AP\s+/.exec(body);
  if (ap) {
    out.push({ kind: 'ORG', name: 'AP', start, end: start + 2, text: 'AP' });
    offset = ap[0].length;
  }
  const places: EntityMention[] = [];
  for (const part of body.slice(offset).split(',')) {
    const lead = part.length - part.trimStart().length;
    const seg = part.trim();
    const at = start + offset + lead;
    offset += part.length + 1;
    if (seg === '') return undefined;
    if (STAMP_SEGMENT.test(seg)) continue;
    if (!PLACE_SEGMENT.test(seg)) return undefined;
    places.push({ kind: 'PLACE', name: seg.split(/\s+/).map(titleWord).join(' '), start: at, end: at + seg.length, text: seg });
  }
  if (places.length === 0) return undefined;
  return [...out, ...places].sort((a, b) => a.start - b.start);
}
