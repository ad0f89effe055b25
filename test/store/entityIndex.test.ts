// The entity index on each store: the per-entity counts, days and written forms kept up to date as analyses are
// saved and replaced must equal what counting every stored mention gives, and each article's mention record must
// give back its analysis's mentions. Run against SQLite always and PostgreSQL when CHRONICLE_TEST_PG is set.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Doc, EntityKind, EntityMention, EntityRef } from '../../src/types.js';
import type { EntityAliases, PreparedArticle, StoredEntity } from '../../src/store/store.js';
import { STORE_KINDS } from '../helpers/stores.js';

const PEOPLE = ['Ilse Marren', 'Tomas Verhoef', 'Ana Lobo'];
const PLACES = ['Harbour Bridge', 'Kessel Ford'];

/** A text naming some of the entities, in a fixed pattern chosen by `seed`, and its mentions with refs. */
function article(seed: number): { text: string; mentions: EntityMention[]; refs: (EntityRef | undefined)[] } {
  const parts: string[] = [];
  const mentions: EntityMention[] = [];
  const refs: (EntityRef | undefined)[] = [];
  let text = '';
  const add = (written: string, name: string, kind: EntityKind, resolved: boolean): void => {
    text += `${parts.length ? ' ' : ''}On the day ${written} spoke.`;
    parts.push(written);
    const start = text.lastIndexOf(written);
    mentions.push({ kind, name, start, end: start + written.length, text: written });
    refs.push(resolved ? { key: `${kind}:${name}`, kind, name } : undefined);
  };
  for (let i = 0; i < 2 + (seed % 4); i++) {
    const person = PEOPLE[(seed + i) % PEOPLE.length]!;
    const written = i % 2 === 0 ? person : person.split(' ')[1]!;
    add(written, person, 'PERSON', (seed + i) % 5 !== 0);
    if ((seed + i) % 3 === 0) add(PLACES[(seed + i) % PLACES.length]!, PLACES[(seed + i) % PLACES.length]!, 'PLACE', true);
  }
  return { text, mentions, refs };
}

function doc(text: string, entities: EntityMention[]): Doc {
  return { text, published: '2021-01-01', sentences: [{ index: 0, start: 0, end: text.length, text }], timexes: [], entities, quotes: [] };
}

/** The listing and aliases as counting every mention of the latest analyses gives them. */
function expected(saved: Map<number, { day: string; mentions: EntityMention[]; refs: (EntityRef | undefined)[] }>):
  { listing: StoredEntity[]; aliases: Map<string, Map<string, number>> } {
  const by = new Map<string, StoredEntity & { ids: Set<number> }>();
  const aliases = new Map<string, Map<string, number>>();
  for (const [id, { day, mentions, refs }] of saved) {
    mentions.forEach((m, i) => {
      const ref = refs[i];
      if (!ref) return;
      let e = by.get(ref.key);
      if (!e) by.set(ref.key, (e = { key: ref.key, kind: ref.kind, name: ref.name, mentions: 0, articles: 0, ids: new Set() }));
      e.mentions++;
      e.ids.add(id);
      e.articles = e.ids.size;
      e.first = !e.first || day < e.first ? day : e.first;
      e.last = !e.last || day > e.last ? day : e.last;
      const forms = aliases.get(ref.name) ?? new Map<string, number>();
      forms.set(m.text, (forms.get(m.text) ?? 0) + 1);
      aliases.set(ref.name, forms);
    });
  }
  const listing = [...by.values()].map(({ ids: _ids, ...e }) => e)
    .sort((a, b) => b.mentions - a.mentions || (a.name < b.name ? -1 : 1));
  return { listing, aliases };
}

function aliasMap(found: EntityAliases[]): Map<string, number> {
  return new Map(found.flatMap((e) => e.aliases.map((a) => [a.text, a.mentions] as [string, number])));
}

