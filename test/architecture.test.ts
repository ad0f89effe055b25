// The import rule of ARCHITECTURE.md as a test: each folder of src/ may import only the folders listed for it
// here, so the data flows one way (sources → ingest → analyze → store → timeline → render) and the faces
// (cli, server) reach the library only through the service layer and the neutral modules below it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const SRC = resolve('src');

/** Folder → the folders it may import from (besides itself). `types` is src/types.ts. */
export const ALLOWED: Record<string, string[]> = {
  types: [],
  util: ['types'],
  text: ['types', 'util'],
  formats: ['types', 'util', 'text'],
  sources: ['types', 'util', 'text'],
  clean: ['types', 'util', 'text'],
  analyze: ['types', 'util', 'text', 'clean'],
  store: ['types', 'util'],
  stories: ['types', 'util', 'text', 'timeline'],
  timeline: ['types', 'util', 'text'],
  render: ['types', 'util', 'text', 'formats'],
  ingest: ['types', 'util', 'text', 'sources', 'store'],
  evaluate: ['types', 'util', 'text', 'formats', 'sources', 'clean', 'analyze', 'stories', 'timeline', 'render'],
  service: ['types', 'util', 'text', 'sources', 'ingest', 'clean', 'analyze', 'store', 'stories', 'timeline', 'render'],
  server: ['types', 'util', 'text', 'service', 'render', 'store', 'sources'],
  cli: ['types', 'util', 'text', 'formats', 'service', 'render', 'store', 'sources', 'server', 'evaluate'],
};

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sourceFiles(path, out);
    else if (name.endsWith('.ts')) out.push(path);
  }
  return out;
}

function folderOf(file: string): string {
  const rel = relative(SRC, file).split('/');
  return rel.length === 1 ? rel[0]!.replace(/\.ts$/, '') : rel[0]!;
}

/** Relative module specifiers of a file: static imports, re-exports and dynamic import() calls. */
export function relativeImports(code: string): string[] {
  const out: string[] = [];
  const re = /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/gm;
  for (let m = re.exec(code); m; m = re.exec(code)) out.push((m[1] ?? m[2])!);
  return out;
}

test('every folder of src/ has an import rule', () => {
  const folders = new Set(sourceFiles(SRC).map(folderOf));
  for (const f of folders) assert.ok(f in ALLOWED, `src/${f} has no entry in ALLOWED (add it and to ARCHITECTURE.md)`);
});

test('no import runs against the flow', () => {
  const wrong: string[] = [];
  for (const file of sourceFiles(SRC)) {
    const from = folderOf(file);
    for (const spec of relativeImports(readFileSync(file, 'utf8'))) {
      const target = resolve(dirname(file), spec);
      if (!target.startsWith(SRC)) continue;
      const to = folderOf(target.replace(/\.js$/, '.ts'));
      if (to !== from && !ALLOWED[from]?.includes(to)) wrong.push(`${relative(SRC, file)} imports ${spec} (${from} → ${to})`);
    }
  }
  assert.deepEqual(wrong, [], `backward imports:\n${wrong.join('\n')}`);
});

test('the checker sees every kind of import', () => {
  const code = "import a from './a.js';\nimport type { B } from '../b.js';\nexport { c } from './c.js';\n" +
    "const d = await import('../d.js');\nimport {\n  e,\n} from '../e/index.js';";
  assert.deepEqual(relativeImports(code), ['./a.js', '../b.js', './c.js', '../d.js', '../e/index.js']);
});

test('no file under src/ is longer than 400 lines', () => {
  const long = sourceFiles(SRC).map((f) => [relative(SRC, f), readFileSync(f, 'utf8').split('\n').length] as const)
    .filter(([, n]) => n > 400).map(([f, n]) => `${f}: ${n} lines`);
  assert.deepEqual(long, [], `files to split:\n${long.join('\n')}`);
});
