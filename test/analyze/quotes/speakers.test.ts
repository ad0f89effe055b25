// Speakers in the product: quotes never start inside a wire dateline, common-noun sources keep their text but
// claim no entity, and descriptions resolve only when they clearly refer back to a named entity (speaker.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractQuotes } from '../../../src/analyze/quotes.js';
import { isName } from '../../../src/analyze/quotes/speaker.js';
import { datelineSpans } from '../../../src/text/dateline.js';
import { splitSentences } from '../../../src/analyze/sentences.js';
import type { EntityKind, EntityMention } from '../../../src/types.js';
import { ents } from '../../helpers/mentions.js';

const run = (text: string, list: Array<[string, EntityKind, string?]> = []) => extractQuotes(text, splitSentences(text), ents(text, list));

test('no quote or speaker starts inside a dateline', () => {
  const text = 'Bridge inspectors warned of corrosion\n\nKESSEL FORD, Veloria — Inspectors said the cables had corroded for years, the report found.\n';
  const [[ds, de]] = datelineSpans(text) as [[number, number]];
  assert.equal(text.slice(ds, de).trim(), 'KESSEL FORD, Veloria —');
  const qs = run(text, [['KESSEL FORD', 'ORG'], ['Inspectors', 'ORG']]);
  assert.ok(qs.length >= 2, JSON.stringify(qs));
  for (const q of qs) {
    assert.ok(q.start >= de || q.end <= ds, `content '${q.text}' overlaps the dateline`);
    if (q.speakerStart !== undefined) assert.ok(q.speakerStart >= de || q.speakerEnd! <= ds, `speaker '${q.speakerText}' in the dateline`);
  }
  const found = qs.find((q) => q.cue === 'found')!;
  assert.equal(found.text, 'Inspectors said the cables had corroded for years');
  assert.equal(found.speaker, undefined, 'the report is no entity');
});

test('a participle with no subject after a dateline takes the first subject, not the dateline place', () => {
  const qs = run('OTTAWA — Beijing pushed back on Monday, saying it was up to Canada to move first.', [['OTTAWA', 'PLACE'], ['Beijing', 'ORG']]);
  const saying = qs.find((q) => q.cue === 'saying');
  assert.equal(saying?.speakerText, 'Beijing');
});

test('a common-noun source keeps its text but claims no entity, even when the tagger tagged it', () => {
  const text = 'Officials said on Monday that the bridge would reopen. Inspectors said the cables were sound.';
  const qs = run(text, [['Officials', 'ORG'], ['Inspectors', 'PERSON']]);
  assert.deepEqual(qs.map((q) => [q.speakerText, q.speaker]), [['Officials', undefined], ['Inspectors', undefined]]);
  // a single capitalised word at a sentence start that is written capitalised inside a sentence too is a name
  const named = 'Voss met the board. Voss said the company would cooperate.';
  const q2 = run(named, [['Voss', 'PERSON', 'Renata Voss']]);
  assert.equal(q2[0]?.speaker, 'Renata Voss');
});

test('isName: sentence-initial capital alone is no name; a second capital, a fuller name or another capitalised use is', () => {
  const text = 'Officials said so. Castell said so. They met Castell. Government inspectors said so.';
  const at = (s: string, kind: EntityKind = 'ORG', name = s): EntityMention => ({ kind, name, text: s, start: text.indexOf(s), end: text.indexOf(s) + s.length });
  assert.equal(isName(text, at('Officials')), false);
  assert.equal(isName(text, at('Castell')), true);
  assert.equal(isName(text, at('Government')), false);
  assert.equal(isName(text, at('Officials', 'ORG', 'Officials of the State Department')), true);
});

test('role heads: a name in apposition or a definite role introduced with the name; never an indefinite one', () => {
  const text = 'Chinese foreign ministry spokesman Zhao Lijian spoke on Monday. Reporters met Dana Ockley there. ' +
    'The spokesman said the talks had ended. A spokesman said the office was closed. ' +
    "Strand's lawyer, Hugo Brenn, said his client would appeal.";
  const qs = run(text, [['Zhao Lijian', 'PERSON'], ['Dana Ockley', 'PERSON'], ['Strand', 'PERSON'], ['Hugo Brenn', 'ORG']]);
  const by = (who: string) => qs.find((q) => q.speakerText === who);
  assert.equal(by('The spokesman')?.speaker, 'Zhao Lijian');
  assert.equal(by('A spokesman')?.speaker, undefined);
  assert.equal(by("Strand's lawyer, Hugo Brenn")?.speaker, 'Hugo Brenn');
});

test('the head of the speaker phrase decides: a person of an organisation is the person, not the organisation', () => {
  const text = 'Dana Ockley, chief of the Port Alder Fire Service, said 41 people were rescued. ' +
    'A senior engineer at Castell Engineering said the cracks could not wait.';
  const qs = run(text, [['Dana Ockley', 'PERSON'], ['Port Alder Fire Service', 'ORG'], ['Castell Engineering', 'ORG']]);
  assert.equal(qs[0]!.speaker, 'Dana Ockley');
  assert.equal(qs[1]!.speakerText, 'A senior engineer at Castell Engineering');
  assert.equal(qs[1]!.speaker, undefined);
});

test('organisation descriptions: by name, or the organisation that spoke just before; else none', () => {
  const a = run('Castell Engineering built the bridge. The death toll rose to 23, the fire service said.', [['Castell Engineering', 'ORG']]);
  assert.equal(a[0]?.speakerText, 'the fire service');
  assert.equal(a[0]?.speaker, undefined);
  const b = run('The Transport Ministry met Alder Ferries. The ferry will start in May, the ministry said.', [['Transport Ministry', 'ORG'], ['Alder Ferries', 'ORG']]);
  assert.equal(b[0]?.speaker, 'Transport Ministry');
  const c = run('A statement from Alder Ferries said the route would open. The report said nothing about cost.', [['Alder Ferries', 'ORG']]);
  assert.equal(c[0]?.speaker, 'Alder Ferries');
  assert.equal(c.find((q) => q.speakerText === 'The report')?.speaker, undefined);
});

test('an organisation that spoke by its own name is not what a later "the ministry" means', () => {
  const qs = run('Alder Sound Ferries said it had carried 2.4 million passengers. The ministry said the contract would be extended.',
    [['Alder Sound Ferries', 'ORG']]);
  assert.equal(qs.find((q) => q.speakerText === 'The ministry')?.speaker, undefined);
  assert.equal(qs[0]!.speaker, 'Alder Sound Ferries');
});
