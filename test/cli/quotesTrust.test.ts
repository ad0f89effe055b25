// `chronicle quotes` as an editor reads it: only words someone said, each cut where its sentence ends, under the
// name of who said it. A scraped page's headline run into its first lines, a payment "issued", a blog's "Posted
// by" listing and a chronology's dates must not show up as quotes or speakers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

interface Listed { speaker: string | null; speakerText: string | null; cue: string; text: string }

test('quotes: no quote from a non-speech object, a run-in headline, a stamp or a chronology date', async () => {
  const dir = join(tempDir('chronicle-quotes-trust-'), 'in');
  mkdirSync(dir);
  const articles = [
    ['2010-08-20', "BP's compensation fund for Gulf oil spill victims has issued a final settlement payment to just one claimant, records show. " +
      'Kenneth Feinberg said the fund would speed up payments.'],
    ['2011-12-16', 'Qatar calls for Arabs to send in troops Under the emir, Qatar was the first Arab country to join the intervention in Libya ' +
      'The ruler of Qatar has said Arab countries should send troops into Syria.'],
    ['2010-06-30', 'Chronology of the spill.\nApril 29 - U.S. President Barack Obama pledges every available resource to the clean-up.\n' +
      'Posted by Matt Maher, on June 1, 2010 2:11 AM'],
  ];
  for (const [i, [date, text]] of articles.entries()) writeFileSync(join(dir, `${i}.txt`), `date ${date} ${text}\n`);
  const db = join(dir, '..', 'q.db');
  const ingest = await cli(['--db', db, 'ingest', dir]);
  assert.equal(ingest.status, 0, ingest.stderr);
  const r = await cli(['--db', db, 'quotes', '--json']);
  assert.equal(r.status, 0, r.stderr);
  const all = JSON.parse(r.stdout) as Listed[];
  const show = JSON.stringify(all, null, 1);
  // "records show" that the fund paid is a finding; the payment itself is no one's words
  assert.ok(!all.some((q) => q.cue === 'issued' || /by Matt Maher/.test(q.text)), `an object that is no speech listed as words: ${show}`);
  const ruler = all.find((q) => /send troops into Syria/.test(q.text));
  assert.ok(ruler, show);
  assert.ok(!/Under the emir|troops Under/.test(ruler.text) && !/Under the emir/.test(ruler.speakerText ?? ''), `the headline ran into the quote: ${show}`);
  const obama = all.find((q) => /every available resource/.test(q.text));
  assert.ok(obama, show);
  assert.equal(obama.speakerText, 'U.S. President Barack Obama', show);
  assert.ok(all.some((q) => /speed up payments/.test(q.text)), show);
});
