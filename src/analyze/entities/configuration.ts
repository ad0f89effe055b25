// The document rules that run after tagging, in order. Order matters: names are completed and spread before
// kinds are decided, the gazetteer's kinds come before the rules that judge what the tagger and the gazetteer
// left open, words around a name that make it a place come next, the dateline has the last word on kinds, and
// canonical names are chosen once kinds are settled.
import type { Refiner } from './refiner.js';
import { joinSpacedApostrophesRefiner } from './refiners/joinSpacedApostrophes.js';
import { propagateRefiner } from './propagate.js';
import { functionWordsRefiner } from './refiners/functionWords.js';
import { designatedOrganisationsRefiner } from './refiners/designatedOrganisations.js';
import { notNamesRefiner } from './refiners/notNames.js';
import { arabicArticleRefiner } from './refiners/arabicArticle.js';
import { officeHoldersRefiner } from './refiners/officeHolders.js';
import { completeKnownNamesRefiner } from './refiners/completeKnownNames.js';
import { splitCoordinatedPeopleRefiner } from './refiners/splitCoordinatedPeople.js';
import { applyGazetteerRefiner } from './refiners/applyGazetteer.js';
import { makerModelsRefiner } from './refiners/makerModels.js';
import { describedProductsRefiner } from './refiners/describedProducts.js';
import { acronymKindsRefiner } from './refiners/acronymKinds.js';
import { actingPlacesRefiner } from './refiners/actingPlaces.js';
import { unlikelyPeopleRefiner } from './refiners/unlikelyPeople.js';
import { lonePeopleRefiner } from './refiners/lonePeople.js';
import { placeCuesRefiner } from './refiners/placeCues.js';
import { datelineKindsRefiner } from './refiners/datelineKinds.js';
import { surnamesOfPeopleRefiner } from './refiners/surnamesOfPeople.js';
import { canonicalNamesRefiner } from './refiners/canonicalNames.js';

export const REFINERS: readonly Refiner[] = [
  joinSpacedApostrophesRefiner,
  functionWordsRefiner,
  notNamesRefiner,
  arabicArticleRefiner,
  designatedOrganisationsRefiner,
  propagateRefiner,
  completeKnownNamesRefiner,
  splitCoordinatedPeopleRefiner,
  applyGazetteerRefiner,
  makerModelsRefiner,
  describedProductsRefiner,
  acronymKindsRefiner,
  actingPlacesRefiner,
  officeHoldersRefiner,
  unlikelyPeopleRefiner,
  lonePeopleRefiner,
  placeCuesRefiner,
  datelineKindsRefiner,
  surnamesOfPeopleRefiner,
  canonicalNamesRefiner,
];
