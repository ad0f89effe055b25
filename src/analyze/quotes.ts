// Quotes and speakers: the implementation lives in ./quotes/ (extract.ts is the pipeline, patterns/index.ts the rules).
export { extractQuotes } from './quotes/extract.js';
export { carryStatementDays } from './quotes/finish.js';
