import { test } from 'node:test';
import assert from 'node:assert/strict';
import { closeOldEvents, EVENT_OPEN_DAYS, placeInEvent } from '../../src/stories/events.js';
import type { Story } from '../../src/stories/model.js';
import { DEFAULT_STORY_OPTIONS } from '../../src/stories/options.js';
import { StorySet } from '../../src/stories/storySet.js';
import { Vocabulary } from '../../src/stories/vocabulary.js';
import { vectorsOf } from './vectorsOf.js';

const o = DEFAULT_STORY_OPTIONS;

function story(): { s: Story; place: (day: number, terms: Record<string, number>, names?: Record<string, number>) => number } {
  const s = new StorySet(o).create(100);
  let next = 1;
  return { s, place: (day, terms, names = {}) => placeInEvent(s, vectorsOf(day, terms, names), o, () => next++).id };
}

test('an article close in days and similar joins the event; otherwise it starts one', () => {
  const { s, place } = story();
  const meeting = { rome: 1, meet: 1, talk: 1 };
  assert.equal(place(100, meeting, { rome: 1 }), 1);
  assert.equal(place(101, meeting, { rome: 1 }), 1, 'the next day, same happening');
  assert.equal(place(100 + o.eventWindowDays + 2, meeting, { rome: 1 }), 2, 'too many days later');
  assert.equal(place(101, { sanction: 1, tariff: 1 }, { beijing: 1 }), 3, 'same days, another happening');
  assert.deepEqual(s.events.map((e) => [e.id, e.articles, e.first, e.last]), [[1, 2, 100, 101], [2, 1, 104, 104], [3, 1, 101, 101]]);
});

test('events that ended a month before the newest article are closed: label kept, centroids dropped', () => {
  const { s, place } = story();
  const vocab = new Vocabulary();
  vocab.countDocument(new Map([['meet', 'meeting']]), new Map([['rome', 'Rome']]));
  place(100, { meet: 1 }, { rome: 1 });
  place(100 + EVENT_OPEN_DAYS, { vote: 1 });
  closeOldEvents(s, 100 + EVENT_OPEN_DAYS, vocab);
  assert.ok(s.events.every((e) => e.terms), 'closed on the last open day');
  closeOldEvents(s, 101 + EVENT_OPEN_DAYS, vocab);
  const [old, recent] = s.events;
  assert.deepEqual(old, { id: 1, first: 100, last: 100, articles: 1, label: 'Rome: meeting' });
  assert.ok(recent!.terms && recent!.entities && recent!.label === undefined);
});

test('once its early events are closed, an article still joins the open ones, and events closed later stay closed', () => {
  const { s, place } = story();
  const vocab = new Vocabulary();
  for (let d = 0; d < 5; d++) place(100 + 10 * d, { [`topic${d}`]: 1 });
  closeOldEvents(s, 130 + EVENT_OPEN_DAYS, vocab);
  assert.deepEqual(s.events.map((e) => e.terms !== undefined), [false, false, false, true, true]);
  assert.equal(place(140, { topic4: 1 }), 5, 'the open event at the end is found');
  assert.equal(place(130, { topic3: 1 }), 4);
  assert.equal(place(100, { topic0: 1 }), 6, 'a closed event is never joined again');
  closeOldEvents(s, 200, vocab);
  assert.ok(s.events.every((e) => e.terms === undefined));
  assert.ok(s.events.every((e) => e.label !== undefined));
});
