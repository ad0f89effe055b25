// Time expressions of a text on their own (the `timex` command), kept out of the service index: loading the tagger
// would add to the start-up of every command.
export { tagTimexes } from '../analyze/time/index.js';
