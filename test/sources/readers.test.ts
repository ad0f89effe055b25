// Every reader against small fixtures written for Chronicle (test/fixtures/sources), plus bad input generated
// here: each bad file or record must be rejected with its file (and line or record) and a reason, while the
// rest is still read.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { readSources, readStream, type ReadOptions } from '../../src/sources/index.js';
import type { RawArticle, Rejection, SourceItem } from '../../src/types.js';
import { tempDir } from '../helpers/tmp.js';

const FIX = join(import.meta.dirname, '..', 'fixtures', 'sources');

async function drain(items: AsyncIterable<SourceItem>): Promise<{ articles: RawArticle[]; rejections: Rejection[] }> {
  const articles: RawArticle[] = [];
  const rejections: Rejection[] = [];
  for await (const item of items) {
    if (item.kind === 'article') articles.push(item.article);
    else rejections.push(item.rejection);
  }
  return { articles, rejections };
}

const read = (paths: string[], opts: ReadOptions = {}) => drain(readSources(paths, opts));
const tmp = (): string => tempDir('chronicle-readers-');

describe('seed format', () => {
  test('date header with the first sentence on the same line', async () => {
    const { articles, rejections } = await read([join(FIX, 'seed', 'pier.txt')]);
    assert.deepEqual(rejections, []);
    assert.equal(articles.length, 1);
    assert.equal(articles[0]!.published, '2021-03-04');
    assert.ok(articles[0]!.text.startsWith('HARBOURTON — The town council voted'));
    assert.ok(articles[0]!.text.endsWith('the mayor said.'));
  });

  test('an impossible date and a header without text are rejected with the file named', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a.txt'), 'date 2020-02-30 Text follows.\n');
    writeFileSync(join(dir, 'b.txt'), 'date 2020-02-10\n\n');
    const { articles, rejections } = await read([dir]);
    assert.equal(articles.length, 0);
    assert.equal(rejections[0]!.origin, join(dir, 'a.txt:1'));
    assert.match(rejections[0]!.reason, /2020-02-30.*not a real calendar date/);
    assert.equal(rejections[1]!.origin, join(dir, 'b.txt'));
    assert.match(rejections[1]!.reason, /no article text/);
  });
});

describe('plain text dated by its path', () => {
  test('YYYY-MM-DD folders, YYYY/MM/DD folders and dates in file names; hidden files skipped', async () => {
    const { articles, rejections } = await read([join(FIX, 'textdir')]);
    const byDate = Object.fromEntries(articles.map((a) => [a.published, a.text]));
    assert.deepEqual(Object.keys(byDate).sort(), ['2019-05-06', '2019-07-08', '2019-09-10']);
    assert.equal(byDate['2019-05-06'], 'The river festival drew a record crowd on Monday.\nOrganisers said the weather helped.');
    assert.ok(!articles.some((a) => a.origin.includes('.DS_Store')));
    assert.equal(rejections.length, 1);
    assert.equal(rejections[0]!.origin, join(FIX, 'textdir', 'undated', 'orphan.txt'));
    assert.match(rejections[0]!.reason, /no usable date/);
  });

  test('a first line that is only a date dates the text; a default date applies when nothing else does', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'note.txt'), 'Published: 12 March 2021\nThe ferry timetable changes next week.\n');
    writeFileSync(join(dir, 'other.txt'), 'March 2021 was wet and the ferry ran late on many days.\n');
    const { articles, rejections } = await read([dir]);
    assert.deepEqual(articles.map((a) => [a.published, a.text]), [['2021-03-12', 'The ferry timetable changes next week.']]);
    assert.equal(rejections.length, 1);
    const withDefault = await read([join(dir, 'other.txt')], { defaultDate: '2021-04-01' });
    assert.equal(withDefault.articles[0]!.published, '2021-04-01');
  });
});

