// The one test that starts the real executable: bin/chronicle.js on the built dist/, in a child process.
// Every other CLI test calls main() in-process (helpers/cli.ts); this one proves the entry point wires argv,
// standard input, output streams and the exit code the same way.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../src/util/paths.js';
import { tempDir } from '../helpers/tmp.js';

const BIN = join(repoRoot, 'bin', 'chronicle.js');
const BUILT = join(repoRoot, 'dist', 'cli', 'main.js');

function chronicle(args: string[], input?: string): { status: number | null; stdout: string; stderr: string } {
  const env = { ...process.env };
  delete env.CHRONICLE_DB;
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: repoRoot, encoding: 'utf8', env, timeout: 60_000, ...(input !== undefined ? { input } : {}),
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('bin/chronicle.js: argv and stdin in, summary on stdout, rejection on stderr, exit code 2', { skip: existsSync(BUILT) ? false : 'dist/ not built (npm test builds it; or npm run build)' }, () => {
  const db = join(tempDir('chronicle-bin-'), 'test.db');
  const input = '{"published":"2021-01-07","title":"Pass","text":"The pass reopened on Thursday."}\n{broken\n';
  const r = chronicle(['--db', db, 'ingest', '--no-analyze', '-'], input);
  assert.equal(r.status, 2, r.stderr);
  assert.match(r.stdout, /^1 new, 0 duplicate, 0 near-duplicate, 0 already stored, 1 rejected \(/);
  assert.match(r.stderr, /^rejected <stdin>:2: broken JSON/m);
});

const version = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;

test('chronicle --version prints the package version', () => {
  const r = spawnSync(process.execPath, [BIN, '--version'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout.trim(), version);
});

test('a reader that stops early ends the command quietly (no EPIPE trace, exit 0)', () => {
  // Writes up to 256 MB through the guard bin/chronicle.js installs, so the pipe is sure to close mid-write; if
  // the guard did not end the process, the loop would finish and exit 3.
  const script = "import('./dist/cli/main.js').then((m) => { m.quietOnClosedPipe(); " +
    "const block = 'line of output\\n'.repeat(4096); for (let i = 0; i < 4096; i++) process.stdout.write(block); " +
    'process.exitCode = 3; });';
  const r = spawnSync('bash', ['-c', `"${process.execPath}" --input-type=module -e "${script}" | head -c 100 >/dev/null; ` +
    // biome-ignore lint/suspicious/noTemplateCurlyInString: ${PIPESTATUS[0]} is bash's, not a template placeholder
    'echo "node exit ${PIPESTATUS[0]}" >&2'], { encoding: 'utf8', cwd: repoRoot });
  assert.equal(r.stderr.trim(), 'node exit 0');
});
