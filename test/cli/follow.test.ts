// chronicle follow end to end on the example corpus split by date, so that new articles really arrive: create →
// view → curate → ingest the second half → "what's new since last view" marks new entries, and every edit (hide,
// pin, re-date, headline, hidden sentence) holds after the rebuild. Run on SQLite, and on PostgreSQL when
// CHRONICLE_TEST_PG is set.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cli } from '../helpers/cli.js';
import { EXAMPLES_CUT, splitExamples } from '../helpers/examples.js';
import { STORE_KINDS } from '../helpers/stores.js';

const CUT = EXAMPLES_CUT;

interface JsonEntry { date: string; headline?: string; status?: string; pinned?: boolean;
  sentences: { key: string; text: string }[] }

for (const kind of STORE_KINDS) {
  describe(`chronicle follow (${kind.name})`, { skip: kind.skip }, () => {
    test('create, view, curate, new articles arrive, what is new, edits kept, export, delete', async () => {
      const db = await kind.location();
      const run = (...args: string[]) => cli(['--db', db, ...args]);
      const { first, second } = splitExamples();
      assert.equal((await run('ingest', first)).status, 0);

      let r = await run('follow', 'create', 'bridge', '--query', 'Harbour Bridge');
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, /saved 'bridge': \d+ entries/);
      r = await run('follow', 'create', 'bridge', '--query', 'ferry');
      assert.equal(r.status, 1);
      assert.match(r.stderr, /already exists/);
      r = await run('follow', 'create', 'x', '--from', 'someday');
      assert.equal(r.status, 1);
      assert.match(r.stderr, /--from: 'someday' is not a date/);
      r = await run('timeline', '--saved', 'brige');
      assert.equal(r.status, 1);
      assert.match(r.stderr, /no saved timeline 'brige'; saved timelines: bridge/);
      r = await run('timeline', '--saved', 'bridge', '--query', 'ferry');
      assert.equal(r.status, 1);
      assert.match(r.stderr, /--saved: .*drop --query/);

      r = await run('timeline', '--saved', 'bridge', '--format', 'json');
      assert.equal(r.status, 0, r.stderr);
      const before = (JSON.parse(r.stdout) as { entries: JsonEntry[] }).entries;
      assert.ok(before.length >= 4, r.stdout);
      const [headlined, hidden, redated, pinned] = before;
      const hiddenSentence = before[before.length - 1]!.sentences[0]!;
      assert.match(hiddenSentence.key, /^[0-9a-f]{10}-\d+$/);

      for (const edit of [['--hide', hidden!.date], ['--pin', pinned!.date], ['--headline', `${headlined!.date}=Bridge falls`],
        ['--date', `${redated!.date}=2023-02`], ['--hide-sentence', hiddenSentence.key]]) {
        r = await run('follow', 'edit', 'bridge', ...edit);
        assert.equal(r.status, 0, `${edit.join(' ')}: ${r.stderr}`);
      }
      r = await run('follow', 'edit', 'bridge', '--hide', '1999-01-01');
      assert.equal(r.status, 1);
      assert.match(r.stderr, /--hide: the timeline has no entry on 1999-01-01; its dates are/);
      r = await run('follow', 'edit', 'bridge');
      assert.equal(r.status, 1);
      assert.match(r.stderr, /give exactly one edit/);
      r = await run('timeline', '--saved', 'bridge');
      assert.equal(r.status, 0, r.stderr);

      assert.equal((await run('ingest', second)).status, 0);
      r = await run('follow', 'list');
      assert.equal(r.status, 0, r.stderr);
      const unread = Number(/(\d+) new or changed since last view/.exec(r.stdout)?.[1]);
      assert.ok(unread > 0, r.stdout);

      r = await run('timeline', '--saved', 'bridge', '--since', 'last-view', '--format', 'json');
      assert.equal(r.status, 0, r.stderr);
      const view = JSON.parse(r.stdout) as { digest: { new: number; lines: { status: string; date: string }[] };
        entries: JsonEntry[] };
      const after = view.entries;
      const isNew = after.filter((e) => e.status === 'new');
      assert.ok(isNew.some((e) => e.date >= CUT), JSON.stringify(after.map((e) => [e.date, e.status])));
      assert.equal(view.digest.new, isNew.length);
      assert.equal(view.digest.lines[0]?.status, 'new');
      // Every edit holds after the rebuild.
      assert.ok(!after.some((e) => e.date === hidden!.date), 'hidden entry is back');
      assert.ok(after.find((e) => e.date === pinned!.date)?.pinned, 'pinned entry is gone');
      assert.equal(after.find((e) => e.date === headlined!.date)?.headline, 'Bridge falls');
      assert.ok(after.some((e) => e.date === '2023-02') && !after.some((e) => e.date === redated!.date), 're-dated entry');
      assert.ok(!after.some((e) => e.sentences.some((s) => s.key === hiddenSentence.key)), 'hidden sentence is back');

      r = await run('timeline', '--saved', 'bridge', '--since', 'last-view');
      assert.match(r.stdout, /^What's new in 'bridge' since last-view .*: 0 new entries/);
      assert.match(r.stdout, /^\[unchanged\] /m);
      r = await run('timeline', '--saved', 'bridge', '--since', '2000-01-01', '--format', 'md');
      assert.match(r.stdout, /^## What's new$/m);

      r = await run('follow', 'export', 'bridge', '--format', 'md');
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, /: Bridge falls$/m);
      r = await run('follow', 'show', 'bridge', '--json');
      const shown = JSON.parse(r.stdout) as { lastExported?: string; edits: number };
      assert.ok(shown.lastExported);
      assert.equal(shown.edits, 5);
      r = await run('follow', 'edit', 'bridge', '--undo');
      assert.match(r.stdout, /^undid: hid sentence/);

      assert.equal((await run('follow', 'delete', 'bridge')).status, 0);
      r = await run('follow', 'list');
      assert.match(r.stdout, /no saved timelines/);
    });
  });
}
