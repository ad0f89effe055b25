import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FurnitureModel, type ModelArticle } from '../../src/clean/index.js';
import { MAX_LINES_PER_SOURCE, MIN_ARTICLES, MIN_DAYS } from '../../src/clean/model.js';

const POLICY = 'Comments are not pre-screened before they post.';
const SHARED = 'The rig exploded on April 20, killing 11 workers.';

function article(id: number, day: number, body: string, extra = ''): ModelArticle {
  return { id, source: 'cnn', published: `2010-06-${String(day).padStart(2, '0')}`, text: `${body}\n${extra}` };
}

test('a line one source repeats in many articles over many days is furniture', () => {
  const m = new FurnitureModel();
  const arts = Array.from({ length: MIN_ARTICLES }, (_, i) => article(i + 1, 1 + i * 3, `Story ${i} told on its own.`,
    `Page last updated at 1${i}:0${i} GMT ${POLICY}`));
  m.learn(arts);
  const probe = article(99, 28, 'A new story.', `Page last updated at 09:41 GMT ${POLICY}`);
  assert.deepEqual(m.spans(probe).map(([s, e]) => probe.text.slice(s, e)), [`Page last updated at 09:41 GMT ${POLICY}`]);
  assert.deepEqual(m.spans({ source: 'bbc', text: probe.text }), [], 'other sources learn their own furniture');
});

test('body sentences shared by updates of one story over a few days stay', () => {
  const m = new FurnitureModel();
  const updates = Array.from({ length: 8 }, (_, i) => article(i + 1, 1 + (i % (MIN_DAYS - 1)), `Update ${i} on the spill.`, SHARED));
  m.learn(updates);
  assert.deepEqual(m.spans(updates[0]!), []);
});

test('articles are learned once, and the state survives a JSON round trip', () => {
  const m = new FurnitureModel();
  const arts = Array.from({ length: MIN_ARTICLES }, (_, i) => article(i + 1, 1 + i * 2, POLICY));
  m.learn(arts.slice(0, MIN_ARTICLES - 1));
  m.learn(arts.slice(0, MIN_ARTICLES - 1));
  assert.deepEqual(m.spans(arts[0]!), [], 'counting the same articles twice must not make furniture');
  const back = FurnitureModel.fromJSON(JSON.stringify(m));
  back.learn(arts);
  assert.equal(back.spans(arts[0]!).length, 1);
});

test('the tables stay bounded: rare lines are thinned away, frequent ones kept', () => {
  const m = new FurnitureModel();
  let id = 0;
  for (let day = 1; day <= 28; day++) {
    const lines = Array.from({ length: 2_500 }, (_, i) => `unique line number ${day}-${i} of the corpus`.replace(/\d/g, (d) => 'abcdefghij'[+d]!));
    m.learn([{ id: ++id, source: 'x', published: `2010-06-${String(day).padStart(2, '0')}`, text: `${POLICY}\n${lines.join('\n')}` }]);
  }
  const saved = m.toJSON().sources.x!;
  assert.ok(Object.keys(saved).length <= MAX_LINES_PER_SOURCE);
  assert.equal(m.spans({ source: 'x', text: POLICY }).length, 1);
});

test('a short line too rare to be learned is furniture between two learned lines, and only there', () => {
  const m = new FurnitureModel();
  const ASK = 'What do you think of this story?';
  const HELP = 'Your feedback will help tell CNN producers what to do with this iReport.';
  const RARE = 'Select one of the options below.';
  m.learn(Array.from({ length: MIN_ARTICLES }, (_, i) => article(i + 1, 1 + i * 3, `Story ${i} told on its own.`, `${ASK}\n${HELP}`)));
  const probe = article(99, 28, 'Protesters filled the square.', `${ASK}\n${RARE}\n${HELP}`);
  assert.deepEqual(m.spans(probe).map(([s, e]) => probe.text.slice(s, e)), [ASK, RARE, HELP]);
  // Beside only one learned line, or too long to be a control's label, a line stays.
  const once = article(100, 29, RARE, ASK);
  assert.deepEqual(m.spans(once).map(([s, e]) => once.text.slice(s, e)), [ASK]);
  const long = `${'Protesters filled the square and the army stood by as the crowd grew through the night, '.repeat(2)}witnesses said.`;
  const news = article(101, 30, 'A new story.', `${ASK}\n${long}\n${HELP}`);
  assert.deepEqual(m.spans(news).map(([s, e]) => news.text.slice(s, e)), [ASK, HELP]);
});

test('line keys kept from learning give the spans hashing the lines again gives, once, for the article learned', () => {
  const arts = Array.from({ length: MIN_ARTICLES + 2 }, (_, i) => article(i + 1, 1 + i * 3, `Story ${i} told on its own.`,
    `\n  \nPage last updated at 1${i}:0${i} GMT\n${POLICY}\nShort\n${POLICY}`));
  const plain = new FurnitureModel();
  plain.learn(arts);
  const remembering = new FurnitureModel();
  remembering.learn(arts, 3);
  for (const a of arts) assert.deepEqual(remembering.spans(a), plain.spans(a), `article ${a.id}`);
  assert.ok(plain.spans(arts[0]!).length > 0, 'the probe has furniture');
  // A text other than the one learned under that id (another length) has its lines hashed again.
  const other = { ...arts[1]!, text: `${arts[1]!.text}\nAnother line at the end of the page` };
  const again = new FurnitureModel();
  again.learn(arts, arts.length);
  assert.deepEqual(again.spans(other), plain.spans(other));
});
