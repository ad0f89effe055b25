import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ingest, prepareArticle } from '../../src/ingest/ingest.js';
import { normalizeText } from '../../src/ingest/normalize.js';
import { STORE_KINDS } from '../helpers/stores.js';
import type { RawArticle, SourceItem } from '../../src/types.js';


async function* items(list: (RawArticle | { origin: string; reason: string })[]): AsyncGenerator<SourceItem> {
  for (const x of list) {
    if ('reason' in x) yield { kind: 'reject', rejection: x };
    else yield { kind: 'article', article: x };
  }
}

const story = 'The Harbour Bridge in Port Alder collapsed on Tuesday evening during rush hour, sending cars and ' +
  'a tram into the river below. Rescue teams worked through the night. Transport Minister Ilse Marren said ' +
  'an inquiry would begin at once. Castell Engineering, which built the bridge in 1998, said it was ' +
  'cooperating fully with the authorities and offered condolences to the families of the victims.';

test('normalisation unifies line endings, spaces, zero-width characters and Unicode forms', () => {
  assert.equal(normalizeText('  Caf\u0065\u0301\r\nnews\u00a0 here\u200b \n\n\n\nend  '), 'Café\nnews here\n\nend');
});

test('prepareArticle rejects empty text and impossible dates with the origin named', () => {
  const empty = prepareArticle({ text: ' \n ', published: '2020-01-01', origin: 'a.txt' });
  assert.deepEqual(empty, { origin: 'a.txt', reason: 'empty article text' });
  const bad = prepareArticle({ text: 'x', published: '2020-02-30', origin: 'b.txt' });
  assert.ok('reason' in bad && /invalid publication date '2020-02-30'/.test(bad.reason));
});

