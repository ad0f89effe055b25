// The word-class rules the timeline uses without a tagger: where the main verb is (a participle that describes
// the subject is not it), how a sentence opens, and whether it reports a plan rather than an event.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isProspective, mainVerbIndex, opening } from '../../src/timeline/clauses.js';

const verbOf = (s: string): string | undefined => {
  const ws = s.split(/\s+/);
  return ws[mainVerbIndex(ws)];
};

test('the main verb: past, present, auxiliary, contracted; a reduced relative before it is passed over', () => {
  assert.equal(verbOf("The number of people killed in the collapse of the bridge rose to 17 on Wednesday"), 'rose');
  assert.equal(verbOf('The report, leaked to the Courier and published on Tuesday, recommended repairs'), 'recommended');
  assert.equal(verbOf('Castell Engineering, which built the bridge in 2001, said it was cooperating'), 'said');
  assert.equal(verbOf('Viktor Strand, the director convicted of manslaughter, was sentenced to seven years'), 'was');
  assert.equal(verbOf('Police on Tuesday arrested a senior executive of Castell Engineering'), 'arrested');
  assert.equal(verbOf('The bridge collapsed in March.'), 'collapsed');
  assert.equal(verbOf('EU governments approve a package of sanctions'), 'approve');
  assert.equal(verbOf('U.S. pressures BP over oil spill'), 'pressures');
  assert.equal(verbOf("He's been the country's president since 1981"), "He's");
  assert.equal(verbOf('Prime Minister Aurel Danvik is expected to visit Port Alder'), 'is');
  assert.equal(verbOf('BP shares will fall'), 'will');
});

test('noun phrases have no main verb', () => {
  // ("The number of people killed" alone is ambiguous with "The leaders of the rebels resigned": the headline rules
  // judge it within its sentence, where "rose" follows.)
  for (const s of ['A national appeal for aid', 'The international peace envoy Kofi Annan',
    'The latest developments on the situation in Libya', 'Our duty and our mandate']) {
    assert.equal(mainVerbIndex(s.split(/\s+/)), -1, s);
  }
});

test('openings: a pronoun or a connective needs the sentence before it; a demonstrative before a time noun does not', () => {
  assert.equal(opening('He said it was far too early.'), 'pronoun');
  assert.equal(opening('"It was a choice," she said.'), 'pronoun');
  assert.equal(opening('But the company denied it.'), 'connective');
  assert.equal(opening('However, activists said 12 civilians were killed.'), 'connective');
  assert.equal(opening('Meanwhile, Clinton said she would travel to Haiti.'), 'connective');
  assert.equal(opening('This week the bridge reopened.'), 'free');
  assert.equal(opening('Hebron residents marched on Friday.'), 'free');
  assert.equal(opening('Theresa May said so.'), 'free');
});

test('a plan or an expectation is prospective; a statement about the future is a statement', () => {
  assert.ok(isProspective('Prime Minister Aurel Danvik is expected to visit Port Alder on Thursday.'));
  assert.ok(isProspective('The two leaders will meet in Rome on Tuesday.'));
  assert.ok(isProspective('The company plans to cut 300 jobs.'));
  assert.ok(isProspective('The ministers are due to sign the accord on Friday.'));
  assert.ok(!isProspective('The death toll rose to 23 on Thursday, the fire service said.'));
  assert.ok(!isProspective('Officials said the bridge will reopen in May.'));
  assert.ok(!isProspective('"We will rebuild," the mayor said on Monday.'));
});

test('a plan attributed to a speaker is a statement, made on its day', () => {
  assert.ok(!isProspective('Canada will continue to engage with allies to push for the release of two Canadians, the minister said in a statement on Friday'));
});

test('a plan is found whatever spaces or line breaks stand between its words', () => {
  // The words a plan needs are looked for in the text before its main verb is: both must see the same words.
  assert.ok(isProspective('The ministers are\n due  to sign the accord on Friday.'));
  assert.ok(isProspective('The two leaders WILL meet in Rome on Tuesday.'));
  assert.ok(isProspective('The company   plans\tto cut 300 jobs.'));
  assert.ok(!isProspective('The company intended 300 job cuts, the willow tree stood.'));
});
