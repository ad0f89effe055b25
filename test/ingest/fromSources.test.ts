// Readers and ingest together: the fixture tree stored once, re-ingest adds nothing, the same text from two
// formats becomes one article with both origins, and the near-duplicate threshold sits where it is documented.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSources } from '../../src/sources/index.js';
import { ingest, nearDuplicateTest, prepareArticle } from '../../src/ingest/ingest.js';
import { NEAR_DUPLICATE_JACCARD } from '../../src/util/minhash.js';
import type { PreparedArticle } from '../../src/store/store.js';
import { STORE_KINDS } from '../helpers/stores.js';
import { tempDir } from '../helpers/tmp.js';

const FIX = join(import.meta.dirname, '..', 'fixtures', 'sources');

for (const kind of STORE_KINDS) {
  describe(`readers into store: ${kind.name}`, { skip: kind.skip }, () => {
    test('the fixture tree is stored once; a second run adds nothing', async () => {
      const store = await kind.open(await kind.location());
      const rejected: string[] = [];
      const first = await ingest(readSources([FIX]), store, { onRejection: (r) => rejected.push(r.origin) });
      assert.equal(first.new + first.nearDuplicate, await store.countArticles());
      assert.equal(first.new + first.nearDuplicate + first.duplicate, 17);
      assert.ok(rejected.length > 0 && rejected.every((o) => o.startsWith(FIX)));
      const again = await ingest(readSources([FIX]), store);
      assert.deepEqual([again.new, again.duplicate, again.nearDuplicate], [0, 0, 0]);
      assert.equal(again.unchanged, first.new + first.nearDuplicate + first.duplicate);
      assert.equal(again.rejected, first.rejected);
      await store.close();
    });

    test('the same article as a seed file and as a JSONL record is stored once with both origins', async () => {
      const store = await kind.open(await kind.location());
      const dir = tempDir('chronicle-dedupe-');
      const text = 'The ferry pier reopened on Thursday after a year of repairs, the harbour master said.';
      writeFileSync(join(dir, 'a.txt'), `date 2021-03-04 ${text}\n`);
      writeFileSync(join(dir, 'b.jsonl'), `${JSON.stringify({ text: `  ${text.replace(' ', '\u00a0')}\r\n`, date: '2021-03-04' })}\n`);
      const s = await ingest(readSources([dir]), store);
      assert.deepEqual([s.new, s.duplicate], [1, 1]);
      const [a] = await store.listArticles();
      assert.deepEqual(a!.origins.sort(), [join(dir, 'a.txt'), `${join(dir, 'b.jsonl')}:1`]);
      await store.close();
    });
  });
}

test(`near-duplicate threshold: Jaccard of word 3-shingles >= ${NEAR_DUPLICATE_JACCARD}`, () => {
  // 100 distinct words → 98 shingles. Changing the last k words leaves 98-k shared shingles of 98+k.
  const base = Array.from({ length: 100 }, (_, i) => `w${i}`);
  const prep = (words: string[]): PreparedArticle => {
    const p = prepareArticle({ text: words.join(' '), published: '2020-01-01', origin: 'x' });
    assert.ok(!('reason' in p));
    return p;
  };
  const isNear = nearDuplicateTest();
  const a = prep(base);
  const edit = (k: number): string => [...base.slice(0, 100 - k), ...Array.from({ length: k }, (_, i) => `x${i}`)].join(' ');
  // k = 10: 88/108 ≈ 0.815 (near); k = 11: 87/109 ≈ 0.798 (not).
  assert.ok(Math.abs(isNear(a, edit(10))! - 88 / 108) < 1e-9);
  assert.equal(isNear(a, edit(11)), undefined);
});

describe('ingestPaths (reading in a worker thread)', () => {
  test('stores the same articles in the same order as in-process ingest, and reports the same rejections', async () => {
    const { ingestPaths } = await import('../../src/ingest/parallel.js');
    const kind = STORE_KINDS[0]!;
    const a = await kind.open(await kind.location());
    const b = await kind.open(await kind.location());
    const ra: string[] = [];
    const rb: string[] = [];
    const sa = await ingest(readSources([FIX]), a, { onRejection: (r) => ra.push(`${r.origin}: ${r.reason}`) });
    const sb = await ingestPaths([FIX], {}, b, { onRejection: (r) => rb.push(`${r.origin}: ${r.reason}`) });
    assert.deepEqual({ ...sb, storedIds: [] }, { ...sa, storedIds: [] });
    assert.deepEqual(rb, ra);
    const strip = (xs: { id: number; text: string; origins: string[]; published: string }[]) =>
      xs.map((x) => [x.id, x.published, x.text, x.origins]);
    assert.deepEqual(strip(await b.listArticles()), strip(await a.listArticles()));
    await assert.rejects(ingestPaths([join(FIX, 'missing')], {}, b), /No such file or directory/);
    await a.close();
    await b.close();
  });
});
