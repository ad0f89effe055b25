// Entities: PERSON / ORG / PLACE mentions found by the trained tagger (tagger.ts) and refined by document rules
// (configuration.ts), given one canonical name per document (names.ts), and a corpus-level resolver that maps
// document names to stable entities (resolver.ts). This module only gathers the public API.
export { extractEntities, type ExtractOptions } from './extract.js';
export { EntityResolver } from './resolver.js';
export { cleanName, foldKey, stripTitles } from './names.js';
export type { RefineContext, Refiner } from './refiner.js';
export { REFINERS } from './configuration.js';
export { acronymKinds } from './refiners/acronymKinds.js';
export { actingPlaces } from './refiners/actingPlaces.js';
export { applyGazetteer, isDemonym } from './refiners/applyGazetteer.js';
export { completeKnownNames } from './refiners/completeKnownNames.js';
export { datelineKinds } from './refiners/datelineKinds.js';
export { describedProducts } from './refiners/describedProducts.js';
export { joinSpacedApostrophes } from './refiners/joinSpacedApostrophes.js';
export { lonePeople } from './refiners/lonePeople.js';
export { makerModels } from './refiners/makerModels.js';
export { splitCoordinatedPeople } from './refiners/splitCoordinatedPeople.js';
export { unlikelyPeople } from './refiners/unlikelyPeople.js';
