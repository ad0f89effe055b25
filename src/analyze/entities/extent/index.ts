// Mention extents: the rules that turn the tagger's name spans into mention spans, following the extent
// conventions of the NewsReader / MEANTIME entity guidelines (an ENTITY_MENTION covers its whole noun phrase up
// to the head, so premodifiers and titles are part of a named mention: "aircraft manufacturer Boeing",
// "President Vladimir Putin", "the European Central Bank"; a name that only modifies another noun is a
// premodifier of that noun phrase, not a mention with its determiner: "the [US] economy").
//
// Every rule works on token indices of one tagged chunk. The name itself (what the canonical name is made of)
// is kept apart from the extent: `nameFrom`/`nameTo` never move when the extent grows.
export type { ExtentSpan } from './span.js';
export { isOrgCue, isPersonRole } from './words.js';
export { isNewProduct, isNonMention } from './nonMention.js';
export { joinAmpersands, withCorporateSuffix, withOrgHeadName } from './organisation.js';
export { splitAtTitle, theBelongs, withPremodifiers } from './nounPhrase.js';
export { joinPlaceRegion, withGovernment } from './places.js';
export { continuesCamelCase, splitAtLowercase } from './cuts.js';
export { continueNames } from './continuation.js';
