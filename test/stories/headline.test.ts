// Headline-like labels: what an article offers, and which candidate a story shows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bestHeadline, clause, headlineOf, keepHeadlines } from '../../src/stories/headline.js';
import { Centroid } from '../../src/stories/vectors.js';

test('an article offers its title, else the first sentence of its lead past address, stamp and byline', () => {
  assert.equal(headlineOf('BP oil spill reaches Louisiana coast', 'Oil washed ashore …'), 'BP oil spill reaches Louisiana coast');
  const ecb = 'http: / / articles. latimes. com / 2013 / may / 03 / local / la - me - lohan\n\n' +
    'Lindsay Lohan checks into Betty Ford Center\n\nMay 03, 2013\n\nAfter skipping out on entering …';
  assert.equal(headlineOf(undefined, ecb), 'Lindsay Lohan checks into Betty Ford Center');
  assert.equal(headlineOf(undefined, 'By Jane Roe\nDec. 7, 2009\nA convicted sex offender was captured Monday. He had escaped.'),
    'A convicted sex offender was captured Monday');
  assert.equal(headlineOf(undefined, 'Quake.\nOK then'), undefined);
  assert.equal(headlineOf(undefined, 'Monday 5 September 2005 00.00 BST A Sunni Arab teenager died saving Shias. More'),
    'A Sunni Arab teenager died saving Shias');
  assert.equal(headlineOf(undefined, 'Tuesday, March 3, 2009; 4:57 PM President Obama signed the bill.'), 'President Obama signed the bill');
});

test('a clause drops the dateline and a trailing attribution, and long sentences are cut at a clause boundary', () => {
  assert.equal(clause('CAIRO (Reuters) - Protesters filled Tahrir Square on Friday, witnesses said.'), 'Protesters filled Tahrir Square on Friday');
  assert.equal(
    clause('A bomb exploded at an Oregon bank in Woodburn late Friday, killing a police officer and a bomb technician who tried to defuse it'),
    'A bomb exploded at an Oregon bank in Woodburn late Friday',
  );
  assert.equal(
    clause('The death toll from the Chile earthquake passed 200, President Sebastián Piñera said, as crews in Concepción cleared debris'),
    'The death toll from the Chile earthquake passed 200',
  );
  const long = clause('one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen');
  assert.ok(long.split(' ').length <= 12, long);
});

test('the story shows its most central candidate, and keeps only the most central few', () => {
  const terms = new Centroid(10, new Map([['oil', 3], ['spill', 3], ['gulf', 2], ['bulletin', 0.1]]));
  const list: string[] = [];
  keepHeadlines(list, ['The latest five minute news bulletin', 'Oil spill spreads across the Gulf', 'Spill response widens'], terms, 2);
  assert.deepEqual(list, ['Oil spill spreads across the Gulf', 'Spill response widens']);
  assert.equal(bestHeadline(list, terms), 'Oil spill spreads across the Gulf');
  assert.equal(bestHeadline([], terms), undefined);
});

test('an untitled lead offers the title part of a glued line, past captions, furniture and fragments', () => {
  assert.equal(headlineOf(undefined, 'The leak was capped in the middle of July The oil spill in the Gulf of Mexico has cost BP $6.1bn.'),
    'The leak was capped in the middle of July');
  assert.equal(headlineOf(undefined, 'Oil floats around a rig at the site of the spill.\nPhotograph: Jae C. Hong/AP\nBP will pay $20bn into a fund.'),
    'BP will pay $20bn into a fund');
  assert.equal(headlineOf(undefined, '2 men charged in death of Chicago teen who performed at the inauguration.'),
    '2 men charged in death of Chicago teen who performed at the inauguration');
  assert.equal(headlineOf(undefined, '(By Kirsty Wigglesworth -- Associated Press)\nLeaders agreed to meet in Washington.'),
    'Leaders agreed to meet in Washington');
  // The analysed lead, when given, stands for the text: furniture set aside there is never a label.
  const text = "You've selected the U.S. Edition.\nEgyptian President Hosni Mubarak stepped down on February 11.\nMore";
  const lead = [{ text: 'Egyptian President Hosni Mubarak stepped down on February 11.', end: text.indexOf('\nMore') }];
  assert.equal(headlineOf(undefined, text), "You've selected the U.S. Edition");
  assert.equal(headlineOf(undefined, text, lead), 'Egyptian President Hosni Mubarak stepped down on February 11');
  // A list of links run together in lower case is a fragment, not a headline.
  const links = 'cents BP cancels dividend payments cents No cap on compensation cents Obama meets BP.';
  assert.equal(headlineOf(undefined, text, [{ text: links, end: 0 }, ...lead]), 'Egyptian President Hosni Mubarak stepped down on February 11');
});

test('a long lead sentence is compressed to at most 14 words', () => {
  const h = headlineOf(undefined, 'Muammar Gaddafi threatened to take the war in Libya to Europe on Friday while rebels came under heavy fire in the east.');
  assert.ok(h !== undefined && h.split(' ').length <= 14, h);
});

test('a section heading in capitals before the lead is no headline; the sentence after it is', () => {
  assert.equal(headlineOf(undefined, 'NEW CAP FOR LEAKING OIL WELL In June, BP placed a cap on the well.'), 'In June, BP placed a cap on the well');
  // A headline's own acronyms are not a heading.
  assert.equal(headlineOf(undefined, 'UN OKs new Syria monitors after a week of talks.'), 'UN OKs new Syria monitors after a week of talks');
});

test('the article shows which capitals are common words: a title is cut where its lead begins', () => {
  const text = 'Saudi Arabia recalls ambassador to Syria Protests have continued in cities across Syria despite the crackdown\n' +
    'King Abdullah said the protests must end.';
  assert.equal(headlineOf(undefined, text), 'Saudi Arabia recalls ambassador to Syria');
});

test('a credit in brackets before the lead, and a title cut inside a name, are not part of a label', () => {
  assert.equal(headlineOf(undefined, '(By Kirsty Wigglesworth -- Associated Press) We are living through the first financial crisis of this new age.'),
    'We are living through the first financial crisis of this new age');
  assert.equal(headlineOf('McCain Calls for Debate Delay to Focus on Financial Crisis Sen.', ''), 'McCain Calls for Debate Delay to Focus on Financial Crisis');
});

test('a title that is only the opening of the text is no headline: the lead, without its stamp, is', () => {
  const text = 'Page last updated at 09:14 GMT, Tuesday, 13 September 2003 10:14 UK\nElton John has been announced as the host of the concert.';
  assert.equal(headlineOf('Page last updated at 09:14 GMT, Tuesday, 13 September 2003 10:14 UK', text,
    [{ text: 'Elton John has been announced as the host of the concert.', end: text.length }]), 'Elton John has been announced as the host of the concert');
  assert.equal(headlineOf('BP oil spill reaches Louisiana coast', 'Oil washed ashore on Friday.'), 'BP oil spill reaches Louisiana coast');
});
