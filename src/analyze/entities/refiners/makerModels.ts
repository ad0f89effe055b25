// Products named after their maker ("Ford Taurus", "the Taurus") are no mentions.
import type { EntityMention } from '../../../types.js';
import type { Gazetteer } from '../gazetteer.js';
import type { Lexicon } from '../lexicon.js';
import type { Token } from '../tokens.js';
import { isOrgCue } from '../extent/index.js';
import { EVENT_LAST, ORG_LAST, PLACE_LAST } from '../lastWords.js';
import type { Refiner } from '../refiner.js';

/** Last words of a maker's unit, building or facility rather than a model ("Ford Foundation", "Chrysler Building"). */
const NOT_MODEL_LAST = new Set(['building', 'tower', 'center', 'centre', 'plant', 'factory', 'field', 'stadium',
  'arena', 'park', 'hall', 'museum', 'school', 'college', 'hospital', 'division', 'unit', 'europe', 'america',
  'asia', 'international', 'worldwide', 'global', 'computer', 'computers', 'capital', 'financial', 'credit']);

/**
 * Products named after their maker: "Ford Taurus", "Chrysler Aspen", "Apple Macintosh". A name made of a one-word
 * organisation of the document that the gazetteer knows as one, and a rest of capitalised words that unlabeled news
 * never uses (not in the lexicon: "Taurus" is, "Review" or "Republicans" is not), where the rest also stands after "the" in the text ("the
 * Taurus", "the Ford Taurus"), names a model, the way cars, aircraft and computers are written ("the Ford Taurus" must end its noun phrase:
 * "the Northrop Grumman plan" is a company's plan): the rest and the
 * maker-plus-rest name are not mentions (the maker's own mentions stay). Rests that end like an organisation,
 * facility or place ("Ford Foundation", "Chrysler Building") and names the gazetteer knows as PERSON, ORG or PLACE
 * are left alone. Changes `mentions` in place.
 */
export function makerModels(mentions: EntityMention[], gazetteer: Gazetteer, lexicon: Lexicon, text: string): void {
  const makers = new Set<string>();
  for (const m of mentions) {
    if (m.kind === 'ORG' && /^[\p{Lu}][\p{L}&.-]*$/u.test(m.name) && gazetteer.kindOf(m.name) === 'ORG') makers.add(m.name);
  }
  if (makers.size === 0) return;
  const models = new Set<string>();
  for (const m of mentions) {
    const sp = m.name.indexOf(' ');
    if (m.kind === 'PERSON' || sp < 0 || !makers.has(m.name.slice(0, sp))) continue;
    const rest = m.name.slice(sp + 1);
    const words = rest.split(' ');
    if (!words.every((w) => /^\p{Lu}/u.test(w) && lexicon.lowerShare(w) === undefined)) continue;
    const last = words[words.length - 1]!.toLowerCase();
    if (ORG_LAST.has(last) || PLACE_LAST.has(last) || NOT_MODEL_LAST.has(last) || EVENT_LAST.has(last)) continue;
    if (isOrgCue({ text: words[words.length - 1]!, start: 0, end: 0 } as Token)) continue;
    const known = gazetteer.kindOf(m.name) ?? gazetteer.kindOf(rest);
    if (known !== undefined && known !== 'OTHER') continue;
    const esc = (x: string): string => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // "the Taurus" anywhere; "the Ford Taurus" only where it ends its noun phrase, not in "the Northrop Grumman plan"
    const alone = new RegExp(`\\b[Tt]he ${esc(rest)}(?![\\p{L}\\p{N}])`, 'u');
    const whole = new RegExp(`\\b[Tt]he ${esc(m.name)}(?=\\s*[,.;:!?)"”]|\\s*$)`, 'u');
    if (alone.test(text) || whole.test(text)) models.add(rest).add(m.name);
  }
  if (models.size === 0) return;
  for (let i = mentions.length - 1; i >= 0; i--) if (models.has(mentions[i]!.name)) mentions.splice(i, 1);
}

export const makerModelsRefiner: Refiner = {
  name: 'makerModels',
  refine: (c) => makerModels(c.mentions, c.gazetteer, c.lexicon, c.text),
};
