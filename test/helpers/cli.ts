// The chronicle command line run in-process: `main()` from the TypeScript sources, with what it writes to
// stdout/stderr captured. Spawning `node --import tsx` per call cost about a third of the suite's CPU; one
// spawn test against the built bin/chronicle.js (test/cli/bin.test.ts) keeps the real entry point covered.
import { AsyncLocalStorage } from 'node:async_hooks';
import { Readable } from 'node:stream';
import { main } from '../../src/cli/main.js';

export interface CliRun {
  /** The exit code the process would have had. */
  status: number;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  /** Text on standard input (for `ingest -`). */
  input?: string;
  /** Variables set (a string) or removed (undefined) for the call. CHRONICLE_DB is always removed. */
  env?: Record<string, string | undefined>;
}

interface Capture {
  stdout: string;
  stderr: string;
}

// Writes are routed by async context rather than by time: the test runner reports earlier tests on the same
// streams while a command is still running, and those lines must reach the runner, not the capture.
const capture = new AsyncLocalStorage<Capture>();

function route(stream: NodeJS.WriteStream, key: keyof Capture): void {
  const original = stream.write.bind(stream);
  stream.write = ((chunk: string | Uint8Array, ...rest: unknown[]): boolean => {
    const into = capture.getStore();
    if (!into) return (original as (c: string | Uint8Array, ...r: unknown[]) => boolean)(chunk, ...rest);
    into[key] += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    const done = rest.find((r): r is () => void => typeof r === 'function');
    if (done) queueMicrotask(done);
    return true;
  }) as typeof stream.write;
}
route(process.stdout, 'stdout');
route(process.stderr, 'stderr');

/** Swaps process.env and process.stdin for the call; both are process-wide, so calls must not overlap. */
function withProcessState<T>(opts: CliOptions, run: () => Promise<T>): Promise<T> {
  const savedEnv = process.env;
  const env: NodeJS.ProcessEnv = { ...savedEnv };
  delete env.CHRONICLE_DB;
  for (const [k, v] of Object.entries(opts.env ?? {})) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  const stdin = Object.getOwnPropertyDescriptor(process, 'stdin');
  process.env = env;
  if (opts.input !== undefined) {
    Object.defineProperty(process, 'stdin', { value: Readable.from([opts.input]), configurable: true });
  }
  return run().finally(() => {
    process.env = savedEnv;
    if (stdin) Object.defineProperty(process, 'stdin', stdin);
  });
}

let running = false;

/** `chronicle <args>` as bin/chronicle.js runs it, without a new process. */
export async function cli(args: string[], opts: CliOptions = {}): Promise<CliRun> {
  if (running) throw new Error('cli(): calls share process.env and stdin; await one before starting the next');
  running = true;
  const out: Capture = { stdout: '', stderr: '' };
  try {
    const status = await withProcessState(opts, () =>
      capture.run(out, async () => {
        try {
          return await main(['node', 'chronicle', ...args]);
        } catch (err) {
          // bin/chronicle.js turns a rejected main() into this line and exit code 1.
          process.stderr.write(`chronicle: ${err instanceof Error ? err.message : String(err)}\n`);
          return 1;
        }
      }));
    return { status, ...out };
  } finally {
    running = false;
  }
}
