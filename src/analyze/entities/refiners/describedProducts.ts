// A name described as "the new version of" something is a product, not a mention.
import type { EntityMention } from '../../../types.js';
import { foldKey } from '../names.js';
import type { Refiner } from '../refiner.js';

/** An apposition that calls the name before it a version or model of something ("Lion, the new version of"). */
const PRODUCT_APPOSITION = /^\s*,\s+(?:the|a|an|its|their|his|her)\s+(?:(?:new|latest|next|updated|newest|upcoming|first|second|third|fourth|fifth)\s+)?(?:version|versions|model|models|edition|release|update|upgrade|successor|generation)\s+of\b/i;

/**
 * A name the text describes as a version, model or edition of something ("Apple unveiled Lion, the new version of
 * their operating system") is a product: none of its mentions in the document is a person, organisation or place.
 * Changes `mentions` in place.
 */
export function describedProducts(mentions: EntityMention[], text: string): void {
  let products: Set<string> | undefined;
  for (const m of mentions) {
    if (text.charCodeAt(m.end) !== 44 /* , */ || !PRODUCT_APPOSITION.test(text.slice(m.end, m.end + 60))) continue;
    (products ??= new Set()).add(foldKey(m.name));
  }
  if (!products) return;
  for (let i = mentions.length - 1; i >= 0; i--) if (products.has(foldKey(mentions[i]!.name))) mentions.splice(i, 1);
}

export const describedProductsRefiner: Refiner = {
  name: 'describedProducts',
  refine: (c) => describedProducts(c.mentions, c.text),
};
