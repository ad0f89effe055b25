// The example corpus split by publication date into two folders, so that tests of "what's new" see new
// articles really arrive.
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../src/util/paths.js';
import { tempDir } from './tmp.js';

const EXAMPLES = join(repoRoot, 'examples', 'harbour-bridge');

/** The first half: articles published before this month (YYYY-MM); the second: from then on. */
export const EXAMPLES_CUT = '2023-07';

export function splitExamples(): { first: string; second: string } {
  const dir = tempDir('chronicle-follow-');
  const first = join(dir, 'first');
  const second = join(dir, 'second');
  mkdirSync(first);
  mkdirSync(second);
  for (const f of readdirSync(EXAMPLES).filter((n) => n.endsWith('.txt'))) {
    copyFileSync(join(EXAMPLES, f), join(f < EXAMPLES_CUT ? first : second, f));
  }
  return { first, second };
}
