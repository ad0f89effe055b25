// chronicle follow: saved timelines. create / list / show / delete, edit (curation kept across rebuilds) and
// export (publication formats, edits applied). `chronicle timeline --saved NAME [--since …]` shows one.
import { writeFileSync } from 'node:fs';
import { type Command, Option } from 'commander';
import type { Register } from './commands.js';
import { printJson, reportingServiceErrors, withStore } from './util.js';
import { timelineDefinitionOptions, timelineRequestFrom, type TimelineCliOptions } from './timeline.js';
import {
  createFollow, deleteFollow, editFollow, EXPORT_FORMATS, exportFollow, listFollows, refresh, refreshSavedTimelines,
  showFollow, type EditRequest, type FollowSummary, type RenderFormat,
} from '../service/index.js';
import type { Store } from '../store/store.js';

interface EditCliOptions {
  pin?: string; hide?: string; hideSentence?: string; date?: string; headline?: string; add?: string; text?: string;
  url?: string; merge?: string; undo?: boolean;
}

/** The one edit the options ask for; none or several is an error naming the choices. */
export function editRequestFrom(o: EditCliOptions): EditRequest {
  const asked: EditRequest[] = [];
  const pair = (value: string, flag: string): [string, string] => {
    const at = value.indexOf('=');
    if (at <= 0) throw new Error(`${flag}: '${value}' is not DATE=VALUE`);
    return [value.slice(0, at).trim(), value.slice(at + 1).trim()];
  };
  if (o.pin) asked.push({ op: 'pin', date: o.pin });
  if (o.hide) asked.push({ op: 'hide', date: o.hide });
  if (o.hideSentence) asked.push({ op: 'hide-sentence', key: o.hideSentence });
  if (o.date) { const [from, to] = pair(o.date, '--date'); asked.push({ op: 'date', from, to }); }
  if (o.headline) { const [date, text] = pair(o.headline, '--headline'); asked.push({ op: 'headline', date, text }); }
  if (o.add) {
    if (!o.text || !o.url) throw new Error('--add: give the entry\'s --text and its source --url');
    asked.push({ op: 'add', date: o.add, text: o.text, url: o.url });
  } else if (o.text || o.url) throw new Error('--text and --url go with --add DATE');
  if (o.merge) {
    const dates = o.merge.split(',').map((d) => d.trim());
    if (dates.length !== 2 || !dates[0] || !dates[1]) throw new Error(`--merge: '${o.merge}' is not two dates D1,D2`);
    asked.push({ op: 'merge', dates: [dates[0], dates[1]] });
  }
  if (o.undo) asked.push({ op: 'undo' });
  if (asked.length !== 1) {
    throw new Error(`give exactly one edit: --pin, --hide, --hide-sentence, --date, --headline, --add, --merge or --undo` +
      (asked.length ? ` (got ${asked.length})` : ''));
  }
  return asked[0]!;
}

function plural(n: number, word: string): string {
  return `${n} ${n === 1 ? word : word === 'entry' ? 'entries' : `${word}s`}`;
}

function when(iso: string | undefined): string {
  return iso ? iso.slice(0, 16).replace('T', ' ') : 'never';
}

function definitionText(s: FollowSummary): string {
  const d = s.definition;
  const parts = [d.query !== undefined ? `--query "${d.query}"` : '', d.entity ? `--entity "${d.entity}"` : '',
    d.story !== undefined ? `--story ${d.story}` : '', d.source ? `--source "${d.source}"` : '',
    d.from ? `--from ${d.from}` : '', d.to ? `--to ${d.to}` : ''];
  return parts.filter(Boolean).join(' ') || '(everything)';
}

/** Analyses pending articles and brings every saved timeline's snapshot up to date. */
async function upToDate(store: Store): Promise<void> {
  await refresh(store);
  await refreshSavedTimelines(store);
}

