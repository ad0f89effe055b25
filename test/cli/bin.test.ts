// The built command as a user runs it (the suite's one spawn of bin/chronicle.js; other CLI tests call main()
// in-process): --version, and a reader that closes the pipe early.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;

test('chronicle --version prints the package version', () => {
  const r = spawnSync(process.execPath, ['bin/chronicle.js', '--version'], { encoding: 'utf8' });
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
    'echo "node exit ${PIPESTATUS[0]}" >&2'], { encoding: 'utf8' });
  assert.equal(r.stderr.trim(), 'node exit 0');
});
