// What an editor reads first, checked where a user sees it (`chronicle timeline` on the example corpus) and on
// the summariser's rules: a day is told by what happened on it, not by a plan for it written the day before; a
// summary does not open on a pronoun or a connective when a free-standing sentence says the same; every headline
// keeps its sentence's main verb.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { cli } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';
import { repoRoot } from '../../src/util/paths.js';
import { buildCollection, type TimelineDoc } from '../../src/timeline/collection.js';
import { newSummaryState, summarizeDay } from '../../src/timeline/summarize.js';
import { reported } from '../../src/timeline/candidates.js';
import { dayNumber } from '../../src/timeline/dates.js';
import { isProspective, mainVerbIndex } from '../../src/timeline/clauses.js';
import type { Timex } from '../../src/types.js';

interface JsonEntry { date: string; headline?: string; sentences: { text: string }[] }

test('chronicle timeline on the example corpus: 16 March is told by what happened, and every headline has its verb', async () => {
  const db = join(tempDir('chronicle-entrytext-'), 'example.db');
  const r = await cli(['--db', db, 'timeline', join(repoRoot, 'examples', 'harbour-bridge'), '--format', 'json']);
  assert.equal(r.status, 0, r.stderr);
  const entries = (JSON.parse(r.stdout) as { entries: JsonEntry[] }).entries;
  const day = entries.find((e) => e.date === '2023-03-16');
  assert.ok(day, 'the day after the collapse is an entry');
  assert.ok(!isProspective(day.sentences[0]!.text), `a plan stands for the day: ${day.sentences[0]!.text}`);
  assert.doesNotMatch(day.sentences[0]!.text, /expected to visit/);
  for (const e of entries) {
    assert.ok(e.headline && mainVerbIndex(e.headline.split(' ')) >= 0, `${e.date}: '${e.headline}' has no verb`);
  }
});

/** One article of one sentence published on `published`, naming `day` by the words `when`. */
function article(id: number, published: string, text: string, when: string, day: string): TimelineDoc {
  const start = text.indexOf(when);
  const timex: Timex = { start, end: start + when.length, text: when, type: 'DATE', value: day, granularity: 'day', anchoredTo: 'none' };
  return { id, published, text, sentences: [{ index: 0, start: 0, end: text.length, text }], timexes: [timex] };
}

test('a day\'s plans give way to its reports; alone, a plan still tells the day', () => {
  const col = buildCollection([
    article(1, '2023-03-15', 'Prime Minister Aurel Danvik is expected to visit Port Alder on Thursday.', 'Thursday', '2023-03-16'),
    article(2, '2023-03-16', 'The death toll from the bridge collapse rose to 23 on Thursday, the fire service said.', 'Thursday', '2023-03-16'),
  ]);
  const day = dayNumber('2023-03-16');
  const [plan, report] = [col.sentences[0]!, col.sentences[1]!];
  assert.deepEqual(reported([plan, report], day), [report]);
  assert.deepEqual(reported([plan], day), [plan]);
  const chosen = summarizeDay([plan, report], 1, () => true, newSummaryState(), day);
  assert.equal(chosen[0]?.doc.id, 2);
});

test('a summary opening on a pronoun or a connective gives way to a free-standing sentence that says the same', () => {
  const mk = (id: number, text: string): TimelineDoc =>
    ({ id, published: '2011-11-08', text, sentences: [{ index: 0, start: 0, end: text.length, text }], timexes: [] });
  const col = buildCollection([
    mk(1, 'He said the jury had found the doctor guilty of involuntary manslaughter in the death of the singer.'),
    mk(2, 'Judge Michael Pastor said the jury found Conrad Murray guilty of involuntary manslaughter.'),
    mk(3, 'Fans outside the court cheered and wept as the news of the verdict spread through the crowd.'),
  ]);
  const [he, named, fans] = col.sentences as [typeof col.sentences[0], typeof col.sentences[0], typeof col.sentences[0]];
  const chosen = summarizeDay([he!, named!, fans!], 1, () => true, newSummaryState());
  assert.equal(chosen[0]?.doc.id, 2);
  // With nothing free-standing that says the same or scores near it, the pronoun's sentence is still told.
  const alone = summarizeDay([he!], 1, () => true, newSummaryState());
  assert.equal(alone[0]?.doc.id, 1);
});
