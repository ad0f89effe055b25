// The command line end to end (in-process, see helpers/cli.ts) on a temporary database: output shapes, exit
// codes and messages.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot, sharedData } from '../../src/util/paths.js';
import { cli } from '../helpers/cli.js';
import { openStore } from '../../src/store/index.js';
import { STORY_LABELS_STATE, STORY_LIST_STATE, STORY_STATE } from '../../src/service/refresh.js';
import { tempDir } from '../helpers/tmp.js';

const FIX = join(repoRoot, 'test', 'fixtures', 'sources');

const tempDb = (): string => join(tempDir('chronicle-cli-'), 'test.db');

describe('ingest, search, articles', () => {
  const db = tempDb();

  test('ingest reports a summary line, rejections on stderr, and exits 2 when something was rejected', async () => {
    const r = await cli(['--db', db, 'ingest', '--no-analyze', join(FIX, 'seed'), join(FIX, 'jsonl'), join(FIX, 'feed')]);
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stdout, /^8 new, 0 duplicate, 0 near-duplicate, 0 already stored, 4 rejected \(/m);
    assert.match(r.stderr, /rejected .*mixed\.jsonl:3: broken JSON/);
    assert.match(r.stderr, /rejected .*rss\.xml#2: feed item has no usable date/);
  });

  test('re-ingest adds nothing; --allow-rejects exits 0; --json summary', async () => {
    const r = await cli(['--db', db, 'ingest', '--no-analyze', '--allow-rejects', '--json', join(FIX, 'seed'), join(FIX, 'jsonl'), join(FIX, 'feed')]);
    assert.equal(r.status, 0, r.stderr);
    const s = JSON.parse(r.stdout);
    assert.deepEqual([s.new, s.duplicate, s.nearDuplicate, s.unchanged, s.rejected], [0, 0, 0, 8, 4]);
  });

  test('standard input: plain text with --date', async () => {
    const r = await cli(['--db', db, 'ingest', '--no-analyze', '--date', '2021-01-07', '-'], { input: 'The pass reopened to traffic on Thursday after the snow.\n' });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^1 new/);
  });

  test('search --json has the documented shape and finds the right article', async () => {
    const r = await cli(['--db', db, 'search', '--json', 'snow', 'pass']);
    assert.equal(r.status, 0, r.stderr);
    const hits = JSON.parse(r.stdout) as Record<string, unknown>[];
    assert.ok(hits.length >= 2);
    for (const h of hits) {
      assert.deepEqual(Object.keys(h).sort(), ['articleId', 'published', 'score', 'snippet', 'title']);
      assert.equal(typeof h.articleId, 'number');
      assert.equal(typeof h.score, 'number');
    }
    assert.equal(hits[0]!.title, 'Snow closes the pass');
    assert.match(String(hits[0]!.snippet), /\[(snow|Snow|pass)\]/);
    const dated = JSON.parse((await cli(['--db', db, 'search', '--json', '--from', '2021-01-07', 'pass'])).stdout) as { published: string }[];
    assert.ok(dated.length >= 1 && dated.every((h) => h.published >= '2021-01-07'));
  });

  test('articles --json lists what is stored, oldest first, with origins', async () => {
    const r = await cli(['--db', db, 'articles', '--json']);
    assert.equal(r.status, 0, r.stderr);
    const list = JSON.parse(r.stdout) as { id: number; published: string; title: string | null; source: string | null; origins: string[] }[];
    assert.equal(list.length, 9);
    for (const a of list) {
      for (const k of ['id', 'published', 'title', 'source', 'origins']) assert.ok(k in a, k);
      assert.ok(Array.isArray(a.origins) && a.origins.length >= 1);
    }
    assert.deepEqual(list.map((a) => a.published), [...list.map((a) => a.published)].sort());
    assert.ok(list.some((a) => a.origins[0] === '<stdin>'));
    const pier = list.find((a) => a.origins[0]!.endsWith('pier.txt'))!;
    assert.equal(pier.published, '2021-03-04');
    const limited = JSON.parse((await cli(['--db', db, 'articles', '--json', '--to', '2020-12-31'])).stdout) as unknown[];
    assert.equal(limited.length, 3);
  });

  test('errors: a missing path and a bad date option exit 1 with a message', async () => {
    const missing = await cli(['--db', db, 'ingest', '--no-analyze', join(FIX, 'does-not-exist')]);
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /No such file or directory: .*does-not-exist/);
    const badDate = await cli(['--db', db, 'search', '--from', 'yesterday', 'x']);
    assert.equal(badDate.status, 1);
    assert.match(badDate.stderr, /--from: 'yesterday' is not a date/);
  });
});

