// The chronicle command line. Each command lives in its own file and registers itself here;
// commands parse input, call the library, and print. No logic lives in this folder.
import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { registerCommands } from './commands.js';

/** The version in package.json (two folders up from src/cli and dist/cli alike). */
export const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string })
  .version;

/**
 * A reader that stops early (`chronicle entities | head -3`) closes our standard output; the next write fails
 * with EPIPE. That is a normal end for a command-line tool: stop quietly, as the shell's own tools do.
 */
export function quietOnClosedPipe(stream: NodeJS.WriteStream = process.stdout): void {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
}

export async function main(argv: string[]): Promise<number> {
  const program = new Command();
  program
    .name('chronicle')
    .description('Turn dated news articles into dated, sourced timelines.')
    .version(VERSION, '-V, --version', 'print the version')
    .option('--db <path>', 'database file (default: $CHRONICLE_DB or ./chronicle.db)')
    .showHelpAfterError()
    .exitOverride();
  let exitCode = 0;
  await registerCommands(program, (code) => {
    exitCode = Math.max(exitCode, code);
  }, argv);
  try {
    await program.parseAsync(argv);
  } catch (err) {
    // commander signals --help / --version and usage errors by throwing with an exit code.
    const e = err as { code?: string; exitCode?: number };
    if (typeof e.exitCode === 'number' && typeof e.code === 'string' && e.code.startsWith('commander.')) {
      return e.exitCode;
    }
    // Any other error stopped the command: say why on one line (the stack only when debugging) and exit 1.
    process.stderr.write(`chronicle: ${err instanceof Error ? err.message : String(err)}\n`);
    if (process.env.CHRONICLE_DEBUG && err instanceof Error) process.stderr.write(`${err.stack}\n`);
    return 1;
  }
  return exitCode;
}
