// Which known entity a name given by the user means, and the names it goes by, from the store's entity tables.
import type { Store } from '../store/store.js';
import { entityNames, foldName, type EntityNames } from '../timeline/queryMatch.js';

/**
 * The entity whose canonical name is `name` (the most mentioned when several are), else the entity most often
 * written `name`, when it is written so at least three times and twice as often as any other ("Mubarak" →
 * Hosni Mubarak; "Jackson" stays ambiguous when two Jacksons share it). Undefined when no entity fits.
 */
export async function knownEntity(store: Store, name: string): Promise<EntityNames | undefined> {
  const folded = foldName(name);
  if (!folded) return undefined;
  const candidates = await store.entityAliases(name.trim());
  const exact = candidates.find((c) => foldName(c.name) === folded);
  if (exact) return entityNames(exact.name, exact.kind, exact.aliases);
  const written = candidates
    .map((c) => ({ c, n: c.aliases.filter((a) => foldName(a.text) === folded).reduce((s, a) => s + a.mentions, 0) }))
    .sort((a, b) => b.n - a.n);
  const [first, second] = written;
  if (!first || first.n < 3 || first.n < 2 * (second?.n ?? 0)) return undefined;
  return entityNames(first.c.name, first.c.kind, first.c.aliases);
}
