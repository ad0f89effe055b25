// Facts an editor can trust: speakers are names or resolved pronouns, only speech makes quotes, a quote said
// once is listed once, and a quote carries the day it was said. Real sentences from T17 and the seeds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { extractQuotes } from '../../../src/analyze/quotes.js';
import { analyzeDoc } from '../../../src/analyze/index.js';
import { splitSentences } from '../../../src/analyze/sentences.js';
import { neverAName } from '../../../src/analyze/quotes/names.js';
import { notASpeaker } from '../../../src/analyze/quotes/speakerPhrase.js';
import { dropRepeats } from '../../../src/analyze/quotes/finish.js';
import { sharedData } from '../../../src/util/paths.js';
import type { EntityKind, Quote } from '../../../src/types.js';
import { ents } from '../../helpers/mentions.js';

const run = (text: string, list: Array<[string, EntityKind, string?]> = []) => extractQuotes(text, splitSentences(text), ents(text, list));

test('a pronoun resolves only to a gender-compatible person of the paragraph', () => {
  // T17 (CNN): the previous line names no person the tagger knows; "she" must not reach back to Mubarak
  const text = 'Hosni Mubarak spoke on television.\n\nThe army has sent troops into the streets.\n\n' +
    'But, she added, “We want to partner with the Egyptian people and their government.”';
  const qs = run(text, [['Hosni Mubarak', 'PERSON']]);
  const q = qs.find((x) => x.text.startsWith('We want to partner'));
  assert.ok(q, JSON.stringify(qs));
  // unresolved: the span stays, but "she" is no speaker text a reader could use
  assert.equal(text.slice(q.speakerStart, q.speakerEnd), 'she');
  assert.equal(q.speakerText, undefined);
  assert.equal(q.speaker, undefined);
  const same = run('Margaret Chan met the press. She said the virus was spreading.', [['Margaret Chan', 'PERSON']]);
  assert.equal(same[0]?.speaker, 'Margaret Chan');
  const male = run('Bill Clinton met the press. She said the virus was spreading.', [['Bill Clinton', 'PERSON']]);
  assert.equal(male[0]?.speaker, undefined);
});

test('"I", "we" and "you" name no speaker; "they" only the one organisation named', () => {
  assert.equal(run('Hosni Mubarak spoke. I said it would end.', [['Hosni Mubarak', 'PERSON']])[0]?.speaker, undefined);
  assert.equal(run('BP met officials. We said the leak was stopped.', [['BP', 'ORG']])[0]?.speaker, undefined);
  assert.equal(run('BP met the press. They said the leak was stopped.', [['BP', 'ORG']])[0]?.speaker, 'BP');
  assert.equal(run('BP met Transocean. They said the leak was stopped.', [['BP', 'ORG'], ['Transocean', 'ORG']])[0]?.speaker, undefined);
});

test('pronouns, function words and page furniture are never names', () => {
  for (const junk of ['I', "I'm", 'They', 'a', 'Views', 'Photograph', 'Getty Images', 'UNIDENTIFIED FEMALE']) assert.ok(neverAName(junk), junk);
  for (const name of ['Hosni Mubarak', 'BP', 'Views of London Ltd']) assert.ok(!neverAName(name), name);
  const qs = run('Photograph: Getty Images said nothing.', [['Photograph', 'ORG']]);
  assert.ok(qs.every((q) => q.speaker !== 'Photograph'), JSON.stringify(qs));
  // T17 (Reuters): a comment disclaimer is no quote at all
  assert.deepEqual(run('Views expressed in the comments do not represent those of Reuters .'), []);
});

test('a speaker phrase that is no noun phrase attributes nothing', () => {
  for (const bad of ['In', 'In August', 'Thursday morning on Fox News’s', 'perhaps', 'African-Americans by', 'but']) assert.ok(notASpeaker(bad), bad);
  for (const ok of ['Trump', '47%', 'Theresa May', 'Ted Cruz, who', 'the head of the agency']) assert.ok(!notASpeaker(ok), ok);
});

test('only speech makes quotes: no cue from charging, pushing or being found guilty; a colon needs a name and words', () => {
  const text = 'Earlier in the day, prosecutors in Beijing and Dandong formally charged the two Canadians with spying. ' +
    'Beijing has pushed back against the call. Four Canadians found guilty of drug charges have been sentenced to death.';
  const qs = run(text, [['Beijing', 'PLACE'], ['Dandong', 'PLACE']]);
  assert.deepEqual(qs, []);
  assert.deepEqual(run('Dandong: charged with spying on the state', [['Dandong', 'PLACE']]), []);
  const headline = run('Donald Trump: I’m the Worst Thing That Ever Happened to the Establishment', [['Donald Trump', 'PERSON']]);
  assert.equal(headline[0]?.speaker, 'Donald Trump');
  assert.deepEqual(run('Clinton: 1,769', [['Clinton', 'PERSON']]), []);
  // a finding verb still attributes a clause
  assert.equal(run('The study found that the leak was growing.')[0]?.text, 'the leak was growing');
});

test('a quote said once is listed once; the day it was said comes from the date by its cue', () => {
  const q = (text: string, speaker?: string): Quote => ({ text, start: 0, end: text.length, direct: false, ...(speaker ? { speaker } : {}) });
  const kept = dropRepeats([q('Canada will continue to engage with allies', 'Champagne'), q('Canada will continue to engage with allies.', 'Champagne'),
    q('Canada will continue to engage with allies', 'Trudeau')]);
  assert.equal(kept.length, 2);
  const text = 'Canada will continue to push for their release, Champagne said in a statement on Friday.';
  const doc = analyzeDoc(text, '2020-06-21');
  assert.equal(doc.quotes[0]?.saidOn, '2020-06-19');
  // a date inside what was said dates the content, not the saying
  const inside = analyzeDoc('Champagne said the talks would resume on Friday.', '2020-06-21');
  assert.equal(inside.quotes[0]?.saidOn, undefined);
});

function seed(name: string) {
  const path = sharedData('seeds', name);
  if (!path) return undefined;
  const raw = readFileSync(path, 'utf8');
  const date = /^\s*date (\S+)\s*/.exec(raw);
  return analyzeDoc(date ? raw.slice(date[0].length) : raw, date?.[1] ?? '2020-01-01');
}

test('seeds: no quotes from non-speech verbs; Champagne and Zhao Lijian speak, once each time', (t) => {
  const a = seed('000_f1a7fdfaeb3b0186.txt');
  const b = seed('003_af6c3d37e5638cc8.txt');
  if (!a || !b) return t.skip('../shared/data/seeds is absent');
  const quotes = [...a.quotes, ...b.quotes];
  for (const cue of ['pushed', 'charged', 'found']) assert.ok(!quotes.some((q) => q.cue === cue), `a quote from "${cue}"`);
  const zhao = a.quotes.filter((q) => q.speaker === 'Zhao Lijian');
  assert.ok(zhao.some((q) => q.text.startsWith('I would like to stress once again')), JSON.stringify(a.quotes, null, 1));
  const champ = b.quotes.filter((q) => q.speaker === 'Francois-Philippe Champagne');
  const engage = champ.filter((q) => q.text.startsWith('Canada will continue to engage with allies'));
  assert.equal(engage.length, 1, 'headline and lead give the same quote: listed once');
  assert.equal(engage[0]!.saidOn, '2020-06-19', 'said in a statement on Friday');
  assert.ok(champ.some((q) => q.direct && q.text.startsWith('Canada will continue to advocate')));
  assert.ok(quotes.every((q) => !q.speaker || !neverAName(q.speaker)));
});
