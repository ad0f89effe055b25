// The bad-input corpus of the reliability audit (issue 11), defined once: the tests under test/reliability/
// import these functions, and `node --import tsx scripts/make-bad-inputs.ts <dir> [--large]` writes the whole
// corpus to a folder for trying by hand. Default sizes are small enough for tests yet past every limit;
// --large uses the audit's sizes (a 200 MB line, a gzip holding 1 GB).
import { execFileSync } from 'node:child_process';
import { createWriteStream, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { finished } from 'node:stream/promises';
import { createGzip } from 'node:zlib';

const MB = 1024 * 1024;

export interface Sizes {
  /** Bytes of the one giant JSONL line. */
  longLine: number;
  /** Bytes a small .gz decompresses to, none of them a newline. */
  gzipBomb: number;
  /** Nesting levels of the deep HTML page. */
  nesting: number;
}

export const SMALL: Sizes = { longLine: 40 * MB, gzipBomb: 64 * MB, nesting: 100_000 };
export const LARGE: Sizes = { longLine: 200 * MB, gzipBomb: 1024 * MB, nesting: 100_000 };

/** A good JSONL record; `n` makes the text unique so each one is stored as new. */
export function goodRecord(n: number): string {
  return JSON.stringify({
    date: `2020-03-0${(n % 9) + 1}`,
    title: `Good record ${n}`,
    text: `The council of town number ${n} met on Tuesday and approved plan ${n} for the harbour bridge.`,
  });
}

/** Good plain-text articles dated by their file names: `count` files, returned as their paths. */
export function writeGoodFiles(dir: string, count: number, prefix = 'good'): string[] {
  mkdirSync(dir, { recursive: true });
  const paths: string[] = [];
  for (let i = 0; i < count; i++) {
    const path = join(dir, `${prefix}-2020-04-${String(i + 1).padStart(2, '0')}.txt`);
    writeFileSync(path, `Report ${prefix} ${i}: the ferry service between the two islands resumed after ${i + 2} weeks.\n`);
    paths.push(path);
  }
  return paths;
}

/** A tree with two links to its parent (the walk used to grow exponentially) and one good file per level. */
export function symlinkLoops(dir: string): string {
  const root = join(dir, 'loops');
  mkdirSync(join(root, 'sub'), { recursive: true });
  writeGoodFiles(root, 1, 'top');
  writeGoodFiles(join(root, 'sub'), 1, 'inner');
  symlinkSync('..', join(root, 'sub', 'up-a'));
  symlinkSync('..', join(root, 'sub', 'up-b'));
  return root;
}

/** A FIFO among articles: opening it for reading used to block forever. */
export function fifo(dir: string): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'pipe-2020-01-01.txt');
  execFileSync('mkfifo', [path]);
  return path;
}

/** A link to /dev/zero named like an article: it used to be read without end. */
export function devZeroLink(dir: string): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'zero-2020-01-01.txt');
  symlinkSync('/dev/zero', path);
  return path;
}

/** An HTML page whose article sits `levels` elements deep. */
export function deepHtml(dir: string, levels: number): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'deep.html');
  const story = '<p>The harbour bridge reopened on Monday after repairs that lasted two years, the council said.</p>';
  writeFileSync(path,
    '<!doctype html><html><head><title>Deep page</title><meta property="article:published_time" content="2020-05-06">' +
    `</head><body>${'<div>'.repeat(levels)}${story}${'</div>'.repeat(levels)}</body></html>`);
  return path;
}

/** JSONL: a good record, one line of `bytes` bytes, a good record. */
export function longLineJsonl(dir: string, bytes: number): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'long-line.jsonl');
  const head = `${goodRecord(1001)}\n{"date": "2020-01-01", "text": "`;
  const fill = Buffer.alloc(Math.max(0, bytes - 40), 'a');
  writeFileSync(path, Buffer.concat([Buffer.from(head), fill, Buffer.from(`"}\n${goodRecord(1002)}\n`)]));
  return path;
}

/** A small .jsonl.gz: a good record, then `bytes` bytes without a newline. */
export async function gzipBomb(dir: string, bytes: number): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'bomb.jsonl.gz');
  const gzip = createGzip({ level: 9 });
  const done = finished(gzip.pipe(createWriteStream(path)));
  gzip.write(`${goodRecord(2001)}\n`);
  const chunk = Buffer.alloc(4 * MB, 'a');
  for (let left = bytes; left > 0; left -= chunk.length) {
    if (!gzip.write(left >= chunk.length ? chunk : chunk.subarray(0, left))) await new Promise((r) => gzip.once('drain', r));
  }
  gzip.end();
  await done;
  return path;
}