describe('tilse / Timeline17 layout', () => {
  const topic = join(FIX, 'tilse', 'quake_radio');

  test('reads InputDocs only, dated by day folder, with topic and source, PTB tokenisation undone', async () => {
    const { articles, rejections } = await read([join(FIX, 'tilse')]);
    assert.deepEqual(rejections, []);
    assert.deepEqual(articles.map((a) => a.published), ['2015-04-25', '2015-04-26']);
    assert.equal(articles[0]!.text,
      'The mayor (who was re-elected) said "we can\'t wait", adding the town\'s pier would cost $4 million.\n' +
      "Residents' groups welcomed it.");
    assert.equal(articles[1]!.text, 'Aid convoys reached the valley / plateau on Sunday.');
    for (const a of articles) {
      assert.equal(a.topic, 'quake_radio');
      assert.equal(a.source, 'radio');
      assert.ok(!/GOLD/.test(a.text));
    }
  });

  test('gold timelines are never read as articles, even when pointed at directly', async () => {
    for (const path of [join(topic, 'timelines'), join(topic, 'timelines', 'radio.txt')]) {
      const { articles, rejections } = await read([path]);
      assert.equal(articles.length, 0, path);
      assert.equal(rejections.length, 1);
      assert.match(rejections[0]!.reason, /gold timeline/);
    }
    // Forcing the text format does not bypass the rule either.
    const forced = await read([join(topic, 'timelines', 'radio.txt')], { format: 'tilse' });
    assert.equal(forced.articles.length, 0);
  });

  test('one day folder or one file inside InputDocs reads just that', async () => {
    const day = await read([join(topic, 'InputDocs', '2015-04-26')]);
    assert.deepEqual(day.articles.map((a) => a.origin), [join(topic, 'InputDocs', '2015-04-26', '2.htm.txt')]);
    const file = await read([join(topic, 'InputDocs', '2015-04-25', '1.htm.txt')]);
    assert.equal(file.articles.length, 1);
    assert.equal(file.articles[0]!.topic, 'quake_radio');
  });
});

describe('news-tls articles.jsonl(.gz)', () => {
  test('reads articles with id origins and topic; gold timelines.jsonl skipped; a broken line rejected', async () => {
    const { articles, rejections } = await read([join(FIX, 'newstls')]);
    const file = join(FIX, 'newstls', 'flood', 'articles.jsonl');
    assert.deepEqual(articles.map((a) => a.origin), [`${file}#a1`, `${file}#a2`]);
    assert.equal(articles[0]!.text, 'The two dams upstream held through the night.\nEngineers said the danger had passed.');
    assert.equal(articles[0]!.published, '2018-02-03');
    assert.equal(articles[0]!.title, 'Dams hold as rain eases');
    assert.equal(articles[0]!.url, 'https://example.test/a1');
    assert.equal(articles[1]!.title, undefined);
    assert.ok(articles.every((a) => a.topic === 'flood' && !a.text.includes('GOLD')));
    assert.deepEqual(rejections.map((r) => r.origin), [`${file}:3`]);
    assert.match(rejections[0]!.reason, /broken JSON/);
  });

  test('the gzip-compressed file gives the same articles', async () => {
    const dir = join(tmp(), 'flood_bbc');
    mkdirSync(dir);
    writeFileSync(join(dir, 'articles.jsonl.gz'), gzipSync(readFileSync(join(FIX, 'newstls', 'flood', 'articles.jsonl'))));
    const { articles, rejections } = await read([dir]);
    assert.deepEqual(articles.map((a) => [a.published, a.topic, a.source]),
      [['2018-02-03', 'flood_bbc', 'bbc'], ['2018-02-04', 'flood_bbc', 'bbc']]);
    assert.equal(rejections.length, 1);
    assert.equal(rejections[0]!.origin, `${join(dir, 'articles.jsonl.gz')}:3`);
  });
});

