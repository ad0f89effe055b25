// Role descriptions tied to the person the text introduced with that role (roles.ts), and only when nothing the
// description says contradicts the introduction: unattributed is better than wrong.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractQuotes } from '../../../src/analyze/quotes.js';
import { splitSentences } from '../../../src/analyze/sentences.js';
import type { EntityKind } from '../../../src/types.js';
import { ents } from '../../helpers/mentions.js';

const run = (text: string, list: Array<[string, EntityKind, string?]>) => extractQuotes(text, splitSentences(text), ents(text, list));
const speakerOf = (text: string, list: Array<[string, EntityKind, string?]>, who: string) =>
  run(text, list).find((q) => q.speakerText === who)?.speaker;

test('an epithet stands for the roles it names: "Canada\'s top diplomat" is the foreign minister introduced before', () => {
  const text = 'Talks resumed in Rome, Minister of Foreign Affairs Ilse Marren said on Friday. ' +
    "Canada's top diplomat added that the talks would go on.";
  assert.equal(speakerOf(text, [['Ilse Marren', 'PERSON']], "Canada's top diplomat"), 'Ilse Marren');
  const appos = 'Ilse Marren, the foreign minister, met the envoys. The top diplomat said the talks would go on.';
  assert.equal(speakerOf(appos, [['Ilse Marren', 'PERSON']], 'The top diplomat'), 'Ilse Marren');
  const ceo = 'Toby Brenn, chief executive of Alder Oil, flew in. The company\'s chief executive said the well was capped.';
  assert.equal(speakerOf(ceo, [['Toby Brenn', 'PERSON'], ['Alder Oil', 'ORG']], "The company's chief executive"), 'Toby Brenn');
});

test('a diplomat is not a top diplomat, and a finance minister is not the foreign minister', () => {
  const text = 'Former diplomat Hugo Brenn was detained in March. The top diplomat said the case would be raised.';
  assert.equal(speakerOf(text, [['Hugo Brenn', 'PERSON']], 'The top diplomat'), undefined);
  const finance = 'Finance Minister Dana Ockley met the banks. The foreign minister said the talks went well.';
  assert.equal(speakerOf(finance, [['Dana Ockley', 'PERSON']], 'The foreign minister'), undefined);
  // still, a plain role noun goes to the person introduced with it
  const plain = 'Finance Minister Dana Ockley met the banks. The minister said the talks went well.';
  assert.equal(speakerOf(plain, [['Dana Ockley', 'PERSON']], 'The minister'), 'Dana Ockley');
});

test('the country a description names must not contradict the introduction', () => {
  const text = 'Foreign Minister Ilse Marren met her Chinese counterpart Wang Yi in Rome on Tuesday.';
  const list: Array<[string, EntityKind]> = [['Ilse Marren', 'PERSON'], ['Wang Yi', 'PERSON']];
  // Wang Yi is the most recent holder of the role, but he is China's; Marren's introduction names no country
  assert.equal(speakerOf(`${text} Canada's top diplomat said the talks were useful.`, list, "Canada's top diplomat"), 'Ilse Marren');
  assert.equal(speakerOf(`${text} China's top diplomat said the talks were useful.`, list, "China's top diplomat"), 'Wang Yi');
  const other = 'Chinese Foreign Minister Wang Yi spoke in Rome. Canada\'s foreign minister said the talks were useful.';
  assert.equal(speakerOf(other, [['Wang Yi', 'PERSON']], "Canada's foreign minister"), undefined);
});

test('whose role it is: an owner before the head must agree with the words right before the role, one after it must be in the introduction', () => {
  const nasrallah = 'By the Wire Staff Hezbollah leader Hassan Nasrallah spoke at a rally. The Hezbollah leader said the talks had failed.';
  assert.equal(speakerOf(nasrallah, [['Hassan Nasrallah', 'PERSON']], 'The Hezbollah leader'), 'Hassan Nasrallah');
  const qatar = 'Qatari Prime Minister Hamad Jassim met the envoys. The talks would go on, the prime minister of Qatar said.';
  assert.equal(speakerOf(qatar, [['Hamad Jassim', 'PERSON']], 'the prime minister of Qatar'), 'Hamad Jassim');
  const other = 'Coastline Oil chief executive Toby Brenn flew in. The chief executive of Alder Ferries said the route would close.';
  assert.equal(speakerOf(other, [['Toby Brenn', 'PERSON'], ['Coastline Oil', 'ORG'], ['Alder Ferries', 'ORG']],
    'The chief executive of Alder Ferries'), undefined);
});
