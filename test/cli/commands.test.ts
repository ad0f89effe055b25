// A command line loads only the command it names; help, a mistyped name or no name at all register every command.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Command } from 'commander';
import { COMMAND_NAMES, commandNamed, registerCommands } from '../../src/cli/commands.js';

const argv = (...args: string[]): string[] => ['node', 'chronicle', ...args];

test('the command an argument list names, past the global options and their values', () => {
  assert.equal(commandNamed(argv('timeline', '--query', 'stories')), 'timeline');
  assert.equal(commandNamed(argv('--db', 'stories', 'entities')), 'entities', 'a --db value is not a command');
  assert.equal(commandNamed(argv('--db=x.db', 'eval', 'timelines', 'dir')), 'eval');
  assert.equal(commandNamed(argv('--help')), undefined);
  assert.equal(commandNamed(argv('timelnie')), undefined);
  assert.equal(commandNamed(argv()), undefined);
});

test('only the named command is registered; otherwise all of them, in help order', async () => {
  const one = new Command();
  await registerCommands(one, () => {}, argv('--db', 'x.db', 'stories', '--limit', '3'));
  assert.deepEqual(one.commands.map((c) => c.name()), ['stories']);
  const evalOnly = new Command();
  await registerCommands(evalOnly, () => {}, argv('eval', 'quotes', 'dir'));
  assert.deepEqual(evalOnly.commands.map((c) => c.name()), ['eval']);
  assert.ok(evalOnly.commands[0]!.commands.length >= 7, 'every eval subcommand');
  const all = new Command();
  await registerCommands(all, () => {}, argv('--help'));
  assert.deepEqual(all.commands.map((c) => c.name()), COMMAND_NAMES);
  const typo = new Command();
  await registerCommands(typo, () => {}, argv('timelnie'));
  assert.equal(typo.commands.length, COMMAND_NAMES.length);
});