/** CSV whose second record opens a quote it never closes, followed by good rows. */
export function csvUnclosedQuote(dir: string): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'unclosed.csv');
  writeFileSync(path,
    'date,title,text\n' +
    '2020-06-01,First,The first good row is about the new library opening downtown.\n' +
    '2020-06-02,Broken,"This text opens a quote and never closes it\n' +
    '2020-06-03,Third,The third good row is about the marathon route changes.\n' +
    '2020-06-04,Fourth,The fourth good row is about the "night market" returning.\n');
  return path;
}

/** CSV and JSONL with old Mac line endings (CR only). */
export function crOnlyFiles(dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  const csv = join(dir, 'cr-only.csv');
  writeFileSync(csv, 'date,text\r2020-07-01,The ferry timetable changed for the summer season.\r' +
    '2020-07-02,The old lighthouse opened to visitors for the first time.\r');
  const jsonl = join(dir, 'cr-only.jsonl');
  writeFileSync(jsonl, `${goodRecord(3001)}\r${goodRecord(3002)}\r`);
  return [csv, jsonl];
}

/** A UTF-16 text file and a UTF-16 JSONL file, each with its byte order mark. */
export function utf16Files(dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  const text = join(dir, 'utf16-2020-08-01.txt');
  writeFileSync(text, Buffer.concat([Buffer.from([0xff, 0xfe]),
    Buffer.from('Le conseil a voté le budget de l’hôpital régional mardi soir.\n', 'utf16le')]));
  const jsonl = join(dir, 'utf16be.jsonl');
  const le = Buffer.from(`${goodRecord(4001)}\n${goodRecord(4002)}\n`, 'utf16le');
  writeFileSync(jsonl, Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(le).swap16()]));
  return [text, jsonl];
}

/** JSONL records with a year outside the accepted window and with non-string fields, between good ones. */
export function badFieldsJsonl(dir: string): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'fields.jsonl');
  const lines = [
    goodRecord(5001),
    JSON.stringify({ date: '1750-01-01', text: 'An old record whose year is before the accepted window.' }),
    JSON.stringify({ date: '2020-01-01', text: 5 }),
    JSON.stringify({ date: '2020-01-01', title: { en: 'x' }, text: 'A record whose title is an object, not text.' }),
    JSON.stringify({ date: true, text: 'A record whose date is a boolean.' }),
    goodRecord(5002),
  ];
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

/** Files whose names hold a newline and a terminal escape sequence; both are rejected (binary). */
export function controlCharNames(dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  const names = ['forged\nrejected fake.txt: all good.txt', '\u001b[31mred\u001b[0m.txt'];
  return names.map((name) => {
    const path = join(dir, name);
    writeFileSync(path, Buffer.from([0, 1, 2, 3, 0, 0]));
    return path;
  });
}

/** Every case into `dir`, one folder each. */
export async function makeAll(dir: string, sizes: Sizes): Promise<void> {
  symlinkLoops(join(dir, 'symlink-loops'));
  fifo(join(dir, 'fifo'));
  devZeroLink(join(dir, 'dev-zero'));
  deepHtml(join(dir, 'deep-html'), sizes.nesting);
  longLineJsonl(join(dir, 'long-line'), sizes.longLine);
  await gzipBomb(join(dir, 'gzip-bomb'), sizes.gzipBomb);
  csvUnclosedQuote(join(dir, 'csv-quote'));
  crOnlyFiles(join(dir, 'cr-only'));
  utf16Files(join(dir, 'utf16'));
  badFieldsJsonl(join(dir, 'fields'));
  controlCharNames(join(dir, 'names'));
}

if (import.meta.url === `file://${resolve(process.argv[1] ?? '')}`) {
  const args = process.argv.slice(2);
  const target = args.find((a) => !a.startsWith('--'));
  if (!target) {
    console.error('usage: node --import tsx scripts/make-bad-inputs.ts <dir> [--large]');
    process.exit(2);
  }
  await makeAll(resolve(target), args.includes('--large') ? LARGE : SMALL);
  console.log(`bad inputs written to ${resolve(target)}`);
}