describe('generic JSONL', () => {
  test('common field names, nested source names, epoch dates; bad records rejected by line', async () => {
    const file = join(FIX, 'jsonl', 'mixed.jsonl');
    const { articles, rejections } = await read([file]);
    assert.deepEqual(articles.map((a) => [a.origin, a.published, a.title, a.source]), [
      [`${file}:1`, '2020-08-26', 'Bridge reopens', 'Valley Post'],
      [`${file}:2`, '2020-08-26', 'Market day', 'Town Crier'],
      [`${file}:7`, '2020-08-26', undefined, undefined],
    ]);
    assert.equal(articles[0]!.url, 'https://example.test/bridge');
    assert.deepEqual(rejections.map((r) => r.origin), [`${file}:3`, `${file}:4`, `${file}:5`]);
    assert.match(rejections[0]!.reason, /broken JSON/);
    assert.match(rejections[1]!.reason, /no usable date/);
    assert.match(rejections[2]!.reason, /no article text/);
  });

  test('--field-* mapping picks the named fields and names a missing one', async () => {
    const dir = tmp();
    const file = join(dir, 'custom.jsonl');
    writeFileSync(file, [
      JSON.stringify({ words: 'The pier reopened after repairs.', when: '2020-09-01', head: 'Pier reopens', site: 'Gazette', text: 'decoy' }),
      JSON.stringify({ text: 'No words field here.', when: '2020-09-02' }),
    ].join('\n'));
    const { articles, rejections } = await read([file], {
      fieldMap: { text: 'words', date: 'when', title: 'head', source: 'site' },
    });
    assert.deepEqual(articles.map((a) => [a.text, a.published, a.title, a.source]),
      [['The pier reopened after repairs.', '2020-09-01', 'Pier reopens', 'Gazette']]);
    assert.deepEqual(rejections, [{ origin: `${file}:2`, reason: 'field "words" is missing or empty' }]);
  });

  test('one invalid UTF-8 line is rejected alone; the lines around it are read', async () => {
    const dir = tmp();
    const file = join(dir, 'enc.jsonl');
    writeFileSync(file, Buffer.concat([
      Buffer.from('{"text":"First line is fine.","date":"2020-01-01"}\n'),
      Buffer.from('{"text":"caf'), Buffer.from([0xe9]), Buffer.from('","date":"2020-01-01"}\r\n'),
      Buffer.from('{"text":"Third line is fine.","date":"2020-01-02"}'),
    ]));
    const { articles, rejections } = await read([file]);
    assert.deepEqual(articles.map((a) => a.origin), [`${file}:1`, `${file}:3`]);
    assert.equal(rejections.length, 1);
    assert.equal(rejections[0]!.origin, `${file}:2`);
    assert.match(rejections[0]!.reason, /not valid UTF-8/);
  });
});

