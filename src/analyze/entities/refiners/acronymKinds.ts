// "Singapore Airlines (SIA)": an acronym in brackets after a name takes that name's kind.
import type { EntityKind, EntityMention } from '../../../types.js';
import type { Refiner } from '../refiner.js';

/**
 * An acronym introduced in parentheses right after a name ("Singapore Airlines (SIA)") names the same thing: it
 * and its later mentions take that name's kind.
 */
export function acronymKinds(mentions: EntityMention[], text: string): void {
  const kinds = new Map<string, EntityKind>();
  for (let i = 1; i < mentions.length; i++) {
    const m = mentions[i]!;
    const prev = mentions[i - 1]!;
    if (!/^\p{Lu}[\p{Lu}&.-]+$/u.test(m.text) || prev.kind === 'PERSON') continue;
    if (/^\s*\($/.test(text.slice(prev.end, m.start))) kinds.set(m.text, prev.kind);
  }
  if (kinds.size === 0) return;
  for (const m of mentions) m.kind = kinds.get(m.text) ?? m.kind;
}

export const acronymKindsRefiner: Refiner = {
  name: 'acronymKinds',
  refine: (c) => acronymKinds(c.mentions, c.text),
};
