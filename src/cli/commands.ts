// One import per command file. Each file exports `register(program, setExit)`.
import type { Command } from 'commander';
import { register as registerEvalScore } from './evalScore.js';

export type SetExit = (code: number) => void;
export type Register = (program: Command, setExit: SetExit) => void;

const registrations: Register[] = [
  // command registrations go here, one per line
  registerEvalScore,
];

export function registerCommands(program: Command, setExit: SetExit): void {
  for (const register of registrations) register(program, setExit);
}