for (const kind of STORE_KINDS) {
  describe(`entity index (${kind.name})`, { skip: kind.skip }, () => {
    test('counts, days, written forms and mention records follow every save and re-save', async () => {
      const store = await kind.open(await kind.location());
      const texts = new Map<number, { text: string; day: string }>();
      const ids = await store.transaction(async (tx) => {
        const out: number[] = [];
        for (let seed = 0; seed < 12; seed++) {
          const { text } = article(seed);
          const day = `2023-0${1 + (seed % 6)}-1${seed % 10}`;
          const a: PreparedArticle = { text, published: day, origin: `${seed}.txt`, hash: `h${seed}`,
            signature: new Uint32Array(0) };
          const id = await tx.insertArticle(a);
          texts.set(id, { text, day });
          out.push(id);
        }
        return out;
      });
      const saved = new Map<number, { day: string; mentions: EntityMention[]; refs: (EntityRef | undefined)[] }>();
      const save = async (id: number, seed: number): Promise<void> => {
        const { text, day } = texts.get(id)!;
        const made = article(seed);
        // A re-analysis names other entities in the same article: the stored text stays, the mentions change.
        const mentions = made.mentions.filter((m) => m.end <= text.length && text.slice(m.start, m.end) === m.text);
        const refs = made.refs.filter((_, i) => made.mentions[i]!.end <= text.length &&
          text.slice(made.mentions[i]!.start, made.mentions[i]!.end) === made.mentions[i]!.text);
        await store.saveAnalyses([{ articleId: id, version: 1, doc: doc(text, mentions),
          entityRefs: refs as EntityRef[], timelineRecord: new Uint8Array([1]) }]);
        saved.set(id, { day, mentions, refs });
      };
      const check = async (when: string): Promise<void> => {
        const want = expected(saved);
        assert.deepEqual(await store.listEntities(), want.listing, `listing ${when}`);
        for (const name of [...PEOPLE, ...PLACES]) {
          const found = await store.entityAliases(name);
          assert.deepEqual(aliasMap(found), want.aliases.get(name) ?? new Map(), `aliases of ${name} ${when}`);
        }
        // The articles naming an entity, by its name or by a form written for it, whatever the case.
        for (const name of [...PEOPLE, ...PLACES, 'marren', 'VERHOEF', 'Lobo', 'Nobody']) {
          const q = name.toLowerCase();
          const want = [...saved].filter(([, a]) => a.mentions.some((m, i) => a.refs[i] &&
            (a.refs[i]!.name.toLowerCase() === q || m.text.toLowerCase() === q))).map(([id]) => id).sort((x, y) => x - y);
          assert.deepEqual(await store.articlesMentioning(name), want, `articles naming ${name} ${when}`);
        }
      };
      for (const [i, id] of ids.entries()) await save(id, i);
      await check('after the first analyses');
      assert.deepEqual(await store.listEntities({ limit: 2, offset: 1 }), expected(saved).listing.slice(1, 3));
      assert.deepEqual(await store.listEntities({ kind: 'PLACE' }),
        expected(saved).listing.filter((e) => e.kind === 'PLACE'));
      // Re-analyses with other mentions, one of them saved alone, the others together.
      await save(ids[0]!, 7);
      await check('after one re-analysis');
      for (const [i, id] of ids.entries()) if (i % 2 === 1) await save(id, i + 3);
      await check('after more re-analyses');
      // An article re-analysed to no resolved mention drops out of every count, and an entity left without mentions
      // is no longer listed.
      for (const id of ids) {
        const { text, day } = texts.get(id)!;
        await store.saveAnalyses([{ articleId: id, version: 2, doc: doc(text, []), entityRefs: [] }]);
        saved.set(id, { day, mentions: [], refs: [] });
      }
      await check('after analyses without mentions');
      assert.deepEqual(await store.listEntities(), []);
      await store.close();
    });

    test('a mention record gives back the analysis mentions; none when the analysis is not of the stored text', async () => {
      const store = await kind.open(await kind.location());
      const text = 'Ilse Marren met Verhoef in Kessel Ford. Marren said she would return.';
      const id = await store.transaction((tx) => tx.insertArticle({ text, published: '2023-05-01', origin: 'x',
        hash: 'x', signature: new Uint32Array(0) }));
      const mentions: EntityMention[] = [
        { kind: 'PERSON', name: 'Ilse Marren', start: 40, end: 46, text: 'Marren' },
        { kind: 'PERSON', name: 'Ilse Marren', start: 0, end: 11, text: 'Ilse Marren' },
        { kind: 'PERSON', name: 'Tomas Verhoef', start: 16, end: 23, text: 'Verhoef' },
        // a mention whose text is not the slice of the article text (a tagger's normalised form) keeps its own
        { kind: 'PLACE', name: 'Kessel Ford', start: 27, end: 38, text: 'Kessel-Ford' },
      ];
      await store.saveAnalyses([{ articleId: id, version: 1, doc: doc(text, mentions),
        entityRefs: [], timelineRecord: new Uint8Array([1]) }]);
      assert.ok(store.getEntityMentions, 'the store keeps mention records');
      assert.deepEqual(await store.getEntityMentions(new Map([[id, text]])), new Map([[id, mentions]]));
      await store.saveAnalyses([{ articleId: id, version: 2, doc: doc(text, mentions), entityRefs: [] }]);
      assert.deepEqual(await store.getEntityMentions(new Map([[id, text]])), new Map(),
        'an analysis saved without a timeline record has no mention record either');
      await store.close();
    });
  });
}
