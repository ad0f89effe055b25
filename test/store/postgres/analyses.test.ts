// Analyses on PostgreSQL are packed by the client (store/docCodec.ts) and read back exactly; rows written as JSON
// text before stay readable; the sentences table nothing read is gone.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { brotliDecompressSync } from 'node:zlib';
import pg from 'pg';
import type { Doc } from '../../../src/types.js';
import { STORE_KINDS } from '../../helpers/stores.js';

const POSTGRES = STORE_KINDS.find((k) => k.name === 'postgres')!;
const TEXT = 'Ann Lee, the mayor, said on Monday: "The bridge reopens in May." Work began on 3 March 2023.';

describe('PostgreSQL analyses', { skip: POSTGRES.skip }, () => {
  test('packed without the article text, read back as saved; JSON text rows from before still read', async () => {
    const url = await POSTGRES.location();
    const store = await POSTGRES.open(url);
    const ids = await store.transaction(async (tx) => [
      await tx.insertArticle({ text: TEXT, published: '2023-04-02', origin: 'a', hash: 'h1', signature: new Uint32Array(0) }),
      await tx.insertArticle({ text: `${TEXT} More.`, published: '2023-04-03', origin: 'b', hash: 'h2', signature: new Uint32Array(0) }),
    ]);
    const doc = (text: string): Doc => ({ text, published: '2023-04-02',
      sentences: [{ index: 0, start: 0, end: 19, text: text.slice(0, 19) }], timexes: [], entities: [],
      quotes: [{ speaker: 'Ann Lee', text: 'The bridge reopens in May.', start: 37, end: 63, direct: true }] });
    // the second analysed a text other than the stored one: it must keep its own
    const other = doc('Something else entirely was analysed here.');
    await store.saveAnalyses([{ articleId: ids[0]!, version: 1, doc: doc(TEXT), entityRefs: [] },
      { articleId: ids[1]!, version: 1, doc: other, entityRefs: [] }]);
    const back = await store.getAnalyses(ids);
    assert.equal(JSON.stringify(back.get(ids[0]!)), JSON.stringify(doc(TEXT)));
    assert.equal(JSON.stringify(back.get(ids[1]!)), JSON.stringify(other));
    const raw = new pg.Client({ connectionString: url });
    await raw.connect();
    const rows = (await raw.query<{ doc: string | null; packed: Buffer }>(
      'SELECT doc, packed FROM analyses ORDER BY article_id')).rows;
    assert.deepEqual(rows.map((r) => r.doc), [null, null]);
    const json = rows.map((r) => brotliDecompressSync(r.packed).toString('utf8'));
    assert.ok(!json[0]!.includes('Work began'), 'the article text is not stored again');
    assert.ok(json[1]!.includes('Something else'), 'a text other than the article\'s is kept');
    await raw.query('UPDATE analyses SET doc = $1, packed = NULL WHERE article_id = $2', [JSON.stringify(doc(TEXT)), ids[0]]);
    assert.equal(JSON.stringify(await store.getAnalysis(ids[0]!)), JSON.stringify(doc(TEXT)), 'a JSON text row reads');
    const sentences = await raw.query(`SELECT to_regclass('sentences') AS t`);
    assert.equal(sentences.rows[0].t, null);
    await raw.end();
    await store.close();
  });

  test('entities: a known one keeps its id and is renamed only when its name changed; new ones are added', async () => {
    const store = await POSTGRES.open(await POSTGRES.location());
    const id = await store.transaction((tx) => tx.insertArticle({ text: TEXT, published: '2023-04-02', origin: 'a',
      hash: 'h1', signature: new Uint32Array(0) }));
    const doc: Doc = { text: TEXT, published: '2023-04-02', sentences: [], timexes: [], quotes: [],
      entities: [{ kind: 'PERSON', name: 'Ann Lee', start: 0, end: 7, text: 'Ann Lee' }] };
    const save = (name: string, key: string) => store.saveAnalyses([{ articleId: id, version: 1, doc,
      entityRefs: [{ key, kind: 'PERSON', name }] }]);
    await save('Ann Lee', 'p:ann');
    await save('Ann Lee', 'p:ann');
    assert.deepEqual((await store.listEntities()).map((e) => [e.key, e.name, e.mentions]), [['p:ann', 'Ann Lee', 1]]);
    await save('Ann B. Lee', 'p:ann');
    assert.deepEqual((await store.listEntities()).map((e) => [e.key, e.name, e.mentions]), [['p:ann', 'Ann B. Lee', 1]]);
    await save('Bo Li', 'p:bo');
    assert.deepEqual((await store.listEntities()).map((e) => [e.key, e.name, e.mentions]), [['p:bo', 'Bo Li', 1]],
      'the article now mentions only the new one');
    await store.close();
  });
});
