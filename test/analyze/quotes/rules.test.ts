// Attribution rules added for PolNeAR recall: typewriter quotes, appositive and parenthesised subjects,
// speakers after a question or exclamation that ends a sentence, participle tails, and gendered pronouns.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractQuotes } from '../../../src/analyze/quotes.js';
import { findQuotations } from '../../../src/analyze/quotes/quotations.js';
import { nameGender } from '../../../src/text/gender.js';
import { splitSentences } from '../../../src/analyze/sentences.js';
import type { EntityKind } from '../../../src/types.js';
import { ents } from '../../helpers/mentions.js';

const run = (text: string, list: Array<[string, EntityKind]> = []) => extractQuotes(text, splitSentences(text), ents(text, list));

test("two apostrophes '' pair as a quotation, and a quote made of them is attributed", () => {
  const text = "''I know the supporters are here,'' he said. ''They are just quiet.'' Then the ''big'' night came.";
  const qs = findQuotations(text);
  assert.deepEqual(qs.map((q) => text.slice(q.innerStart, q.innerEnd)), ['I know the supporters are here,', 'They are just quiet.', 'big']);
  const quotes = run(text);
  // an unresolved "he" is kept as a span but names no one: no speaker text
  assert.deepEqual(quotes.map((q) => [q.speakerStart, q.speakerText, q.text]),
    [[text.indexOf('he said'), undefined, 'I know the supporters are here'], [text.indexOf('he said'), undefined, 'They are just quiet']]);
});

test('appositive subject: X, the city’s director, said C', () => {
  const text = "Samantha Phillips, the city's emergency operations director, said the heat could last all week.";
  const [q, ...rest] = run(text);
  assert.equal(rest.length, 0);
  assert.equal(q!.speakerText, "Samantha Phillips, the city's emergency operations director");
  assert.equal(q!.text, 'the heat could last all week');
});

test('appositive subject after a quotation, with a comma inside the appositive', () => {
  const text = '"We are here," Matt Bennett, a former aide to Mr. Clinton and vice president at Third Way, a think tank, said.';
  const [q, ...rest] = run(text);
  assert.equal(rest.length, 0);
  assert.match(q!.speakerText!, /^Matt Bennett, a former aide/);
  assert.equal(q!.text, 'We are here');
  assert.equal(q!.direct, true);
});

test('dash appositive and a parenthesis inside the subject', () => {
  const a = run('Jason Sims — a teacher from Mount Pleasant — says he made a late decision.');
  assert.equal(a.length, 1);
  assert.equal(a[0]!.speakerText, 'Jason Sims — a teacher from Mount Pleasant');
  assert.equal(a[0]!.text, 'he made a late decision');
  const b = run('Gov. Phil Bryant (R) said he expects an appeal.');
  assert.equal(b.length, 1);
  assert.equal(b[0]!.speakerText, 'Gov. Phil Bryant (R)');
});

test('a comma with no appositive before the cue gives no subject: In Ohio, said nothing', () => {
  // "In Ohio" is not a subject: it follows a preposition, so no attribution may take it as speaker
  const qs = run('In the end, however, said the report, the plan failed.');
  assert.ok(qs.every((q) => q.speakerText !== 'the end'));
});

test('a sentence split after ?” still gets its speaker from the next sentence', () => {
  const qs = run('"His strategy, it is all a show, no?" Freddy Ortega said. Then he left.');
  assert.equal(qs.length, 1);
  assert.equal(qs[0]!.speakerText, 'Freddy Ortega');
  assert.equal(qs[0]!.text, 'His strategy, it is all a show, no?');
  // a new sentence that does not start with a cue is not joined
  const other = run('"Is it over?" The crowd fell silent and nobody moved.');
  assert.equal(other.length, 0);
});

test('“C,” he said, adding that D: two attributions, the quotation is the first content', () => {
  const qs = run('"That will help all the races down ballot," he said, adding that it was good news.');
  assert.deepEqual(qs.map((q) => [q.cue, q.text]), [['said', 'That will help all the races down ballot'], ['adding', 'it was good news']]);
});

test('an adverb between subject and cue: officials now say C', () => {
  const qs = run('Mexican officials now say they have chosen a new strategy.');
  assert.equal(qs.length, 1);
  assert.equal(qs[0]!.speakerText, 'Mexican officials');
});

test('she resolves past a male name to the nearest female one; he skips a female one', () => {
  const text = 'Hillary Clinton met Bill Clinton. She said the plan was ready. Later Melania Trump arrived. He said it was not.';
  const qs = run(text, [['Hillary Clinton', 'PERSON'], ['Bill Clinton', 'PERSON'], ['Melania Trump', 'PERSON']]);
  assert.deepEqual(qs.map((q) => q.speaker), ['Hillary Clinton', 'Bill Clinton']);
});

test('nameGender reads titles and first names and leaves unknown names open', () => {
  assert.equal(nameGender('Mrs. Clinton'), 'f');
  assert.equal(nameGender('Mr. Clinton'), 'm');
  assert.equal(nameGender('Secretary of State Hillary Clinton'), 'f');
  assert.equal(nameGender('Gov. Phil Bryant'), undefined);
  assert.equal(nameGender('Donald Trump'), 'm');
  assert.equal(nameGender('Clinton'), undefined);
});