export const register: Register = (program, setExit) => {
  const follow = program.command('follow').description('saved timelines: follow a story, see what is new, curate, export');
  const run = (cmd: Command, body: (store: Store) => Promise<void>): Promise<void> =>
    withStore(cmd, (store) => reportingServiceErrors(`follow ${cmd.name()}`, setExit, () => body(store)));

  timelineDefinitionOptions(follow.command('create').description('save a timeline definition under a name')
    .argument('<name>', 'the name to follow it by'))
    .action((name: string, opts: TimelineCliOptions, cmd: Command) => {
      const request = timelineRequestFrom(opts);
      return run(cmd, async (store) => {
        await refresh(store);
        const made = await createFollow(store, name, request);
        process.stdout.write(`saved '${name}': ${plural(made.entries, 'entry')}${made.note ? ` (for now: ${made.note})` : ''}\n`);
      });
    });

  follow.command('list').description('saved timelines with their entry and unread counts')
    .option('--json', 'print them as JSON')
    .action((opts: { json?: boolean }, cmd: Command) => run(cmd, async (store) => {
      await upToDate(store);
      const all = await listFollows(store);
      if (opts.json) { printJson(all); return; }
      if (all.length === 0) { process.stdout.write('no saved timelines (chronicle follow create NAME --query …)\n'); return; }
      for (const s of all) {
        process.stdout.write(`${s.name}  ${definitionText(s)}\n    ${s.entries} entries, ${s.unread} new or changed since ` +
          `last view; viewed ${when(s.lastViewed)}, exported ${when(s.lastExported)}${s.edits ? `, ${s.edits} edits` : ''}\n`);
      }
    }));

  follow.command('show').description('a saved timeline\'s definition, counts and edits').argument('<name>')
    .option('--json', 'print it as JSON')
    .action((name: string, opts: { json?: boolean }, cmd: Command) => run(cmd, async (store) => {
      await upToDate(store);
      const s = await showFollow(store, name);
      if (opts.json) { printJson(s); return; }
      process.stdout.write(`${s.name}  ${definitionText(s)}\n  created ${when(s.createdAt)}, viewed ${when(s.lastViewed)}, ` +
        `exported ${when(s.lastExported)}\n  ${s.entries} entries, ${s.unread} new or changed since last view\n`);
      for (const e of s.editList) process.stdout.write(`  edit ${when(e.at)}: ${JSON.stringify({ ...e, at: undefined })}\n`);
    }));

  follow.command('delete').description('delete a saved timeline and its edits').argument('<name>')
    .action((name: string, _opts: unknown, cmd: Command) => run(cmd, async (store) => {
      await deleteFollow(store, name);
      process.stdout.write(`deleted '${name}'\n`);
    }));

  follow.command('edit').description('curate a saved timeline (one edit per call; kept across rebuilds)').argument('<name>')
    .option('--pin <date>', 'keep the entry of this date even when the ranking would drop it')
    .option('--hide <date>', 'hide the entry of this date for good')
    .option('--hide-sentence <key>', 'hide one sentence for good (keys are in the json format)')
    .option('--date <old=new>', 'move an entry to another date')
    .option('--headline <date=text>', 'set an entry\'s headline')
    .option('--add <date>', 'add an entry by hand (with --text and --url)')
    .option('--text <text>', 'the text of an entry added with --add')
    .option('--url <url>', 'the source of an entry added with --add')
    .option('--merge <d1,d2>', 'merge the entry of d2 into the entry of d1')
    .option('--undo', 'undo the latest edit')
    .action((name: string, opts: EditCliOptions, cmd: Command) => {
      const request = editRequestFrom(opts);
      return run(cmd, async (store) => {
        await refresh(store);
        const out = await editFollow(store, name, request);
        process.stdout.write(`${out.done}; '${name}' has ${plural(out.edits, 'edit')} and ${plural(out.timeline.entries.length, 'entry')}\n`);
      });
    });

  follow.command('export').description('publish a saved timeline with its headlines, sources and edits').argument('<name>')
    .addOption(new Option('--format <name>', 'output format').choices([...EXPORT_FORMATS]).default('md'))
    .option('--out <file>', 'write to this file instead of standard output')
    .action((name: string, opts: { format: RenderFormat; out?: string }, cmd: Command) => run(cmd, async (store) => {
      await refresh(store);
      const out = await exportFollow(store, name, opts.format);
      if (opts.out) {
        writeFileSync(opts.out, out.rendered);
        process.stderr.write(`wrote ${out.timeline.entries.length} entries to ${opts.out}\n`);
      } else process.stdout.write(out.rendered.endsWith('\n') ? out.rendered : `${out.rendered}\n`);
    }));
};
