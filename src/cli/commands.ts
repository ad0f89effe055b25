// The commands and the files that register them. Each file exports `register(program, setExit)`. A command line
// naming one command loads only that command's file (and what it imports): loading every command's code (the
// analysis, the evaluation, the server) took a second of CPU before any command began.
import type { Command } from 'commander';

export type SetExit = (code: number) => void;
export type Register = (program: Command, setExit: SetExit) => void;

type Loader = () => Promise<{ register: Register }>;

/** Every command in help order, with the files registering it (eval's subcommands come from several). */
const COMMANDS: [string, Loader[]][] = [
  ['ingest', [() => import('./ingest.js')]],
  ['search', [() => import('./search.js')]],
  ['articles', [() => import('./articles.js')]],
  ['timeline', [() => import('./timeline.js')]],
  ['analyze', [() => import('./analyze.js')]],
  ['entities', [() => import('./entities.js')]],
  ['quotes', [() => import('./quotes.js')]],
  ['stories', [() => import('./stories.js')]],
  ['timex', [() => import('./timex.js')]],
  ['eval', [() => import('./evalScore.js'), () => import('./evalTimex.js'), () => import('./evalTimelines.js'),
    () => import('./evalQuotes.js'), () => import('./evalEntities.js'), () => import('./evalStories.js'),
    () => import('./evalCoref.js')]],
  ['serve', [() => import('./serve.js')]],
  ['worker', [() => import('./worker.js')]],
  ['follow', [() => import('./follow.js')]],
  ['watch', [() => import('./watch.js')]],
];

/** Names of the commands (for tests and help). */
export const COMMAND_NAMES: readonly string[] = COMMANDS.map(([name]) => name);

/** Global options that take a value: the word after one is not a command name. */
const VALUE_OPTIONS = new Set(['--db']);

/** The command an argument list (process.argv) names, when it names one of ours. */
export function commandNamed(argv: readonly string[]): string | undefined {
  for (let i = 2; i < argv.length; i++) {
    const arg = argv[i]!;
    if (VALUE_OPTIONS.has(arg)) {
      i++;
      continue;
    }
    if (arg.startsWith('-')) continue;
    return COMMAND_NAMES.includes(arg) ? arg : undefined;
  }
  return undefined;
}

/**
 * Registers the command `argv` names, or every command when it names none of ours (help, a version, a mistyped
 * name: commander then lists them all or suggests the nearest).
 */
export async function registerCommands(program: Command, setExit: SetExit, argv: readonly string[]): Promise<void> {
  const named = commandNamed(argv);
  // Asked only for the version: no command is needed.
  if (named === undefined && argv.slice(2).some((a) => a === '-V' || a === '--version')) return;
  for (const [name, loaders] of COMMANDS) {
    if (named !== undefined && name !== named) continue;
    for (const load of loaders) (await load()).register(program, setExit);
  }
}
