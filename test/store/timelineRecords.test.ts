// The timeline index in both stores: a record is saved with its analysis and read back byte for byte; an
// analysis saved again without one drops it (it would describe the old analysis).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDoc } from '../../src/analyze/index.js';
import { timelineRecord } from '../../src/timeline/record.js';
import { STORE_KINDS } from '../helpers/stores.js';

const TEXT = 'The Harbour Bridge collapsed on Tuesday, March 14, 2023. Divers searched the river on Wednesday.';

for (const kind of STORE_KINDS) {
  describe(`timeline records: ${kind.name}`, { skip: kind.skip }, () => {
    test('saved with the analysis, read back as saved, dropped when the analysis is saved without one', async () => {
      const store = await kind.open(await kind.location());
      const id = await store.transaction(async (tx) => {
        const inserted = await tx.insertArticle({ text: TEXT, published: '2023-03-15', origin: 'a.txt', hash: 'h1',
          signature: new Uint32Array(0) });
        await tx.addOrigin(inserted, 'a.txt');
        return inserted;
      });
      const doc = analyzeDoc(TEXT, '2023-03-15');
      const record = timelineRecord(doc, TEXT)!;
      assert.ok(record);
      await store.saveAnalyses([{ articleId: id, version: 1, doc, entityRefs: [], timelineRecord: record }]);
      const read = await store.getTimelineRecords!([id, id + 1]);
      assert.deepEqual([...read.keys()], [id]);
      assert.deepEqual(Uint8Array.from(read.get(id)!), record);
      await store.saveAnalyses([{ articleId: id, version: 2, doc, entityRefs: [] }]);
      assert.equal((await store.getTimelineRecords!([id])).size, 0);
      assert.equal((await store.getTimelineRecords!([])).size, 0);
      await store.close();
    });
  });
}