describe('the seed articles', () => {
  const seeds = sharedData('seeds');
  test('ingest ../shared/data/seeds, then search Kovrig finds both articles',
    { skip: seeds && existsSync(seeds) ? false : 'needs ../shared/data/seeds (absent here)' }, async () => {
      const db = tempDb();
      const r = await cli(['--db', db, 'ingest', '--no-analyze', seeds!]);
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, /^2 new/);
      const hits = JSON.parse((await cli(['--db', db, 'search', '--json', 'Kovrig'])).stdout) as { articleId: number }[];
      assert.equal(new Set(hits.map((h) => h.articleId)).size, 2);
    });
});

describe('timeline', () => {
  const db = tempDb();

  test('bad requests print a clear message and exit 1: empty store, no match, --from after the last date', async () => {
    const empty = await cli(['--db', db, 'timeline']);
    assert.equal(empty.status, 1);
    assert.match(empty.stderr, /store is empty/);
    const ingest = await cli(['--db', db, 'ingest', join(FIX, 'tilse'), join(FIX, 'textdir', '2019-05-06'), join(FIX, 'seed')]);
    assert.equal(ingest.status, 0, ingest.stderr);
    const noMatch = await cli(['--db', db, 'timeline', '--query', 'zeppelin']);
    assert.equal(noMatch.status, 1);
    assert.match(noMatch.stderr, /no stored article matches the query 'zeppelin'/);
    const late = await cli(['--db', db, 'timeline', '--from', '2030-01-01']);
    assert.equal(late.status, 1);
    assert.match(late.stderr, /no articles in the requested dates: stored articles run from 2015-04-25 to 2021-03-04/);
    const badFormat = await cli(['--db', db, 'timeline', '--format', 'pdf']);
    assert.equal(badFormat.status, 1);
    assert.match(badFormat.stderr, /invalid/);
    for (const command of [['timeline'], ['follow', 'create', 'old']]) {
      const retired = await cli(['--db', db, ...command, '--method', 'clust']);
      assert.equal(retired.status, 1, command.join(' '));
      assert.match(retired.stderr, /The 'clust' method was retired because .*Timeline17.*; use 'datewise'/);
    }
  });

  test('every --format works, and --out writes the file', async () => {
    const outputs = new Map<string, string>();
    for (const format of ['text', 'md', 'json', 'html', 'timelinejs', 'tilse', 'csv']) {
      const r = await cli(['--db', db, 'timeline', '--format', format]);
      assert.equal(r.status, 0, `${format}: ${r.stderr}`);
      assert.ok(r.stdout.length > 0, format);
      outputs.set(format, r.stdout);
    }
    const json = JSON.parse(outputs.get('json')!);
    assert.ok(json.entries.length >= 1);
    assert.ok(JSON.parse(outputs.get('timelinejs')!).events.length === json.entries.length);
    assert.match(outputs.get('html')!, /^<!doctype html>/);
    assert.match(outputs.get('tilse')!, /^\d{4}-\d{2}-\d{2}\n/);
    assert.match(outputs.get('csv')!, /^date,granularity,sentence,/);
    const out = join(tempDir('chronicle-cli-'), 't.md');
    const r = await cli(['--db', db, 'timeline', '--format', 'md', '--out', out]);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(readFileSync(out, 'utf8'), outputs.get('md'));
    writeFileSync(out, '');
  });
});

