// The corpus-level resolver (resolver.ts): one stable key per entity across documents.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EntityResolver } from '../../../src/analyze/entities/resolver.js';
import { Gazetteer } from '../../../src/analyze/entities/gazetteer.js';
import { canonicalizeDocument } from '../../../src/analyze/entities/names.js';
import type { EntityMention } from '../../../src/types.js';

test('resolver: short forms and titled forms reach the corpus entity', () => {
  const r = new EntityResolver(new Gazetteer(new Map([['kovrig', 'PLACE']])));
  const kovrig = r.resolve({ kind: 'PERSON', name: 'Michael Kovrig' });
  const meng = r.resolve({ kind: 'PERSON', name: 'Meng Wanzhou' });
  const champagne = r.resolve({ kind: 'PERSON', name: 'Foreign Minister Francois-Philippe Champagne' });
  assert.equal(champagne.name, 'Francois-Philippe Champagne');
  assert.equal(r.resolve({ kind: 'PERSON', name: 'Kovrig' }).key, kovrig.key);
  assert.equal(r.resolve({ kind: 'PERSON', name: 'Mr. Kovrig' }).key, kovrig.key);
  assert.equal(r.resolve({ kind: 'PERSON', name: 'Meng' }).key, meng.key);
  assert.equal(r.resolve({ kind: 'PERSON', name: 'Champagne' }).key, champagne.key);
  assert.equal(r.resolve({ kind: 'PERSON', name: 'François-Philippe Champagne' }).key, champagne.key);
  assert.equal(r.resolve({ kind: 'PERSON', name: 'Champagne' }).name, 'Francois-Philippe Champagne');
  // a different person stays apart; a place the gazetteer knows by that word too
  assert.notEqual(r.resolve({ kind: 'PERSON', name: 'Michael Spavor' }).key, kovrig.key);
  const place = r.resolve({ kind: 'PLACE', name: 'Kovrig' });
  assert.notEqual(place.key, kovrig.key);
  assert.equal(r.resolve({ kind: 'PLACE', name: 'Kovrig' }).key, place.key);
  // "Michael" is the first word of two people: no guess
  const michael = r.resolve({ kind: 'PERSON', name: 'Michael' });
  assert.notEqual(michael.key, kovrig.key);
});

test('resolver: a multi-word name typed ORG in a later article joins the person it names elsewhere', () => {
  const r = new EntityResolver();
  const talia = r.resolve({ kind: 'PERSON', name: 'Talia Verhoef' });
  const again = r.resolve({ kind: 'ORG', name: 'Talia Verhoef' });
  assert.equal(again.key, talia.key);
  assert.equal(again.kind, 'PERSON');
  // names never seen as a person keep their own organisation entity
  assert.equal(r.resolve({ kind: 'ORG', name: 'Marrowland Water Authority' }).kind, 'ORG');
});

test('resolver: a surname shared by two people goes to the one that clearly dominates, else to neither', () => {
  const r = new EntityResolver();
  const george = r.resolve({ kind: 'PERSON', name: 'George Bush' });
  r.resolve({ kind: 'PERSON', name: 'Laura Bush' });
  assert.notEqual(r.resolve({ kind: 'PERSON', name: 'Bush' }).key, george.key);
  const r2 = new EntityResolver();
  for (let i = 0; i < 5; i++) r2.resolve({ kind: 'PERSON', name: 'George Bush' });
  r2.resolve({ kind: 'PERSON', name: 'Laura Bush' });
  assert.equal(r2.resolve({ kind: 'PERSON', name: 'Bush' }).key, r2.resolve({ kind: 'PERSON', name: 'George Bush' }).key);
});

test('resolver round-trips through JSON with the same answers', () => {
  const r = new EntityResolver();
  const kovrig = r.resolve({ kind: 'PERSON', name: 'Michael Kovrig' });
  const wang = r.resolve({ kind: 'PERSON', name: 'Wang Yi' });
  const china = r.resolve({ kind: 'PLACE', name: 'China' });
  const back = EntityResolver.fromJSON(JSON.stringify(r));
  assert.deepEqual(back.toJSON(), r.toJSON());
  assert.deepEqual(back.resolve({ kind: 'PERSON', name: 'Kovrig' }), kovrig);
  assert.deepEqual(back.resolve({ kind: 'PERSON', name: 'Foreign Minister Wang Yi' }), wang);
  assert.deepEqual(back.resolve({ kind: 'PLACE', name: 'china' }), china);
  const fresh = back.resolve({ kind: 'ORG', name: 'Huawei' });
  assert.equal(fresh.name, 'Huawei');
  // the first version's state ({entities: EntityRef[]}) still loads
  const old = EntityResolver.fromJSON(JSON.stringify({ entities: [{ key: 'PERSON:meng wanzhou', kind: 'PERSON', name: 'Meng Wanzhou' }] }));
  assert.equal(old.resolve({ kind: 'PERSON', name: 'Meng' }).key, 'PERSON:meng wanzhou');
});

