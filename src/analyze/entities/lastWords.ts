// Last words that decide what a name is, whatever the tagger said: an organisation ("... Airways"), a place or
// facility ("... Airport"), or an event ("... Conference", which is no mention at all).
import type { EntityKind } from '../../types.js';
import { isUpperWord, type Token } from './tokens.js';

/** Organisation-designating last words: a name ending with one is an ORG whatever the tagger said. */
export const ORG_LAST = new Set([
  'airlines', 'airways', 'air', 'corp', 'corp.', 'corporation', 'inc', 'inc.', 'ltd', 'ltd.', 'llc', 'plc', 'co.',
  'company', 'group', 'motors', 'bank', 'agency', 'ministry', 'department', 'council', 'party', 'university',
  'association', 'commission', 'committee', 'services', 'systems', 'technologies', 'industries', 'holdings',
  'aircraft', 'aerospace', 'foundation', 'institute', 'union', 'organization', 'organisation', 'office',
  'authority', 'court', 'police', 'army', 'navy', 'force', 'reserve', 'senate', 'congress', 'parliament',
  'board', 'federation', 'network', 'news', 'times', 'post', 'journal', 'club', 'fund', 'league', 'nv', 'n.v.', 'ag', 'sa',
]);
/** Facility / place last words: a name ending with one is a PLACE (MEANTIME LOC, spaCy FAC or GPE). */
export const PLACE_LAST = new Set(['airport', 'street', 'avenue', 'river', 'island', 'islands', 'mountains', 'bay', 'county',
  'province', 'city', 'square', 'bridge', 'harbour', 'harbor', 'valley', 'coast', 'gulf', 'sea', 'ocean', 'lake']);

/**
 * Event last words: a name of two or more words ending with one names an event ("Paris Air Show", "Worldwide
 * Developers Conference", "Beijing Olympic Games"), which is neither a person, an organisation nor a place.
 */
export const EVENT_LAST = new Set(['conference', 'summit', 'show', 'games', 'olympics', 'championship', 'championships',
  'festival', 'expo', 'exhibition', 'fair', 'convention', 'congress', 'marathon', 'tournament', 'cup', 'awards']);

export function isEventName(tokens: Token[], a: number, b: number): boolean {
  return b - a >= 2 && EVENT_LAST.has(tokens[b - 1]!.text.toLowerCase()) && isUpperWord(tokens[b - 1]!.text);
}

export function kindByLastWord(kind: EntityKind, tokens: Token[], a: number, b: number): EntityKind {
  if (b - a < 2) return kind;
  const last = tokens[b - 1]!.text.toLowerCase();
  if (ORG_LAST.has(last)) return 'ORG';
  if (PLACE_LAST.has(last)) return 'PLACE';
  return kind;
}