describe('stories', () => {
  test('labels of untitled pages: the title of a title run into its lead, never a caption or a promo line', async () => {
    const dir = tempDir('chronicle-labels-');
    const lead = 'The oil spill in the Gulf of Mexico has cost BP $6.1bn, the company said on Tuesday.';
    const rows = [
      { text: `BP oil spill cost climbs The ${lead.slice(4)}\nThe total includes the cost of the spill response and relief wells.` },
      { text: `Oil floats around a rig at the site of the spill.\nPhotograph: Jae C. Hong/AP\n${lead}\nThe relief wells are the costliest part.` },
      { text: `Share your images and videos of the spill.\n${lead}\nBP shares fell on the news of the spill cost.` },
    ].map((r, i) => JSON.stringify({ ...r, published: `2010-07-2${i}T10:00:00Z`, link: `https://example.test/spill-${i}` }));
    const file = join(dir, 'spill.jsonl');
    writeFileSync(file, `${rows.join('\n')}\n`);
    const db = join(dir, 'labels.db');
    const ing = await cli(['--db', db, 'ingest', file]);
    assert.equal(ing.status, 0, ing.stderr);
    const r = await cli(['--db', db, 'stories', '--json']);
    assert.equal(r.status, 0, r.stderr);
    const stories = JSON.parse(r.stdout) as { label: string; events: { label: string }[] }[];
    const labels = stories.flatMap((s) => [s.label, ...s.events.map((e) => e.label)]);
    assert.ok(labels.length >= 2, r.stdout);
    for (const l of labels) {
      assert.ok(l.split(' ').length <= 14, l);
      assert.doesNotMatch(l, /climbs The|floats around|Photograph|Share your/, l);
    }
    assert.ok(labels.includes('BP oil spill cost climbs') || labels.some((l) => l.startsWith('The oil spill in the Gulf')), labels.join(' | '));
  });

  test('labels stop where a title run into its lead stops, and a store labelled by an older labeller is relabelled', async () => {
    const dir = tempDir('chronicle-relabel-');
    const body = 'Saudi Arabia has said it is recalling its ambassador from Damascus in protest against the crackdown.\n' +
      'The protests have continued in cities across Syria despite the crackdown by security forces.';
    const rows = [
      `Saudi Arabia recalls ambassador to Syria Protests have continued in cities across Syria ${body}`,
      `Saudi ambassador to Syria recalled NEW: King Abdullah says the violence in Syria is unacceptable\n${body}`,
    ].map((text, i) => JSON.stringify({ text, published: `2011-08-0${i + 7}T10:00:00Z`, link: `https://example.test/syria-${i}` }));
    const file = join(dir, 'syria.jsonl');
    writeFileSync(file, `${rows.join('\n')}\n`);
    const db = join(dir, 'relabel.db');
    assert.equal((await cli(['--db', db, 'ingest', file])).status, 0);
    const labelsOf = async (): Promise<string[]> => {
      const r = await cli(['--db', db, 'stories', '--json']);
      assert.equal(r.status, 0, r.stderr);
      return (JSON.parse(r.stdout) as { label: string; events: { label: string }[] }[]).flatMap((s) => [s.label, ...s.events.map((e) => e.label)]);
    };
    const fresh = await labelsOf();
    for (const l of fresh) assert.doesNotMatch(l, /Protests have|NEW|King Abdullah/, fresh.join(' | '));
    assert.ok(fresh.includes('Saudi Arabia recalls ambassador to Syria') || fresh.includes('Saudi ambassador to Syria recalled'), fresh.join(' | '));
    // A store saved by an older labeller: its stories carry the old labels and no label version.
    const store = await openStore(db);
    const state = (await store.loadState(STORY_STATE))!;
    const stale = state.replace(/"headlines":\["[^"\]]*"/g, '"headlines":["Saudi Arabia recalls ambassador to Syria Protests have continued"');
    assert.notEqual(stale, state);
    await store.saveStoryAssignments([], { name: STORY_STATE, json: stale }, [{ name: STORY_LABELS_STATE, json: '{"version":1}' },
      { name: STORY_LIST_STATE, json: '{"version":1,"stories":1}\n{"id":1,"label":"stale","articles":2,"first":"2011-08-07","last":"2011-08-08","events":[]}' }]);
    await store.close();
    assert.deepEqual(await labelsOf(), fresh);
  });

  test('each story shows its main period and its biggest events in date order', async () => {
    const db = tempDb();
    const ing = await cli(['--db', db, 'ingest', join(repoRoot, 'examples', 'harbour-bridge')]);
    assert.equal(ing.status, 0, ing.stderr);
    const r = await cli(['--db', db, 'stories']);
    assert.equal(r.status, 0, r.stderr);
    const heads = r.stdout.split('\n').filter((l) => l.startsWith('story '));
    assert.ok(heads.length >= 1, r.stdout);
    for (const h of heads) assert.match(h, /^story \d+: .+ {2}\(\d+ articles?, \d{4}-\d{2}-\d{2} … \d{4}-\d{2}-\d{2}(; all \d{4}-\d{2}-\d{2} … \d{4}-\d{2}-\d{2})?\)$/);
    // Events under a story: at most five, in date order, each with its article count.
    const blocks = r.stdout.split(/^story /m).slice(1);
    for (const b of blocks) {
      const dates = [...b.matchAll(/^ {4}(\d{4}-\d{2}-\d{2}) {2}.+\(\d+ articles?\)$/gm)].map((m) => m[1]!);
      assert.ok(dates.length >= 1 && dates.length <= 5, b);
      assert.deepEqual(dates, [...dates].sort());
    }
  });
});