test('resolver: a saved state plus the changes taken since restores the same resolver', () => {
  const r = new EntityResolver();
  const pages: { kind: 'PERSON' | 'ORG' | 'PLACE'; name: string; text?: string }[][] = [
    [{ kind: 'PERSON', name: 'Barack Obama' }, { kind: 'PLACE', name: 'China' }],
    // an alias, a kind that changes by majority, and an acronym that gets its long name
    [{ kind: 'ORG', name: 'Obama' }, { kind: 'ORG', name: 'Jordan' }, { kind: 'PLACE', name: 'Jordan' },
      { kind: 'PLACE', name: 'Jordan' }, { kind: 'ORG', name: 'British Petroleum', text: 'BP' }],
    [{ kind: 'PERSON', name: 'Michelle Obama' }, { kind: 'ORG', name: 'BP' }, { kind: 'PLACE', name: 'china' }],
  ];
  r.resolveDocument(pages[0]!);
  const saved = JSON.stringify(r);
  r.takeChanges();
  const log = pages.slice(1).map((p) => { r.resolveDocument(p); return JSON.stringify(r.takeChanges()); });
  const back = EntityResolver.fromJSON(saved);
  for (const d of log) back.applyChanges(d);
  const sorted = (x: EntityResolver) => x.toJSON().entities.map((e) => ({ ...e, names: [...e.names].sort() }));
  assert.deepEqual(sorted(back), sorted(r));
  assert.ok(JSON.parse(log[1]!).entities.length < r.toJSON().entities.length, 'a page saves only what it touched');
  for (const m of [{ kind: 'PERSON' as const, name: 'Obama' }, { kind: 'ORG' as const, name: 'BP' }, { kind: 'PLACE' as const, name: 'Jordan' }]) {
    assert.deepEqual(back.resolve(m), r.resolve(m));
  }
});

test('resolver state that is not ours is refused with a clear error', () => {
  assert.throws(() => EntityResolver.fromJSON('not json'), /entity resolver state: not JSON/);
  assert.throws(() => EntityResolver.fromJSON('{}'), /no "entities" array/);
  assert.throws(() => EntityResolver.fromJSON('{"entities":[{"key":"x","name":"X","kind":"THING"}]}'), /entity 0/);
});

test('resolver: a surname typed ORG is the dominant full name, with the full name\'s kind (T17: "Obama")', () => {
  const r = new EntityResolver();
  const obama = r.resolve({ kind: 'PERSON', name: 'Barack Obama' });
  const short = r.resolve({ kind: 'ORG', name: 'Obama' });
  assert.equal(short.key, obama.key);
  assert.equal(short.kind, 'PERSON');
  assert.equal(r.resolve({ kind: 'ORG', name: 'Mr Obama' }).key, obama.key);
  // a company that outnumbers a person of that surname stays itself
  const ford = r.resolve({ kind: 'ORG', name: 'Ford' });
  r.resolve({ kind: 'ORG', name: 'Ford' });
  r.resolve({ kind: 'PERSON', name: 'Gerald Ford' });
  assert.equal(r.resolve({ kind: 'ORG', name: 'Ford' }).key, ford.key);
});

test('resolver: one name typed differently by different articles is one entity of the majority kind (T17: "CNN")', () => {
  const r = new EntityResolver();
  const first = r.resolve({ kind: 'PLACE', name: 'CNN' });
  r.resolve({ kind: 'ORG', name: 'CNN' });
  const third = r.resolve({ kind: 'ORG', name: 'CNN' });
  assert.equal(third.key, first.key);
  assert.equal(third.kind, 'ORG');
});

test('resolver: transliterations of one name meet; different names with similar consonants do not (T17)', () => {
  const r = new EntityResolver();
  const gaddafi = r.resolve({ kind: 'PERSON', name: 'Muammar Gaddafi' });
  for (const n of ['Moammar Gadhafi', 'Muammar al-Qaddafi']) assert.equal(r.resolve({ kind: 'PERSON', name: n }).key, gaddafi.key, n);
  for (const n of ['Gadhafi', 'Qaddafi', 'Kadhafi']) assert.equal(r.resolve({ kind: 'ORG', name: n }).key, gaddafi.key, n);
  const mccain = r.resolve({ kind: 'PERSON', name: 'John McCain' });
  assert.notEqual(r.resolve({ kind: 'PERSON', name: 'Magician' }).key, mccain.key);
  const murch = r.resolve({ kind: 'PERSON', name: 'Sharon Murch' });
  assert.notEqual(r.resolve({ kind: 'ORG', name: 'March' }).key, murch.key);
  const galloway = r.resolve({ kind: 'PERSON', name: 'George Galloway' });
  assert.notEqual(r.resolve({ kind: 'PERSON', name: 'George Khalil' }).key, galloway.key);
});

