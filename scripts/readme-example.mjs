// Rewrites the example timeline shown in README.md from a fresh run of the example corpus, so the README shows
// what `npm run example` really prints. Run after `npm run build`: node scripts/readme-example.mjs
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const START = '<!-- EXAMPLE-TIMELINE -->';
const END = '<!-- /EXAMPLE-TIMELINE -->';
const dir = mkdtempSync(join(tmpdir(), 'chronicle-readme-'));
try {
  const output = execFileSync(process.execPath,
    ['bin/chronicle.js', '--db', join(dir, 'example.db'), 'timeline', 'examples/harbour-bridge'],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const readme = readFileSync('README.md', 'utf8');
  const from = readme.indexOf(START);
  if (from < 0) throw new Error(`README.md has no ${START} marker`);
  const endAt = readme.indexOf(END, from);
  const to = endAt < 0 ? from + START.length : endAt + END.length;
  const block = `${START}\nWhat \`npm run example\` prints (abridged to the first entries; regenerate with ` +
    '`node scripts/readme-example.mjs`):\n\n```text\n' +
    output.trimEnd().split('\n').slice(0, 40).join('\n') + '\n…\n```\n' + END;
  writeFileSync('README.md', readme.slice(0, from) + block + readme.slice(to));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