test('recall rules: a relative pronoun subject, a coordinated cue, and a parenthesis after the name', () => {
  const rel = run('Trump was out-brutalizing Ted Cruz, who said he would only use waterboarding sparingly.');
  assert.deepEqual(rel.map((q) => [q.speakerText, q.text]), [['Ted Cruz, who', 'he would only use waterboarding sparingly']]);
  const coord = run('Reid caucused in Nevada on Saturday and says he voted for nobody.', [['Reid', 'PERSON']]);
  assert.deepEqual(coord.map((q) => [q.speakerText, q.text]), [['Reid', 'he voted for nobody']]);
  const paren = run('“That is a problem for the party,” said Rep. Jim Clyburn (D-S.C.), a member of the leadership.');
  assert.equal(paren[0]?.speakerText, 'Rep. Jim Clyburn (D-S.C.)');
  const appos = run('Rep. Elijah Cummings (D-Md.), chair of the Platform Committee, said that it was committed.');
  assert.equal(appos[0]?.speakerText, 'Rep. Elijah Cummings (D-Md.), chair of the Platform Committee');
  assert.equal(appos[0]?.text, 'it was committed');
});

test('content boundaries: a later "that" or quotation does not move the content start; a pronoun tail is the content', () => {
  const a = run('Groberg says it is hard to blame any one person for that.', [['Groberg', 'PERSON']]);
  assert.deepEqual(a.map((q) => [q.speakerText, q.text]), [['Groberg', 'it is hard to blame any one person for that']]);
  const b = run('Castell said it would "defend itself vigorously" in court.', [['Castell', 'ORG']]);
  assert.equal(b[0]?.text, 'it would "defend itself vigorously" in court');
  const c = run('Asked about the report, Groberg says it is hard.');
  assert.deepEqual(c.map((q) => [q.speakerText, q.text]), [['Groberg', 'it is hard']]);
});

test('an object after "told" is not an inverted speaker: “C,” X, the former governor, told CNN', () => {
  const qs = run('“The president has no strategy,” Jeb Bush, the former governor, told CNN.');
  assert.deepEqual(qs.map((q) => [q.speakerText, q.text]), [['Jeb Bush, the former governor', 'The president has no strategy']]);
});

test('appositive names and clause tails: the subject is found and the content is the clause after the cue', () => {
  const a = run('One of the authors of that 2013 report, Ari Fleischer, said Trump will test it.');
  assert.deepEqual(a.map((q) => [q.speakerText, q.text]), [['Ari Fleischer', 'Trump will test it']]);
  const b = run('Even Rendell, a stalwart Clinton supporter, said it would be easier to raise the gas tax.');
  assert.deepEqual(b.map((q) => [q.speakerText, q.text]), [['Rendell, a stalwart Clinton supporter', 'it would be easier to raise the gas tax']]);
  // "said she …" after a comma is not an inverted speaker: the appositive subject before it is
  const c = run('Marley Anderson, 21, a junior from Las Vegas, said she turned out to support Sanders.');
  assert.deepEqual(c.map((q) => [q.speakerText, q.text]), [['Marley Anderson, 21, a junior from Las Vegas', 'she turned out to support Sanders']]);
});

test('a short fronted adjunct is not post-posed content: On Saturday, X called on Y to resign', () => {
  const qs = run('On Saturday, Sen. Bernie Sanders (I-Vt.) called on Gov. Rick Snyder (R) to resign over the crisis.');
  assert.equal(qs.length, 1);
  assert.equal(qs[0]!.speakerText, 'Sen. Bernie Sanders (I-Vt.)');
  assert.match(qs[0]!.text, /Rick Snyder \(R\) to resign over the crisis$/);
  const post = run('Prices rose sharply in the spring, the minister said on Tuesday.');
  assert.deepEqual(post.map((q) => [q.speakerText, q.text]), [['the minister', 'Prices rose sharply in the spring']]);
});

test('subjects of participles and coordinated cues skip fronted adjuncts and appositives; percentages are subjects', () => {
  const a = run('Hours later, Trump returned the compliment to Adelson, telling Reuters, “He is an amazing man.”');
  assert.deepEqual(a.map((q) => [q.speakerText, q.text]), [['Trump', 'He is an amazing man']]);
  const b = run('Gary Emineth, a former state party chairman, became a delegate and said he is leaning toward Trump.');
  assert.deepEqual(b.map((q) => [q.speakerText, q.text]), [['Gary Emineth', 'he is leaning toward Trump']]);
  const c = run('On this issue, 47% say the United States should commit troops.');
  assert.deepEqual(c.map((q) => [q.speakerText, q.text]), [['47%', 'the United States should commit troops']]);
  const d = run('The American Legion has twice complained that the emblem was misused, and Clinton has forcefully condemned the plan.');
  assert.equal(d[0]?.speakerText, 'The American Legion');
});
