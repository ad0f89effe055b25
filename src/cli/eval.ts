// The shared `chronicle eval` command. Each evaluation (score, timex, entities, timelines …) lives in
// its own file and adds a subcommand through evalCommand(program), so the parent exists once.
import type { Command } from 'commander';

const EVAL_NAME = 'eval';

/** The single `eval` command of `program`: created on the first call, the same object afterwards. */
export function evalCommand(program: Command): Command {
  const existing = program.commands.find((c) => c.name() === EVAL_NAME);
  if (existing) return existing;
  return program
    .command(EVAL_NAME)
    .description('Evaluate against benchmark data and score outputs with ports of the field\'s metrics.');
}
