import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dayNumber } from '../../src/stories/days.js';
import { DEFAULT_STORY_OPTIONS } from '../../src/stories/options.js';
import { StorySet } from '../../src/stories/storySet.js';
import { label, summarise } from '../../src/stories/summary.js';
import { Centroid } from '../../src/stories/vectors.js';
import { Vocabulary } from '../../src/stories/vocabulary.js';

const centroid = (w: Record<string, number>): Centroid => new Centroid(100, new Map(Object.entries(w)));

function vocab(): Vocabulary {
  const v = new Vocabulary();
  v.countDocument(
    new Map([['obama', 'obama'], ['elect', 'election'], ['campaign', 'campaigning'], ['vote', 'votes']]),
    new Map([['barack obama', 'Barack Obama'], ['obama', 'Obama'], ['iowa', 'Iowa']]),
  );
  return v;
}

test('a label names the heaviest entities, then terms not already in the names, in readable forms', () => {
  const names = centroid({ 'barack obama': 3, obama: 2, iowa: 1 });
  const terms = centroid({ obama: 5, elect: 4, campaign: 3, vote: 1 });
  // "Obama" is inside "Barack Obama", and the term "obama" is already named.
  assert.equal(label(vocab(), terms, names, 2, 2), 'Barack Obama, Iowa: election, campaigning');
  assert.equal(label(vocab(), terms, centroid({}), 2, 2), 'obama, election');
  assert.equal(label(vocab(), centroid({}), names, 3, 2), 'Barack Obama, Iowa');
  assert.equal(label(vocab(), centroid({ unknownstem: 1 }), centroid({}), 1, 1), 'unknownstem', 'a thinned key shows as itself');
});

test('a summary dates a story and lists its events in date order', () => {
  const set = new StorySet(DEFAULT_STORY_OPTIONS);
  const day = dayNumber('2021-03-02', 0);
  const s = set.create(day);
  s.last = day + 5;
  s.articles = 3;
  s.terms = centroid({ elect: 1 });
  s.entities = centroid({ iowa: 1 });
  s.events.push(
    { id: 7, first: day + 5, last: day + 5, articles: 1, terms: centroid({ vote: 1 }), entities: centroid({}) },
    { id: 3, first: day, last: day + 1, articles: 2, label: 'Iowa: caucus' },
    { id: 2, first: day + 5, last: day + 5, articles: 0 },
  );
  assert.deepEqual(summarise(set.list, vocab()), [
    {
      id: 1,
      label: 'Iowa: election',
      articles: 3,
      first: '2021-03-02',
      last: '2021-03-07',
      events: [
        { date: '2021-03-02', label: 'Iowa: caucus', articles: 2 },
        { date: '2021-03-07', label: '', articles: 0 },
        { date: '2021-03-07', label: 'votes', articles: 1 },
      ],
    },
  ]);
});
