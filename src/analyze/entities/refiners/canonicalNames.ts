// One canonical name per thing in the document (names.ts): titles dropped, short forms joined to the full name,
// one kind per name.
import { canonicalizeDocument } from '../names.js';
import type { Refiner } from '../refiner.js';

export const canonicalNamesRefiner: Refiner = {
  name: 'canonicalNames',
  refine: (c) => canonicalizeDocument(c.mentions, c.text),
};