describe('CSV', () => {
  const file = join(FIX, 'csv', 'articles.csv');

  test('--field-* mapping, quoted commas kept, bad rows rejected by line', async () => {
    const { articles, rejections } = await read([file], {
      fieldMap: { text: 'story', date: 'when', title: 'headline', url: 'link' },
    });
    assert.deepEqual(articles.map((a) => [a.origin, a.published, a.title, a.text]), [
      [`${file}:2`, '2020-08-26', 'Harbour dredging begins', 'Dredgers arrived at the harbour, ahead of schedule.'],
      [`${file}:3`, '2020-08-27', 'Ferry fares frozen', 'Fares will not rise this year.'],
    ]);
    assert.equal(articles[0]!.url, 'https://example.test/dredge');
    assert.deepEqual(rejections.map((r) => r.origin), [`${file}:4`, `${file}:5`]);
    assert.match(rejections[0]!.reason, /5 fields but the header has 4/);
    assert.match(rejections[1]!.reason, /field "when" = "someday" is not a date/);
  });

  test('without a mapping, unknown column names are named in the rejection', async () => {
    const { articles, rejections } = await read([file]);
    assert.equal(articles.length, 0);
    assert.match(rejections[0]!.reason, /no article text \(looked for fields: text, body/);
  });

  test('a quote that never closes costs only its own row', async () => {
    const dir = tmp();
    const path = join(dir, 'q.csv');
    writeFileSync(path, 'text,date\nfirst row,2020-01-01\n"never closed,2020-01-01\nthird row,2020-01-02\nfourth row,2020-01-03\n');
    const { articles, rejections } = await read([path]);
    assert.deepEqual(articles.map((a) => a.origin), [`${path}:2`, `${path}:4`, `${path}:5`]);
    assert.deepEqual(rejections.map((r) => r.origin), [`${path}:3`]);
    assert.match(rejections[0]!.reason, /never closed/);
  });
});

describe('HTML pages', () => {
  test('main text without navigation; date, title, site and URL from metadata', async () => {
    const { articles, rejections } = await read([join(FIX, 'html', 'page.html')]);
    assert.deepEqual(rejections, []);
    const [a] = articles;
    assert.equal(a!.published, '2022-05-17');
    assert.equal(a!.title, 'Lighthouse restored after two years');
    assert.equal(a!.source, 'Coast Gazette');
    assert.equal(a!.url, 'https://gazette.example.test/2022/05/17/lighthouse');
    assert.match(a!.text, /^(Lighthouse restored after two years\n)?The old lighthouse on the northern cape/);
    assert.match(a!.text, /restoration society said in a statement\.$/);
    assert.ok(!/Home|Copyright/.test(a!.text));
  });

  test('date from JSON-LD (@graph), from <time datetime>, and from the URL', async () => {
    const jsonld = await read([join(FIX, 'html', 'jsonld-undated-meta.html')]);
    assert.equal(jsonld.articles[0]!.published, '2022-03-01');
    const dir = tmp();
    const body = '<article><p>The harbour office published the new tide tables for the coming season today.</p></article>';
    writeFileSync(join(dir, 'time.html'), `<html><body><time datetime="2021-02-03T10:00">3 Feb</time>${body}</body></html>`);
    writeFileSync(join(dir, 'url.html'),
      `<html><head><link rel="canonical" href="https://x.test/news/2021/04/06/tides"></head><body>${body}</body></html>`);
    const { articles } = await read([dir]);
    assert.deepEqual(articles.map((a) => [a.origin, a.published]),
      [[join(dir, 'time.html'), '2021-02-03'], [join(dir, 'url.html'), '2021-04-06']]);
  });

  test('a page without article text, or without any date, is rejected with the reason', async () => {
    const none = await read([join(FIX, 'html', 'no-text.html')]);
    assert.equal(none.articles.length, 0);
    assert.match(none.rejections[0]!.reason, /no article text/);
    const dir = tmp();
    writeFileSync(join(dir, 'undated.html'),
      '<html><body><article><p>A page with a long enough paragraph of article text but no date anywhere.</p></article></body></html>');
    const undated = await read([dir]);
    assert.equal(undated.rejections[0]!.origin, join(dir, 'undated.html'));
    assert.match(undated.rejections[0]!.reason, /no publication date/);
  });
});

describe('feeds', () => {
  test('RSS 2.0: content:encoded preferred, markup stripped, entities decoded, dc:date, undated item rejected', async () => {
    const file = join(FIX, 'feed', 'rss.xml');
    const { articles, rejections } = await read([file]);
    assert.deepEqual(articles.map((a) => [a.origin, a.published, a.title]), [
      [`${file}#1`, '2021-01-05', 'Snow closes the pass'],
      [`${file}#3`, '2021-01-06', 'Dublin Core dated'],
    ]);
    assert.equal(articles[0]!.text, 'Heavy snow closed the mountain pass on Tuesday.\nCrews expect to reopen it by Friday & no sooner.');
    assert.equal(articles[0]!.source, 'Valley Radio News');
    assert.equal(articles[0]!.url, 'https://radio.example.test/snow');
    assert.equal(articles[1]!.text, 'Ploughs were out all night.');
    assert.deepEqual(rejections.map((r) => r.origin), [`${file}#2`]);
    assert.match(rejections[0]!.reason, /no usable date/);
  });

  test('Atom: published before updated, alternate link, summary when there is no content', async () => {
    const file = join(FIX, 'feed', 'atom.xml');
    const { articles, rejections } = await read([file]);
    assert.deepEqual(rejections, []);
    assert.deepEqual(articles.map((a) => [a.published, a.title, a.url, a.text, a.source]), [
      ['2021-06-12', 'Tall ship visits', 'https://log.example.test/tall-ship', 'A tall ship moored in the harbour for the weekend.', 'Harbour Log'],
      ['2021-06-14', 'Summary only', 'https://log.example.test/summary', 'Fishing quotas were announced.', 'Harbour Log'],
    ]);
  });

  test('XML that is not a feed is rejected', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'x.xml'), '<?xml version="1.0"?><catalog><book>Not news</book></catalog>');
    const { rejections } = await read([dir]);
    assert.match(rejections[0]!.reason, /neither an RSS nor an Atom feed/);
  });
});

