// The rules that tell a title run into its lead, and a photo caption, from a headline.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isCaption, titleOf } from '../../src/stories/lead.js';

test('a title run into its lead is cut where the lead begins', () => {
  // A capitalised determiner or pronoun after a word that ends no phrase.
  assert.equal(titleOf('Haiti earthquake: Aid outside Port-au-Prince An estimated 200,000 people died in the quake'),
    'Haiti earthquake: Aid outside Port-au-Prince');
  assert.equal(titleOf("Syria: Aleppo is nail in Assad's coffin, says Panetta The Free Syrian Army and other rebels"),
    "Syria: Aleppo is nail in Assad's coffin, says Panetta");
  // A one-word name and its verb after a title ending in a common noun.
  assert.equal(titleOf("Haitians could return to their origin Senegal's president says he will offer free land"),
    'Haitians could return to their origin');
  assert.equal(titleOf('Assad officials deny rebel Damascus volcano push Activists released images they said'),
    'Assad officials deny rebel Damascus volcano push');
});

test('one sentence is left whole: names after a role noun, capitals after a preposition or a verb of saying', () => {
  for (const s of [
    'Manchester United striker Wayne Rooney will miss the FA Cup semi-final against Manchester City',
    'The envoy flew to The Hague on Monday to meet the court',
    'The minister told The Guardian that the talks had failed',
    'Prime Minister David Cameron has said the plan will go ahead',
    'An estimated 200,000 people died in the quake',
  ]) assert.equal(titleOf(s), s);
});

test('a caption places people in the picture, comes before a credit, or shows a day without reporting one', () => {
  assert.ok(isCaption('United Nations Secretary-General Ban Ki-moon (R) listens to WHO Director-General Margaret Chan (C)'));
  assert.ok(isCaption('Libyan leader Moammar Gadhafi, left, meets the envoy'));
  assert.ok(isCaption('Oil floats around a rig at the site of the Deepwater Horizon oil spill in the Gulf of Mexico', '\n(AP Photo) Bipartisan'));
  assert.ok(isCaption('Oil floats around a rig at the site of the Deepwater Horizon oil spill in the Gulf of Mexico May 31.'));
  assert.ok(isCaption('Demonstrators protest in central Cairo, Egypt, on Tuesday'));
  // Reports of a dated happening, and plans, are no captions.
  assert.ok(!isCaption('Google executive Wael Ghonim was released Monday in Egypt'));
  assert.ok(!isCaption("Muammar Gaddafi's grip on Libya looked ever more tenuous on Saturday"));
  assert.ok(!isCaption('Obama to visit the Gulf coast on Friday'));
  assert.ok(!isCaption('BP cancels dividend payments to shareholders', '\nThe company said'));
});

test('seams the cut above missed: capitalised common words, markers, names with their titles, side-by-side quotes', () => {
  const text = 'Saudi Arabia has said it is recalling its ambassador. The protests have continued.';
  assert.equal(titleOf('Saudi Arabia recalls ambassador to Syria Protests have continued in cities across Syria', text),
    'Saudi Arabia recalls ambassador to Syria');
  // Without the article showing "protests" in lower case, the capital may start a name: no cut.
  assert.equal(titleOf('Saudi Arabia recalls ambassador to Syria Protests have continued in cities across Syria'),
    'Saudi Arabia recalls ambassador to Syria Protests have continued in cities across Syria');
  assert.equal(titleOf('Pigs to the slaughter in Egypt Amid swine flu hysteria Mubarak has ordered pigs killed'), 'Pigs to the slaughter in Egypt');
  assert.equal(titleOf('Gadhafi appears on Libyan TV NEW: The U.N. Security Council is scheduled to meet'), 'Gadhafi appears on Libyan TV');
  assert.equal(titleOf('NEW: The U.N. Security Council is scheduled to meet on Libya'), 'The U.N. Security Council is scheduled to meet on Libya');
  assert.equal(titleOf('Eldan earthquake: Your stories Thursday 14 January Up to 10,000 US troops will land'), 'Eldan earthquake: Your stories');
  assert.equal(titleOf('BP oil cap may have spill under control BP vice-president says pressure is holding inside cap'),
    'BP oil cap may have spill under control');
  assert.equal(titleOf('Russia threatens UN veto over Syria resolution Russian UN envoy Vitaly Churkin addressed the council'),
    'Russia threatens UN veto over Syria resolution');
  assert.equal(titleOf('Gulf spill: BP prepares for key oil well test Adm Thad Allen: "When we are done'), 'Gulf spill: BP prepares for key oil well test');
  assert.equal(titleOf('President Obama: "This is good news" "It is important we don\'t get ahead of ourselves," he said.'),
    'President Obama: "This is good news"');
});

test('Title Case headlines keep their capitals: no seam is read into them', () => {
  for (const s of [
    'In Crucible of Crisis, Paulson, Bernanke, Geithner Forge a Committee of Three',
    'First Debate\'s Fate Unclear As Obama Resists McCain\'s Call to Postpone',
    'The Security Council will meet in New York on Tuesday',
  ]) assert.equal(titleOf(s, 'as forge crisis will meet new committee'), s);
});
