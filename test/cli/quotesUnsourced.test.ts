// The quotes list shows whose words they are: reported words the article gives no source for ("…, citing cracks
// in the anchorage" after a passive) are left out unless asked for, since a reader cannot tell who said them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

interface Listed { speaker: string | null; speakerText: string | null; text: string }

test('quotes: reported words with no source are left out by default and listed with --unsourced', async () => {
  const dir = join(tempDir('chronicle-quotes-unsourced-'), 'in');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'closure.txt'), 'date 2023-03-16\nFerries replaced the Harbour Bridge crossing on Wednesday. ' +
    'The closure was announced late on Tuesday, citing cracks in the cable anchorage. Mayor Ines Dorpe said the bridge ' +
    'would stay shut until the spring.\n');
  const db = join(dir, '..', 'q.db');
  const ingest = await cli(['--db', db, 'ingest', dir]);
  assert.equal(ingest.status, 0, ingest.stderr);

  const all = JSON.parse((await cli(['--db', db, 'quotes', '--json', '--unsourced'])).stdout) as Listed[];
  const show = JSON.stringify(all, null, 1);
  const cracks = all.find((q) => /cracks in the cable anchorage/.test(q.text));
  assert.ok(cracks, show);
  assert.equal(cracks.speaker ?? cracks.speakerText, null, show);
  assert.ok(all.some((q) => q.speaker === 'Ines Dorpe'), show);

  const listed = JSON.parse((await cli(['--db', db, 'quotes', '--json'])).stdout) as Listed[];
  assert.deepEqual(listed.map((q) => q.text), all.filter((q) => q !== cracks).map((q) => q.text));
  const text = await cli(['--db', db, 'quotes']);
  assert.match(text.stdout, /Ines Dorpe: \(said\) the bridge would stay shut until the spring/);
  assert.doesNotMatch(text.stdout, /cracks/);
});