test('resolver: an acronym the article links to its long name is one entity with it, in full or not', () => {
  const r = new EntityResolver();
  const bp = r.resolve({ kind: 'ORG', name: 'BP', text: 'BP' });
  const refs = r.resolveDocument([{ kind: 'ORG', name: 'British Petroleum', text: 'British Petroleum' },
    { kind: 'ORG', name: 'British Petroleum', text: 'BP' }]);
  assert.deepEqual(refs.map((x) => x.key), [bp.key, bp.key]);
  assert.equal(r.resolve({ kind: 'ORG', name: 'British Petroleum' }).key, bp.key);
  // without a link in the article, a name with the same initials stays apart
  assert.notEqual(r.resolve({ kind: 'ORG', name: 'Berkeley Partners' }).key, bp.key);
});

test('resolver: a lone surname the tagger typed PLACE is the dominant person, unless it is a known or "the" place', () => {
  const r = new EntityResolver(new Gazetteer(new Map([['jordan', 'PLACE']])));
  const obama = r.resolve({ kind: 'PERSON', name: 'Barack Obama' });
  // a person mentioned once does not yet take a place-typed word
  assert.notEqual(r.resolve({ kind: 'PLACE', name: 'Obama', text: 'Obama' }).key, obama.key);
  for (let i = 0; i < 12; i++) r.resolve({ kind: 'PERSON', name: 'Barack Obama' });
  const slip = r.resolve({ kind: 'PLACE', name: 'Obama', text: 'The Obama administration' });
  assert.equal(slip.key, obama.key);
  assert.equal(slip.kind, 'PERSON');
  const michael = r.resolve({ kind: 'PERSON', name: 'Michael Jordan' });
  assert.notEqual(r.resolve({ kind: 'PLACE', name: 'Jordan', text: 'Jordan' }).key, michael.key);
  // nor a spelling variant of a surname: the town "Misrata" is not "Hussein al-Musrati"
  for (let i = 0; i < 12; i++) r.resolve({ kind: 'PERSON', name: 'Hussein al-Musrati' });
  assert.equal(r.resolve({ kind: 'PLACE', name: 'Misrata', text: 'Misrata' }).kind, 'PLACE');
  const william = r.resolve({ kind: 'PERSON', name: 'William Hague' });
  assert.notEqual(r.resolve({ kind: 'PLACE', name: 'Hague', text: 'The Hague' }).key, william.key);
});

test('resolver: a name that differs only by middle initials is the same person, unless the initials disagree', () => {
  const r = new EntityResolver(new Gazetteer(new Map()));
  const bush = r.resolve({ kind: 'PERSON', name: 'George Bush' });
  assert.equal(r.resolve({ kind: 'PERSON', name: 'George W. Bush' }).key, bush.key);
  assert.equal(r.resolve({ kind: 'PERSON', name: 'George W Bush' }).key, bush.key);
  assert.notEqual(r.resolve({ kind: 'PERSON', name: 'George H. W. Bush' }).key, bush.key, 'other initials: another person');
  const other = new EntityResolver(new Gazetteer(new Map()));
  const mary = other.resolve({ kind: 'PERSON', name: 'Mary K. Vance' });
  assert.equal(other.resolve({ kind: 'PERSON', name: 'Mary Vance' }).key, mary.key);
  assert.notEqual(other.resolve({ kind: 'PERSON', name: 'Mary Ann Vance' }).key, mary.key, 'a middle name is no initial');
});

test('resolver: a two-letter acronym reaches only a long name the article ties to it (T17: "Barataria Pass" is not BP)', () => {
  const r = new EntityResolver();
  const bp = r.resolve({ kind: 'ORG', name: 'BP', text: 'BP' });
  // as refresh gets them: the article's canonical names first (names.ts), then the corpus
  const article = (text: string, names: string[]): EntityMention[] => {
    const ms = names.map((n) => ({ kind: 'ORG' as const, name: n, text: n, start: text.indexOf(n), end: text.indexOf(n) + n.length }))
      .sort((a, b) => a.start - b.start);
    canonicalizeDocument(ms, text);
    return ms;
  };
  for (const name of ['Barataria Pass', 'Beyond Pinocchio', 'Big Petroleum']) {
    const refs = r.resolveDocument(article(`Oil spill\nBP said so. ${name} was named on Monday.`, ['BP', name]));
    assert.notEqual(refs[1]!.key, bp.key, name);
    assert.equal(refs[0]!.key, bp.key);
  }
  // an article calling the company by its old name alone made an entity of it; the tie still reaches BP
  for (let i = 0; i < 3; i++) r.resolve({ kind: 'ORG', name: 'BP', text: 'BP' });
  r.resolveDocument(article('Officials keep saying British Petroleum.', ['British Petroleum']));
  const tied = r.resolveDocument(article('British Petroleum (BP) said so.', ['British Petroleum', 'BP']));
  assert.deepEqual(tied.map((x) => x.key), [bp.key, bp.key]);
});

