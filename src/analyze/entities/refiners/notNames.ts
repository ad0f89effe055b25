// Names that are not names as written: no letter in them ("777", "399") or only titles ("Mr.", "President"), which
// are dropped, and hyphenated modifiers made from a name ("post-Mubarak", "pro-Mubarak", "U.S.-led",
// "London-based"), which mention the name inside them (MEANTIME marks "EADS-led" so) and are named by it.
import type { EntityMention } from '../../../types.js';
import { isPersonRole } from '../extent/index.js';
import { cleanName, MODIFIER_SUFFIX } from '../names.js';
import type { Refiner } from '../refiner.js';

/** Prefixes that turn a name into an adjective: "post-Mubarak era", "anti-Mubarak protesters". */
const MODIFIER_PREFIX = /^(?:[Pp]ost|[Pp]re|[Pp]ro|[Aa]nti|[Nn]on|[Ee]x|[Nn]eo|[Mm]id|[Pp]an|[Cc]ounter|POST|PRO|ANTI)-(?=\p{Lu})/u;

/** True when `name` has no letter or is made only of titles. */
export function isNotAName(name: string): boolean {
  return !/\p{L}/u.test(name) || name.split(/\s+/).every(isPersonRole);
}

/**
 * The name inside a hyphenated modifier ("post-Mubarak" → "Mubarak", "U.S.-led" → "U.S."); other names unchanged.
 * "-led", "-based" and the like follow places and organisations: on a name the tagger calls a person they are kept.
 */
export function withoutModifier(name: string, kind: EntityMention['kind'] = 'ORG'): string {
  const bare = name.replace(MODIFIER_PREFIX, '');
  return kind === 'PERSON' ? bare : bare.replace(MODIFIER_SUFFIX, '');
}

export function notNames(mentions: EntityMention[]): EntityMention[] {
  const out: EntityMention[] = [];
  for (const m of mentions) {
    const name = cleanName(withoutModifier(m.name, m.kind));
    if (!name || isNotAName(name)) continue;
    out.push(name === m.name ? m : { ...m, name });
  }
  return out;
}

export const notNamesRefiner: Refiner = {
  name: 'notNames',
  refine: (c) => {
    c.mentions = notNames(c.mentions);
  },
};
