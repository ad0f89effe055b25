// The attribution patterns in the order they are tried. The order is part of the behaviour: a unit pattern
// that fires hides the unit's cues; for each cue the first cue pattern that applies takes it.
//   colon        'Name: C' (a headline or a line of an interview)
//   signoff      '“C” ― Name' (a quotation signed by its speaker)
//   according    'According to X, C' / 'C, according to X' — first: "according" ends in -ing, so participle would take it
//   inverted     '“C,” said X' — a speaker after the cue wins over any phrase before it
//   coordinated  'X embraced him and said C' (no subject right before the cue)
//   participle   '…, saying C' (no subject)
//   postposed    '“C,” X said' / 'C, X added' — before preposed, which would take the tail as the content
//   preposed     'X said (that) C'
import type { CuePattern, UnitPattern } from '../attribution.js';
import { according } from './according.js';
import { colon } from './colon.js';
import { coordinated } from './coordinated.js';
import { inverted } from './inverted.js';
import { participle } from './participle.js';
import { postposed } from './postposed.js';
import { preposed } from './preposed.js';
import { signoff } from './signoff.js';

export const UNIT_PATTERNS: readonly UnitPattern[] = [colon, signoff];

export const CUE_PATTERNS: readonly CuePattern[] = [according, inverted, coordinated, participle, postposed, preposed];
