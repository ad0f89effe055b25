// One import per command file. Each file exports `register(program, setExit)`.
import type { Command } from 'commander';
import { register as registerIngest } from './ingest.js';
import { register as registerSearch } from './search.js';
import { register as registerArticles } from './articles.js';
import { register as registerTimeline } from './timeline.js';
import { register as registerAnalyze } from './analyze.js';
import { register as registerEntities } from './entities.js';
import { register as registerQuotes } from './quotes.js';
import { register as registerStories } from './stories.js';
import { register as registerTimex } from './timex.js';
import { register as registerEvalScore } from './evalScore.js';
import { register as registerEvalTimex } from './evalTimex.js';
import { register as registerEvalTimelines } from './evalTimelines.js';
import { register as registerEvalQuotes } from './evalQuotes.js';
import { register as registerEvalEntities } from './evalEntities.js';
import { register as registerEvalStories } from './evalStories.js';
import { register as registerEvalCoref } from './evalCoref.js';
import { register as registerServe } from './serve.js';
import { register as registerWorker } from './worker.js';
import { register as registerFollow } from './follow.js';
import { register as registerWatch } from './watch.js';

export type SetExit = (code: number) => void;
export type Register = (program: Command, setExit: SetExit) => void;

const registrations: Register[] = [
  // command registrations go here, one per line
  registerIngest,
  registerSearch,
  registerArticles,
  registerTimeline,
  registerAnalyze,
  registerEntities,
  registerQuotes,
  registerStories,
  registerTimex,
  registerEvalScore,
  registerEvalTimex,
  registerEvalTimelines,
  registerEvalQuotes,
  registerEvalEntities,
  registerEvalStories,
  registerEvalCoref,
  registerServe,
  registerWorker,
  registerFollow,
  registerWatch,
];

export function registerCommands(program: Command, setExit: SetExit): void {
  for (const register of registrations) register(program, setExit);
}
