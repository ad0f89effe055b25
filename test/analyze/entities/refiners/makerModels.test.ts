import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makerModels } from '../../../../src/analyze/entities/refiners/makerModels.js';
import { Gazetteer, gazetteerKey } from '../../../../src/analyze/entities/gazetteer.js';
import { Lexicon } from '../../../../src/analyze/entities/lexicon.js';
import { mentionsIn } from './mentions.js';

const makers = new Gazetteer(new Map([[gazetteerKey('Vostok'), 'ORG'], [gazetteerKey('Harwell'), 'ORG']]));
const lexicon = new Lexicon(new Map([['review', 90], ['republicans', 10]]));

test('a known maker plus a rare name written after "the" is a model, not a mention; other names stay', () => {
  const text = 'Vostok will revive the Vostok Zarya, and the Zarya sold well. Vostok Zarya cars. ' +
    'Harwell Review staff read the Review. Brell Kestra left the Kestra. Vostok Orlan plans rose; the Vostok Orlan plan.';
  const ms = mentionsIn(text, [['Vostok', 'ORG'], ['Vostok Zarya', 'ORG'], ['Zarya', 'PLACE'], ['Vostok Zarya', 'ORG'],
    ['Harwell Review', 'ORG'], ['Review', 'ORG'], ['Brell Kestra', 'ORG'], ['Kestra', 'ORG'], ['Vostok Orlan', 'ORG']]);
  makerModels(ms, makers, lexicon, text);
  // "Review" is a common word (in the lexicon), "Brell" is no known maker, "the Vostok Orlan plan" does not end its phrase
  assert.deepEqual(ms.map((m) => m.text), ['Vostok', 'Harwell Review', 'Review', 'Brell Kestra', 'Kestra', 'Vostok Orlan']);
});

test("a maker's foundation or building is no model", () => {
  const text = 'Vostok gave money to the Vostok Foundation. The Foundation thanked the Vostok Building.';
  const ms = mentionsIn(text, [['Vostok', 'ORG'], ['Vostok Foundation', 'ORG'], ['Vostok Building', 'PLACE']]);
  makerModels(ms, makers, lexicon, text);
  assert.deepEqual(ms.map((m) => m.text), ['Vostok', 'Vostok Foundation', 'Vostok Building']);
});
