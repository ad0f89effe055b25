// The chronicle command line. Each command lives in its own file and registers itself here;
// commands parse input, call the library, and print. No logic lives in this folder.
import { Command } from 'commander';
import { registerCommands } from './commands.js';

export async function main(argv: string[]): Promise<number> {
  const program = new Command();
  program
    .name('chronicle')
    .description('Turn dated news articles into dated, sourced timelines.')
    .option('--db <path>', 'database file (default: $CHRONICLE_DB or ./chronicle.db)')
    .showHelpAfterError()
    .exitOverride();
  let exitCode = 0;
  registerCommands(program, (code) => {
    exitCode = Math.max(exitCode, code);
  });
  try {
    await program.parseAsync(argv);
  } catch (err) {
    // commander signals --help / --version and usage errors by throwing with an exit code.
    const e = err as { code?: string; exitCode?: number };
    if (typeof e.exitCode === 'number' && typeof e.code === 'string' && e.code.startsWith('commander.')) {
      return e.exitCode;
    }
    throw err;
  }
  return exitCode;
}
