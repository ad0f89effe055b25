// Quotes and speakers: the implementation lives in ./quotes/ (see extract.ts for the rules).
export { extractQuotes } from './quotes/extract.js';
