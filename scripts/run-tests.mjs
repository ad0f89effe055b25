// Finds every test/**/*.test.ts (or those whose path contains the argument) and runs them with node's test
// runner through tsx. Node 20's --test does not expand globs, so the list is built here.
//
// Test files of one folder share a process: each process pays ~0.5 s to start node with tsx and again to load
// the modules under test through the TypeScript loader, which over ~60 files was a third of the suite's CPU.
// Test files keep no state outside their own modules (no process.env, cwd or global changes), so sharing is
// safe; `--isolated` runs one process per file as before, to rule sharing out when a failure looks odd.
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
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
const filter = args.find((a) => !a.startsWith('--'));
const files = collect('test', []).filter((f) => !filter || f.includes(filter));
if (files.length === 0) {
  console.error('no test files found');
  process.exit(1);
}

/**
 * One entry module per folder (two levels deep: test/analyze/time/parsers joins test/analyze/time) that imports
 * its test files, named after the folder so the reporter shows it.
 */
function groupEntries(dir) {
  const groups = new Map();
  for (const f of files) {
    const key = relative('test', dirname(f)).split(sep).slice(0, 2).join('.') || 'test';
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  // Bigger folders first, so the two runners finish close together.
  return [...groups].sort((a, b) => b[1].length - a[1].length).map(([key, members]) => {
    const entry = join(dir, `${key}.test.mjs`);
    writeFileSync(entry, members.map((f) => `import ${JSON.stringify(pathToFileURL(resolve(f)).href)};\n`).join(''));
    return entry;
  });
}

const groupDir = isolated ? undefined : mkdtempSync(join(tmpdir(), 'chronicle-test-groups-'));
try {
  const targets = groupDir ? groupEntries(groupDir) : files;
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...targets], {
    stdio: 'inherit',
  });
  process.exitCode = result.status ?? 1;
} finally {
  if (groupDir) rmSync(groupDir, { recursive: true, force: true });
}