describe('standard input', () => {
  const stream = (s: string | Buffer): Readable => Readable.from([typeof s === 'string' ? Buffer.from(s) : s]);

  test('seed format, JSON Lines, and plain text with a default date', async () => {
    const seed = await drain(readStream(stream('date 2020-05-01 The dam held.'), '-'));
    assert.deepEqual(seed.articles.map((a) => [a.published, a.text, a.origin]), [['2020-05-01', 'The dam held.', '-']]);
    const jsonl = await drain(readStream(stream('{"text":"One.","date":"2020-05-02"}\n{"text":"Two.","date":"2020-05-03"}\n'), '-'));
    assert.deepEqual(jsonl.articles.map((a) => [a.origin, a.published]), [['-:1', '2020-05-02'], ['-:2', '2020-05-03']]);
    const plain = await drain(readStream(stream('Just words about the dam.'), '-', { defaultDate: '2020-05-04' }));
    assert.deepEqual(plain.articles.map((a) => a.published), ['2020-05-04']);
  });

  test('plain text without any date, empty input and binary input are rejected', async () => {
    const plain = await drain(readStream(stream('Just words about the dam.'), '-'));
    assert.match(plain.rejections[0]!.reason, /no usable date/);
    const empty = await drain(readStream(stream(''), '-'));
    assert.deepEqual(empty.rejections, [{ origin: '-', reason: 'empty file' }]);
    const binary = await drain(readStream(stream(Buffer.from([0, 1, 2, 3, 0])), '-'));
    assert.match(binary.rejections[0]!.reason, /binary/);
  });
});

describe('bad files among good ones', () => {
  test('empty, whitespace-only, binary and invalid UTF-8 files are rejected by name; the good file is read', async () => {
    const dir = tmp();
    writeFileSync(join(dir, '2020-01-01-empty.txt'), '');
    writeFileSync(join(dir, '2020-01-01-blank.txt'), '  \n\n ');
    writeFileSync(join(dir, '2020-01-01-image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2]));
    writeFileSync(join(dir, '2020-01-01-latin1.txt'), Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' news')]));
    writeFileSync(join(dir, '2020-01-01-good.txt'), 'The only readable article in this folder.');
    writeFileSync(join(dir, 'empty.jsonl'), '');
    writeFileSync(join(dir, 'image.jsonl'), Buffer.from([0, 1, 2, 3, 0x7b, 0x7d, 0x0a]));
    const { articles, rejections } = await read([dir]);
    assert.deepEqual(articles.map((a) => a.origin), [join(dir, '2020-01-01-good.txt')]);
    const why = Object.fromEntries(rejections.map((r) => [r.origin.slice(dir.length + 1), r.reason]));
    assert.deepEqual(Object.keys(why).sort(), [
      '2020-01-01-blank.txt', '2020-01-01-empty.txt', '2020-01-01-image.txt', '2020-01-01-latin1.txt', 'empty.jsonl', 'image.jsonl',
    ]);
    assert.match(why['2020-01-01-empty.txt']!, /^empty file/);
    assert.match(why['2020-01-01-blank.txt']!, /only whitespace/);
    assert.match(why['2020-01-01-image.txt']!, /binary/);
    assert.match(why['2020-01-01-latin1.txt']!, /not valid UTF-8 \(first bad byte at offset 3\)/);
    assert.match(why['empty.jsonl']!, /empty file/);
    assert.match(why['image.jsonl']!, /binary/);
  });

  test('a path that does not exist throws before anything is read', async () => {
    await assert.rejects(read([join(FIX, 'seed'), join(FIX, 'nope')]), /No such file or directory: .*nope/);
  });

  test('a whole fixture tree is read in a stable order', async () => {
    const dir = tmp();
    cpSync(FIX, dir, { recursive: true });
    const a = await read([dir]);
    const b = await read([dir]);
    assert.deepEqual(a.articles.map((x) => x.origin), b.articles.map((x) => x.origin));
    assert.equal(a.articles.length, 17); // 1 seed, 3 text, 2 tilse, 2 news-tls, 3 JSONL, 2 HTML, 4 feed (CSV needs a field map)
  });
});