test('resolver: a gendered title agrees with the person (T17: "Mrs Assad" is not Bashar al-Assad)', () => {
  const r = new EntityResolver();
  const bashar = r.resolve({ kind: 'PERSON', name: 'Bashar al-Assad' });
  for (let i = 0; i < 20; i++) r.resolve({ kind: 'PERSON', name: 'Bashar al-Assad' });
  for (let i = 0; i < 5; i++) assert.equal(r.resolve({ kind: 'ORG', name: 'Mr Assad', text: 'Mr Assad' }).key, bashar.key);
  assert.equal(r.resolve({ kind: 'PERSON', name: 'Assad', text: 'Assad' }).key, bashar.key);
  const mrs = r.resolve({ kind: 'ORG', name: 'Mrs Assad', text: 'Mrs Assad' });
  assert.notEqual(mrs.key, bashar.key);
  assert.equal(mrs.name, 'Mrs Assad');
  // also where the article joined her to him; and the bare surname stays his
  assert.equal(r.resolve({ kind: 'PERSON', name: 'Bashar al-Assad', text: 'Mrs Assad' }).key, mrs.key);
  assert.equal(r.resolve({ kind: 'PERSON', name: 'Assad', text: 'Assad' }).key, bashar.key);
  // a first name known to be a woman's settles it: "Mrs Obama" is Michelle, "Mr Obama" Barack
  const barack = r.resolve({ kind: 'PERSON', name: 'Barack Obama' });
  for (let i = 0; i < 5; i++) r.resolve({ kind: 'PERSON', name: 'Barack Obama' });
  const michelle = r.resolve({ kind: 'PERSON', name: 'Michelle Obama' });
  assert.equal(r.resolve({ kind: 'PERSON', name: 'Obama', text: 'Mrs Obama' }).key, michelle.key);
  assert.equal(r.resolve({ kind: 'PERSON', name: 'Obama', text: 'Mr Obama' }).key, barack.key);
  assert.equal(r.resolve({ kind: 'PERSON', name: 'Obama', text: 'Obama' }).key, barack.key);
  // what the resolver learnt of a gender survives a save
  const restored = EntityResolver.fromJSON(JSON.stringify(r));
  assert.notEqual(restored.resolve({ kind: 'ORG', name: 'Mrs Assad', text: 'Mrs Assad' }).key, bashar.key);
});

test('resolver: short words a letter apart are different names, romanisations of long ones meet (T17: Martha, Tories)', () => {
  const r = new EntityResolver();
  const murtha = r.resolve({ kind: 'PERSON', name: 'John Murtha' });
  const torres = r.resolve({ kind: 'PERSON', name: 'Vicente Torres' });
  assert.notEqual(r.resolve({ kind: 'PERSON', name: 'Martha' }).key, murtha.key);
  assert.notEqual(r.resolve({ kind: 'ORG', name: 'Tories' }).key, torres.key);
  const gaddafi = r.resolve({ kind: 'PERSON', name: 'Muammar Gaddafi' });
  for (let i = 0; i < 5; i++) r.resolve({ kind: 'PERSON', name: 'Muammar Gaddafi' });
  for (const n of ['Kadafi', 'Gadafi', 'Gadhafi']) assert.equal(r.resolve({ kind: 'ORG', name: n }).key, gaddafi.key, n);
});

test('resolver: a king known by his given name is not the dominant bearer of it as a surname (T17: "King Hussein")', () => {
  const r = new EntityResolver();
  const saddam = r.resolve({ kind: 'PERSON', name: 'Saddam Hussein' });
  for (let i = 0; i < 5; i++) r.resolve({ kind: 'PERSON', name: 'Saddam Hussein' });
  const king = r.resolve({ kind: 'PERSON', name: 'King Hussein' });
  assert.notEqual(king.key, saddam.key);
  assert.equal(r.resolve({ kind: 'PERSON', name: 'King Hussein' }).key, king.key);
  assert.equal(r.resolve({ kind: 'PERSON', name: 'Hussein' }).key, saddam.key, 'the lone surname: the dominant person');
  // the title is no first name: a lone "King" is not him
  assert.notEqual(r.resolve({ kind: 'PERSON', name: 'King' }).key, king.key);
});