for (const kind of STORE_KINDS) {
  describe(`store: ${kind.name}`, { skip: kind.skip }, () => {
  test('identical text is stored once with all its origins; re-ingest adds nothing', async () => {
    const store = await kind.open(await kind.location());
    const input = [
      { text: story, published: '2023-03-15', origin: 'one.txt', title: 'Bridge collapses' },
      { text: `${story}\r\n`, published: '2023-03-15', origin: 'copy.txt' },
      { text: 'A different story about the ferry service that resumed on Monday after a long pause.',
        published: '2023-04-02', origin: 'ferry.txt' },
    ];
    const first = await ingest(items(input), store);
    assert.equal(first.new, 2);
    assert.equal(first.duplicate, 1);
    assert.equal(await store.countArticles(), 2);
    const [a] = await store.listArticles({ to: '2023-03-31' });
    assert.deepEqual(a!.origins.sort(), ['copy.txt', 'one.txt']);
    assert.equal(a!.title, 'Bridge collapses');

    const again = await ingest(items(input), store);
    assert.deepEqual([again.new, again.duplicate, again.nearDuplicate, again.unchanged], [0, 0, 0, 3]);
    assert.equal(await store.countArticles(), 2);
    await store.close();
  });

  test('near-duplicates (a wire copy with a small edit) are stored and linked; rewrites are not', async () => {
    const store = await kind.open(await kind.location());
    const edited = story.replace('on Tuesday evening', 'on Tuesday evening, March 14,') +
      ' The cause was not yet known.';
    const rewrite = 'Officials in Port Alder are still counting the cost of the bridge disaster, and the ' +
      'minister has promised answers from an inquiry whose chair will be named next week.';
    const s = await ingest(items([
      { text: story, published: '2023-03-15', origin: 'wire-a.txt' },
      { text: edited, published: '2023-03-15', origin: 'wire-b.txt' },
      { text: rewrite, published: '2023-03-16', origin: 'other.txt' },
    ]), store);
    assert.equal(s.new, 2);
    assert.equal(s.nearDuplicate, 1);
    const all = await store.listArticles();
    const copy = all.find((x) => x.origins.includes('wire-b.txt'))!;
    const original = all.find((x) => x.origins.includes('wire-a.txt'))!;
    assert.equal(copy.nearDuplicateOf, original.id);
    assert.equal(all.find((x) => x.origins.includes('other.txt'))!.nearDuplicateOf, undefined);
    const distinct = await store.listArticles({ excludeNearDuplicates: true });
    assert.equal(distinct.length, 2);
    await store.close();
  });

  test('rejections are counted and reported while the rest of the batch is stored', async () => {
    const store = await kind.open(await kind.location());
    const seen: string[] = [];
    const s = await ingest(items([
      { origin: 'broken.jsonl:3', reason: 'invalid JSON' },
      { text: story, published: '2023-03-15', origin: 'ok.txt' },
      { text: '', published: '2023-03-15', origin: 'empty.txt' },
    ]), store, { onRejection: (r) => seen.push(`${r.origin}: ${r.reason}`) });
    assert.equal(s.rejected, 2);
    assert.equal(s.new, 1);
    assert.deepEqual(seen, ['broken.jsonl:3: invalid JSON', 'empty.txt: empty article text']);
    await store.close();
  });

  test('a batch that fails leaves earlier batches stored and the store usable (crash safety)', async () => {
    const path = await kind.location();
    const store = await kind.open(path);
    async function* crashing(): AsyncGenerator<SourceItem> {
      for (let i = 0; i < 5; i++) {
        yield { kind: 'article', article: { text: `Article number ${i} about the inquiry ${'detail '.repeat(i + 1)}`,
          published: '2023-05-0' + (i + 1), origin: `a${i}.txt` } };
      }
      throw new Error('simulated crash');
    }
    await assert.rejects(ingest(crashing(), store, { batchSize: 2 }), /simulated crash/);
    // Two full batches of two were committed before the crash; the fifth article was in flight.
    assert.equal(await store.countArticles(), 4);
    await store.close();
    const reopened = await kind.open(path);
    async function* rest(): AsyncGenerator<SourceItem> {
      for (let i = 0; i < 5; i++) {
        yield { kind: 'article', article: { text: `Article number ${i} about the inquiry ${'detail '.repeat(i + 1)}`,
          published: '2023-05-0' + (i + 1), origin: `a${i}.txt` } };
      }
    }
    const s = await ingest(rest(), reopened, { batchSize: 2 });
    assert.equal(s.new, 1);
    assert.equal(s.unchanged, 4);
    assert.equal(await reopened.countArticles(), 5);
    await reopened.close();
  });
  });
}

test('shingleSet is the sorted set of FNV-1a hashes of lowercased word 3-shingles, for any script', async () => {
  const { shingleSet, jaccardSorted, minhashSignature, words } = await import('../../src/util/minhash.js');
  // Reference definition: hash the words joined in threes with spaces, one UTF-16 code unit at a time.
  const fnv = (s: string): number => {
    let h = 0x811c9dc5;
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    return h >>> 0;
  };
  const reference = (text: string): number[] => {
    const w = words(text);
    if (w.length === 0) return [];
    const per = Math.min(3, w.length);
    const set = new Set<number>();
    for (let i = 0; i + per <= w.length; i++) set.add(fnv(w.slice(i, i + per).join(' ')));
    return [...set].sort((a, b) => a - b);
  };
  for (const text of ['The Bridge fell. The bridge fell!', 'Café — NAÏVE İstanbul 𝒳yz 😀 end', 'one two', '',
    '... ,', 'a b c a b c a b c', 'Ελλάδα και Россия 中文 text']) {
    assert.deepEqual([...shingleSet(text)], reference(text), text);
  }
  const a = shingleSet('w1 w2 w3 w4 w5');
  const b = shingleSet('w1 w2 w3 w4 x5');
  assert.equal(jaccardSorted(a, b), 2 / 4);
  assert.equal(jaccardSorted(new Uint32Array(0), new Uint32Array(0)), 1);
  // A signature is the per-function minimum over the shingles: a subset's minima are never smaller.
  const sa = minhashSignature(a);
  const sub = minhashSignature(a.subarray(0, 1));
  for (let i = 0; i < sa.length; i++) assert.ok(sub[i]! >= sa[i]!);
});
