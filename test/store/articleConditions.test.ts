// Narrowing by conditions the store applies itself (ArticleFilter.where): each condition holds for the articles in
// its ids or mentioning an entity under one of its names, all conditions must hold, and the result is what
// intersecting and uniting the id lists of articlesMentioning would give, in publication order.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ingestItems } from '../../src/service/index.js';
import type { Store } from '../../src/store/store.js';
import type { RawArticle, SourceItem } from '../../src/types.js';
import { STORE_KINDS } from '../helpers/stores.js';

const ARTICLES: RawArticle[] = [
  { origin: 'a', published: '2021-03-02', text: 'Union leader Dana Pirelli called a strike at the port of Velmora on Monday.' },
  { origin: 'b', published: '2021-03-01', text: 'Harbour master Marco Ferreti said on Sunday that ferries would run as usual.' },
  { origin: 'c', published: '2021-03-03', text: 'Fishing boats stayed in the harbour as the weather turned on Wednesday.' },
  { origin: 'd', published: '2021-03-04', text: 'Dana Pirelli met Marco Ferreti on Thursday. Pirelli said talks went well.' },
];

async function* itemsOf(articles: RawArticle[]): AsyncGenerator<SourceItem> {
  for (const article of articles) yield { kind: 'article', article };
}

for (const kind of STORE_KINDS) {
  describe(`article conditions (${kind.name})`, { skip: kind.skip }, () => {
    let store: Store;
    let id: Record<string, number>;
    before(async () => {
      store = await kind.open(await kind.location());
      await ingestItems(store, itemsOf(ARTICLES));
      const all = await store.listArticles({});
      id = Object.fromEntries(all.map((a) => [a.text.slice(0, 12), a.id]));
    });
    after(async () => { await store?.close(); });

    const byStart = (start: string): number => id[start.slice(0, 12)]!;

    test('names: the articles mentioning the entity, as articlesMentioning finds them, in publication order', async () => {
      const named = await store.listArticleIds({ where: [{ names: ['Dana Pirelli'] }] });
      assert.deepEqual(named, [byStart('Union leader'), byStart('Dana Pirelli')]);
      assert.deepEqual(new Set(named), new Set(await store.articlesMentioning('Dana Pirelli')));
      assert.deepEqual(await store.listArticleIds({ where: [{ names: ['dana pirelli'] }] }), named, 'case aside');
      assert.deepEqual(await store.listArticleIds({ where: [{ names: ['Nobody Known'] }] }), []);
    });

    test('ids or names within a condition; conditions together; the other filters still apply', async () => {
      const harbour = byStart('Fishing boats');
      assert.deepEqual(await store.listArticleIds({ where: [{ ids: [harbour], names: ['Dana Pirelli'] }] }),
        [byStart('Union leader'), harbour, byStart('Dana Pirelli')]);
      assert.deepEqual(await store.listArticleIds({ where: [{ names: ['Dana Pirelli'] },
        { names: ['Marco Ferreti'] }] }), [byStart('Dana Pirelli')]);
      assert.deepEqual(await store.listArticleIds({ from: '2021-03-03', where: [{ names: ['Dana Pirelli'] }] }),
        [byStart('Dana Pirelli')]);
      assert.deepEqual(await store.listArticleIds({ ids: [byStart('Union leader')], where: [{ names: ['Dana Pirelli'] }] }),
        [byStart('Union leader')]);
      assert.deepEqual(await store.listArticleIds({ where: [{}] }), [], 'a condition nothing can meet');
      const listed = await store.listArticles({ where: [{ names: ['Marco Ferreti'] }], textChars: 10 });
      assert.deepEqual(listed.map((a) => a.text), ['Harbour ma', 'Dana Pirel']);
      // A name as written in a mention finds the articles that write it so.
      assert.deepEqual(await store.listArticleIds({ where: [{ names: ['Pirelli'] }] }), [byStart('Dana Pirelli')]);
      assert.deepEqual(await store.articlesMentioning('Pirelli'), [byStart('Dana Pirelli')]);
    });
  });
}
