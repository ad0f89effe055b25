// A name used as an object is a product, not a mention: described as "the new version of" something, sold as
// "the new iPod", counted as "787 Dreamliner", named by its category ("web browser Safari") or followed by one
// ("MacBook Air laptops", "iPhone 4 antenna").
import type { EntityMention } from '../../../types.js';
import type { Gazetteer } from '../gazetteer.js';
import { foldKey } from '../names.js';
import type { Refiner } from '../refiner.js';

/** An apposition that calls the name before it a version or model of something ("Lion, the new version of"). */
const PRODUCT_APPOSITION = /^\s*,\s+(?:the|a|an|its|their|his|her)\s+(?:(?:new|latest|next|updated|newest|upcoming|first|second|third|fourth|fifth)\s+)?(?:version|versions|model|models|edition|release|update|upgrade|successor|generation)\s+of\b/i;

/**
 * What a product is called just before its name: a launch adjective ("the new", "Apple's latest", "new
 * Intel-based") or a count of it ("787 Dreamliner", "60 iPads"; not a year).
 */
const BEFORE = new RegExp(
  String.raw`(?:\b(?:new|newest|latest|upcoming|forthcoming|redesigned|next-generation)(?:\s+[\p{L}.]+-[\p{Ll}]+)?` +
  String.raw`|(?<![\d,.$£€#])\b(?!(?:19|20)\d\d\b)\d{1,4}(?:\s+(?:million|billion|more|new))?)\s+$`, 'u');

/**
 * Its category, which only an object has: "web browser Safari", "the drug Tamiflu", "antivirals such as Tamiflu",
 * "next model Falcon"; after it, "Tamiflu and other treatments", "Tamiflu or any other anti-viral".
 */
const CATEGORY_BEFORE = /\b(?:web browser|browser|e-mail client|email client|operating system|model|drug|anti-?viral|vaccine|smartphone|handset|laptop|(?:drugs|medicines|medications|anti-?virals|vaccines|treatments|devices|gadgets)(?:,)?\s+(?:such as|like))\s+$/i;
/** The last two letters (lowercased) of the words CATEGORY_BEFORE ends in: a cheap test before the pattern runs. */
const CATEGORY_ENDS = new Set(['er', 'nt', 'em', 'el', 'ug', 'al', 'ne', 'et', 'op', 'as', 'ke']);
const CATEGORY_AFTER = /^\s+(?:&|and|or)\s+(?:any\s+)?other\s+(?:anti-?virals?|drugs?|medicines?|medications?|treatments?|vaccines?|devices?|gadgets?|products?)\b/i;

/**
 * Model words after the name, then the category of the object it names ("Air laptops", "4 antenna", "Core Duo
 * processors"). Without a model word between, a maker is as likely ("McDonnell Douglas jets", "Intel processors"),
 * so only parts of a machine no maker is said to make bare ("Quartz user interface") count.
 */
const MODEL_WORDS = String.raw`(?:\s+(?:\d(?:[\w.]*\w)?|[A-Z]\w*))`;
const AFTER = new RegExp(String.raw`^(?:${MODEL_WORDS}{1,3}\s+(?:laptops?|notebooks?|desktops?|computers?|` +
  `(?:smart)?phones?|handsets?|tablets?|devices?|players?|consoles?|software|browser|processors?|chips?|engines?|` +
  String.raw`aircraft|airliners?|jetliners?|jets|sedans?|pills?)|${MODEL_WORDS}{0,3}\s+(?:operating system|user interface|antenna))\b`);

/**
 * A name the text uses as an object is a product: none of its mentions in the document is a person, organisation
 * or place. An object is what a name is when the text describes it as a version, model or edition of something,
 * or names its category ("the drug Tamiflu": whatever the silver gazetteer thinks); or, less surely, puts a launch
 * adjective or a count before it or model words and a category after it: then names the gazetteer knows as a
 * person, organisation or place are makers ("Boeing aircraft", "the new Chrysler"), and so is a name the text gives
 * a possessive ("Intel's"). Changes `mentions` in place.
 */
export function describedProducts(mentions: EntityMention[], text: string, gazetteer?: Gazetteer): void {
  let products: Set<string> | undefined;
  for (const m of mentions) {
    const key = foldKey(m.name);
    if (products?.has(key)) continue;
    // a window cut inside a word ("…08 Beijing" of "2008 Beijing") starts after it
    const before = m.start > 40 ? text.slice(m.start - 40, m.start).replace(/^\S*/, '') : text.slice(0, m.start);
    const described = (text.charCodeAt(m.end) === 44 /* , */ && PRODUCT_APPOSITION.test(text.slice(m.end, m.end + 60))) ||
      (m.kind !== 'PERSON' && ((CATEGORY_ENDS.has(lastLetters(before)) && CATEGORY_BEFORE.test(before)) || CATEGORY_AFTER.test(text.slice(m.end, m.end + 40))));
    if (!described) {
      if (m.kind === 'PERSON' || (!BEFORE.test(before) &&
        !AFTER.test(text.slice(m.end, m.end + 40)))) continue;
      const known = gazetteer?.kindOf(m.name);
      if ((known !== undefined && known !== 'OTHER') || text.includes(`${m.name}'s`) || text.includes(`${m.name}’s`)) continue;
    }
    (products ??= new Set()).add(key);
  }
  if (!products) return;
  for (let i = mentions.length - 1; i >= 0; i--) if (products.has(foldKey(mentions[i]!.name))) mentions.splice(i, 1);
}

/** The two characters before the white space (as \s) that ends `s`, lowercased; '' when `s` does not end in any. */
function lastLetters(s: string): string {
  const trimmed = s.trimEnd();
  return trimmed.length < s.length ? trimmed.slice(-2).toLowerCase() : '';
}

export const describedProductsRefiner: Refiner = {
  name: 'describedProducts',
  refine: (c) => describedProducts(c.mentions, c.text, c.gazetteer),
};
