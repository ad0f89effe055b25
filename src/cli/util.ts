// Small helpers shared by command files: opening the store from the global --db option, and output.
import type { Command } from 'commander';
import { ServiceError, type ServiceHint } from '../service/index.js';
import { openStore, resolveDbLocation, type Store } from '../store/index.js';
import { periodBound } from '../text/calendar.js';

export async function withStore<T>(cmd: Command, fn: (store: Store) => Promise<T>): Promise<T> {
  const root = rootOf(cmd);
  const store = await openStore(resolveDbLocation(root.opts().db as string | undefined));
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

export function rootOf(cmd: Command): Command {
  let c = cmd;
  while (c.parent) c = c.parent;
  return c;
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** Validates a --from/--to style option: YYYY-MM-DD, or YYYY-MM / YYYY expanded to the period's start or end. */
export function parseDateOption(value: string | undefined, name: string, end = false): string | undefined {
  if (value === undefined) return undefined;
  const bound = periodBound(value, end);
  if (bound === undefined) throw new Error(`${name}: '${value}' is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)`);
  return bound;
}

/** Where a user of the command line looks for what a service error's hint names. */
const HINTS: Record<ServiceHint, string> = {
  stories: 'chronicle stories',
  entities: 'chronicle entities',
  sources: 'chronicle articles',
  ingest: 'chronicle ingest <paths>',
  analyze: 'chronicle analyze',
};

/** A service error in the command line's words: the option it concerns as a flag, the hint as a command. */
export function describeServiceError(err: ServiceError): string {
  const flag = err.detail.param ? `--${err.detail.param.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: ` : '';
  const see = err.detail.see ? ` (see ${HINTS[err.detail.see]})` : '';
  return `${flag}${err.message}${see}`;
}

/**
 * Runs a command's body; a ServiceError becomes one line on stderr ("chronicle <command>: …") and exit code 1.
 * Any other error propagates to main(), which reports it the same way.
 */
export async function reportingServiceErrors(command: string, setExit: (code: number) => void,
  body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (err) {
    if (!(err instanceof ServiceError)) throw err;
    process.stderr.write(`chronicle ${command}: ${describeServiceError(err)}\n`);
    setExit(1);
  }
}

export function parsePositiveInt(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name}: '${value}' is not a positive whole number`);
  return n;
}

/** A one-line, self-overwriting progress display on a terminal; silent when stderr is not a TTY. */
export class ProgressLine {
  private last = 0;
  private readonly started = Date.now();
  private shown = false;
  constructor(private readonly label: string, private readonly enabled = process.stderr.isTTY === true) {}

  update(done: number, total?: number, extra = ''): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.last < 100) return;
    this.last = now;
    const rate = done / Math.max(0.001, (now - this.started) / 1000);
    let bar = '';
    if (total && total > 0) {
      const width = 24;
      const filled = Math.min(width, Math.round((done / total) * width));
      bar = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} `;
    } else {
      bar = `${done} `;
    }
    process.stderr.write(`\r\x1b[K${this.label} ${bar}(${rate.toFixed(0)}/s) ${extra}`);
    this.shown = true;
  }

  done(): void {
    if (this.shown) process.stderr.write('\r\x1b[K');
  }
}
