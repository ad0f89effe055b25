// Finds every test/**/*.test.ts (or those whose path contains the argument) and runs them with node's test
// runner through tsx. Node 20's --test does not expand globs, so the list is built here.
//
// The files are shared out over two processes (one per core; --jobs=N for more), the files of a folder (two
// levels deep: test/analyze/time with its parsers/) staying together. Each node process pays ~0.5 s to start with tsx, and again each time it loads the code under test
// through the TypeScript loader (the CLI alone takes ~2 s): one process per file made that over half of the
// suite's CPU. Test files keep no state outside their own modules (no process.env, cwd or global changes), so
// sharing a process is safe; a file with top-level before/after hooks, which would apply to every file in its
// process, runs alone. `--isolated` runs one process per file, to rule sharing out when a failure looks odd.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';

function collect(dir, out) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) collect(path, out);
    else if (name.endsWith('.test.ts')) out.push(path);
  }
  return out;
}

const args = process.argv.slice(2);
const isolated = args.includes('--isolated');
const jobs = Number(args.find((a) => a.startsWith('--jobs='))?.slice(7) ?? 2);
const filter = args.find((a) => !a.startsWith('--'));
const files = collect('test', []).filter((f) => !filter || f.includes(filter));
if (files.length === 0) {
  console.error('no test files found');
  process.exit(1);
}

const hasTopLevelHooks = (file) => /^(before|after|beforeEach|afterEach)\(/m.test(readFileSync(file, 'utf8'));

/** Entry modules, each importing its share of the test files; named after their folders for the reporter. */
function shardEntries(dir) {
  const folders = new Map();
  const alone = [];
  for (const f of files) {
    if (hasTopLevelHooks(f)) {
      alone.push(f);
      continue;
    }
    const key = relative('test', dirname(f)).split(sep).slice(0, 2).join('/') || '.';
    folders.set(key, [...(folders.get(key) ?? []), f]);
  }
  // Largest folders first, each to the lightest shard so far (file count stands in for cost).
  const shards = Array.from({ length: Math.max(1, jobs) }, () => ({ names: [], files: [] }));
  for (const [key, members] of [...folders].sort((a, b) => b[1].length - a[1].length)) {
    const lightest = shards.reduce((a, b) => (b.files.length < a.files.length ? b : a));
    lightest.names.push(key);
    lightest.files.push(...members);
  }
  const entries = shards.filter((s) => s.files.length > 0).map((s, i) => {
    const entry = join(dir, `shard-${i + 1}.test.mjs`);
    // Named here because node's reporter names only the entry module when a whole process fails.
    process.stderr.write(`${entry}: test/{${s.names.join(',')}}\n`);
    writeFileSync(entry, s.files.map((f) => `import ${JSON.stringify(pathToFileURL(resolve(f)).href)};\n`).join(''));
    return entry;
  });
  return [...entries, ...alone];
}

const shardDir = isolated ? undefined : mkdtempSync(join(tmpdir(), 'chronicle-tests-'));
try {
  const targets = shardDir ? shardEntries(shardDir) : files;
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', `--test-concurrency=${jobs}`, ...targets], {
    stdio: 'inherit',
  });
  process.exitCode = result.status ?? 1;
} finally {
  if (shardDir) rmSync(shardDir, { recursive: true, force: true });
}
