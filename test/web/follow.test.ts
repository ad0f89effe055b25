// The page as a newsroom tool, in a real browser (Debian's Chromium via playwright-core): the first screen of an
// empty store, an upload with a date for an undated file, following a query, more articles arriving, the new
// entry marked, curation by keyboard and mouse with undo, exports, edits kept across a reload, the page at phone
// width, and our TimelineJS export rendered by the real TimelineJS3 library served from this machine. Every
// request to anywhere but this machine is blocked and counted.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startServer } from '../../src/server/app.js';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/store.js';
import { tempDbPath } from '../helpers/stores.js';

const CHROMIUM = '/usr/bin/chromium';
const FIXTURES = join(import.meta.dirname, '..', 'server', 'fixtures');
const TIMELINEJS = join(import.meta.dirname, '..', '..', 'node_modules', '@knight-lab', 'timelinejs', 'dist');
const skip = !existsSync(CHROMIUM) ? `${CHROMIUM} is absent (apt-get install chromium): browser tests skipped`
  : !existsSync(TIMELINEJS) ? `${TIMELINEJS} is absent (npm install): browser tests skipped` : false;
if (skip) console.log(`# ${skip}`);

const FIRST = ['2024-05-02-orrin-dam-crack.txt', '2024-05-06-orrin-evacuation.txt', '2024-05-09-orrin-repairs.txt'];
const LATER = ['2024-05-20-orrin-return.txt', '2024-06-14-orrin-inquiry.txt'];
const UNDATED = 'Orrin Dam engineers said on Friday that the reservoir had been lowered by two metres as planned.\n\n' +
  '"The wall is holding," said Talia Verhoef of the Marrowland Water Authority.\n';

const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');
const isLocal = (url: string): boolean => /^(https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?\/|data:|blob:)/.test(url);

/** Serves TimelineJS3's dist folder, a test page that loads it, and the export under test, on this machine. */
function timelineJsServer(exportJson: () => string): Server {
  const page = '<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="/tl/css/timeline.css">' +
    '<script src="/tl/js/timeline.js"></script></head><body><div id="tl" style="width:1000px;height:600px"></div><script>' +
    "fetch('/export.json').then(r => r.json()).then(d => { window.tl = new TL.Timeline('tl', d, " +
    "{ script_path: '/tl/js/', font: null, language: 'en' }); window.tlReady = true; });</script></body></html>";
  const types: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/') { res.writeHead(200, { 'Content-Type': 'text/html' }).end(page); return; }
    if (url.pathname === '/export.json') { res.writeHead(200, { 'Content-Type': 'application/json' }).end(exportJson()); return; }
    const rel = normalize(decodeURIComponent(url.pathname.replace(/^\/tl\//, ''))).replace(/^(\.\.[/\\])+/, '');
    const path = join(TIMELINEJS, rel);
    if (!url.pathname.startsWith('/tl/') || !path.startsWith(TIMELINEJS) || !existsSync(path)) { res.writeHead(404).end(); return; }
    res.writeHead(200, { 'Content-Type': types[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(path));
  });
}

describe('web page: following a story', { skip }, () => {
  let store: Store;
  let app: FastifyInstance;
  let address: string;
  let context: BrowserContext;
  let page: Page;
  let profile: string;
  let shots: string;
  let timelineJs = '';
  const pageErrors: string[] = [];
  const blocked: string[] = [];

  before(async () => {
    store = await openStore(tempDbPath());
    ({ app, address } = await startServer({ store, host: '127.0.0.1', port: 0 }));
    profile = mkdtempSync(join(tmpdir(), 'chronicle-chromium-'));
    shots = mkdtempSync(join(tmpdir(), 'chronicle-follow-shots-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM, headless: true, acceptDownloads: true, viewport: { width: 1366, height: 768 },
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (isLocal(url)) return route.continue();
      blocked.push(url);
      return route.abort();
    });
    page = context.pages()[0] ?? await context.newPage();
    page.on('pageerror', (err) => pageErrors.push(err.message));
  });

  after(async () => {
    await context?.close();
    await app?.close();
    await store?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  test('an empty store opens on a first screen that says what to do', async () => {
    await page.goto(address);
    await page.waitForSelector('#welcome:not([hidden])');
    const text = await page.textContent('#welcome') ?? '';
    assert.match(text, /Upload article files/);
    assert.match(text, /chronicle watch <folder>/);
    await page.click('#welcome-upload');
    assert.equal(await page.getAttribute('#tab-upload', 'aria-selected'), 'true');
  });

  test('the upload form sends files, with the date field for an undated one', async () => {
    await page.fill('#upload-date', '2024-05-10');
    await page.setInputFiles('#file-input', [...FIRST.map((name) => ({ name, mimeType: 'text/plain', buffer: Buffer.from(fixture(name)) })),
      { name: 'orrin-note.txt', mimeType: 'text/plain', buffer: Buffer.from(UNDATED) }]);
    await page.waitForSelector('#upload-log li:has-text("Done:")', { timeout: 60_000 });
    assert.match(await page.textContent('#upload-log') ?? '', /4 new articles/);
    const res = await fetch(`${address}/api/search?q=${encodeURIComponent('lowered by two metres as planned')}`);
    const hits = await res.json() as { published: string }[];
    assert.ok(hits.some((h) => h.published.startsWith('2024-05-10')), JSON.stringify(hits));
    await page.waitForSelector('#welcome[hidden]', { state: 'attached' });
  });

  test('a query is followed from the page and opens with its entries beside a labelled chart', async () => {
    await page.fill('#q', 'Orrin Dam');
    await page.click('#follow-open');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'follow-name');
    await page.keyboard.type('orrin');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#saved-entries li[data-date]');
    assert.equal(await page.textContent('#saved-title'), 'orrin');
    const dates = await page.$$eval('#saved-entries li[data-date]', (lis) => lis.map((li) => li.getAttribute('data-date')));
    assert.ok(dates.length >= 2 && dates.every((d) => (d ?? '') < '2024-05-20'), dates.join(', '));
    assert.equal(await page.locator('#saved-chart circle.mark').count(), dates.length);
    assert.ok(await page.locator('#saved-chart text.point-label').count() >= 1, 'the chart labels its points');
    // The axis zooms from the keyboard and comes back whole with 0.
    await page.focus('#saved-chart');
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    assert.ok(await page.locator('#saved-chart circle.mark').count() < dates.length, 'zooming in leaves some dates out');
    await page.keyboard.press('0');
    assert.equal(await page.locator('#saved-chart circle.mark').count(), dates.length);
    assert.match(await page.textContent('#follow-list') ?? '', /orrin/);
  });

  test('articles arriving later show as unread, then as new entries with a digest', async () => {
    for (const name of LATER) {
      const res = await fetch(`${address}/api/ingest?filename=${name}`, {
        method: 'POST', headers: { 'Content-Type': 'application/octet-stream' }, body: fixture(name) });
      assert.equal(res.status, 200, await res.text());
    }
    await page.click('#tab-timeline');
    await page.click('#tab-followed');
    await page.waitForSelector('#follow-list .unread');
    assert.match(await page.textContent('#follow-list .unread') ?? '', /^\d+ new or changed/);
    await page.click('#follow-list .open-saved');
    await page.waitForSelector('#saved-entries li.new');
    const fresh = await page.$$eval('#saved-entries li.new', (lis) => lis.map((li) => li.getAttribute('data-date') ?? ''));
    assert.ok(fresh.some((d) => d >= '2024-05-20'), `new entries: ${fresh.join(', ')}`);
    assert.match(await page.textContent('#digest-summary') ?? '', /[1-9]\d* new entr/);
    assert.ok(await page.locator('#digest-lines li').count() >= 1);
    await page.screenshot({ path: join(shots, 'follow-1366x768.png') });
  });

  test('curation: hide, pin and a new headline by keyboard, undo, all shown at once', async () => {
    const dates = await page.$$eval('#saved-entries li[data-date]', (lis) => lis.map((li) => li.getAttribute('data-date') ?? ''));
    const [hidden, pinned] = [dates[0]!, dates[1]!];
    const renamed = dates.at(-1)!;
    await page.click(`li[data-date="${hidden}"] button.hide`);
    await page.waitForSelector(`li[data-date="${hidden}"]`, { state: 'detached' });
    await page.click(`li[data-date="${pinned}"] button.pin`);
    await page.waitForSelector(`li[data-date="${pinned}"] .badge.pinned`);
    // The headline by keyboard only: focus its button, Enter opens the field, Enter saves.
    // The list is redrawn when an edit's answer arrives; a redraw landing between focus and Enter takes the focus
    // with the old button, so the keys are pressed again on the new one until the field is open and focused.
    const field = `li[data-date="${renamed}"] form.inline-edit input`;
    for (let attempt = 0; attempt < 5 && (await page.locator(`${field}:focus`).count()) === 0; attempt++) {
      await page.focus(`li[data-date="${renamed}"] button.edit-headline`);
      await page.keyboard.press('Enter');
      await page.waitForSelector(`${field}:focus`, { timeout: 3000 }).catch(() => undefined);
    }
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Inquiry into the Orrin Dam opens');
    await page.keyboard.press('Enter');
    await page.waitForSelector(`li[data-date="${renamed}"] .headline:has-text("Inquiry into the Orrin Dam opens")`);
    // Badges stay through the edits: the view keeps comparing with the moment it was opened for.
    assert.ok(await page.locator('#saved-entries li.new').count() >= 1);
    // A mistaken hide is taken back.
    const other = dates[2]!;
    await page.click(`li[data-date="${other}"] button.hide`);
    await page.waitForSelector(`li[data-date="${other}"]`, { state: 'detached' });
    await page.click('#saved-undo');
    await page.waitForSelector(`li[data-date="${other}"]`);
    assert.match(await page.textContent('#saved-status') ?? '', /3 edits kept/);
  });

  test('two chosen entries merge into the first, and undo splits them again', async () => {
    const dates = await page.$$eval('#saved-entries li[data-date]', (lis) => lis.map((li) => li.getAttribute('data-date') ?? ''));
    const [keep, into] = [dates[1]!, dates[2]!];
    assert.equal(await page.locator('#saved-merge').isDisabled(), true);
    await page.check(`li[data-date="${keep}"] .choose input`);
    await page.check(`li[data-date="${into}"] .choose input`);
    await page.click('#saved-merge');
    await page.waitForSelector(`li[data-date="${into}"]`, { state: 'detached' });
    assert.match(await page.textContent('#saved-status') ?? '', /^Merged/);
    await page.click('#saved-undo');
    await page.waitForSelector(`li[data-date="${into}"]`);
  });

  test('an entry moves to a new date, and a hidden sentence leaves its entry', async () => {
    const dates = await page.$$eval('#saved-entries li[data-date]', (lis) => lis.map((li) => li.getAttribute('data-date') ?? ''));
    const moved = dates.find((d) => d < '2024-05-20' && !d.endsWith('-03'))!;
    await page.click(`li[data-date="${moved}"] button.edit-date`);
    await page.fill(`li[data-date="${moved}"] .inline-edit input`, '2024-05-03');
    await page.click(`li[data-date="${moved}"] .inline-edit button[type="submit"]`);
    await page.waitForSelector('li[data-date="2024-05-03"] .badge.edited');
    assert.equal(await page.locator(`li[data-date="${moved}"]`).count(), 0);
    // A sentence of the entry with the most, so the entry itself stays when it can.
    const richest = await page.$$eval('#saved-entries li[data-date]', (lis) => lis
      .map((li) => ({ date: li.getAttribute('data-date') ?? '', n: li.querySelectorAll('button.sentence').length }))
      .sort((a, b) => b.n - a.n)[0]!.date);
    const target = page.locator(`li[data-date="${richest}"]`);
    const text = (await target.locator('button.sentence').first().textContent() ?? '').trim();
    await target.locator('button.hide-sentence').first().click();
    await page.waitForFunction((t) => ![...document.querySelectorAll('#saved-entries button.sentence')]
      .some((b) => (b.textContent ?? '').trim() === t), text);
    assert.match(await page.textContent('#saved-status') ?? '', /^Hid the sentence/);
  });

  test('exports download the curated timeline in every format', async () => {
    const got: Record<string, string> = {};
    for (const format of ['md', 'json', 'csv', 'html', 'timelinejs']) {
      const [download] = await Promise.all([page.waitForEvent('download'),
        page.click(`button.saved-export[data-format="${format}"]`)]);
      got[format] = readFileSync(await download.path(), 'utf8');
      assert.match(download.suggestedFilename(), /^timeline\./, format);
      assert.match(got[format]!, /Inquiry into the Orrin Dam opens/, `${format} carries the edited headline`);
    }
    assert.doesNotMatch(got.html!, /<(script|link|img|iframe)[^>]+(src|href)=["']https?:/i, 'the HTML page loads nothing from elsewhere');
    timelineJs = got.timelinejs!;
    const events = (JSON.parse(timelineJs) as { events: unknown[] }).events;
    const listed = await page.locator('#saved-entries li[data-date]').count();
    assert.equal(events.length, listed);
  });

  test('after a reload the saved timeline opens again with its edits', async () => {
    await page.reload();
    await page.waitForSelector('#saved:not([hidden]) #saved-entries li[data-date]');
    assert.ok(await page.locator('#saved-entries .badge.pinned').count() === 1);
    assert.ok(await page.locator('#saved-entries .headline:has-text("Inquiry into the Orrin Dam opens")').count() === 1);
    assert.equal(await page.locator('#saved-undo').isDisabled(), false);
    assert.equal(await page.locator('li[data-date="2024-05-03"]').count(), 1, 'the new date is kept');
  });

  test('at phone width nothing runs off the side', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(200);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    const wide = await page.evaluate(() => [...document.querySelectorAll('body *')]
      .filter((n) => n.getBoundingClientRect().right > window.innerWidth + 1 && n.getClientRects().length)
      .slice(0, 5).map((n) => `${n.tagName}#${n.id}.${n.className}`));
    assert.ok(overflow <= 0, `the page is ${overflow}px wider than the screen: ${wide.join(', ')}`);
    await page.screenshot({ path: join(shots, 'follow-390x844.png'), fullPage: false });
    await page.setViewportSize({ width: 360, height: 740 });
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'fits 360px');
    console.log(`# screenshots: ${join(shots, 'follow-1366x768.png')} ${join(shots, 'follow-390x844.png')}`);
  });

  test('our TimelineJS export renders in the real TimelineJS3 library, served locally', async () => {
    assert.ok(timelineJs, 'the export test ran first');
    const server = timelineJsServer(() => timelineJs);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    const tl = await context.newPage();
    tl.on('pageerror', (err) => pageErrors.push(`timelinejs: ${err.message}`));
    try {
      await tl.goto(`http://127.0.0.1:${port}/`);
      await tl.waitForSelector('.tl-slide .tl-headline', { timeout: 20_000 });
      const headlines = await tl.$$eval('.tl-slide .tl-headline', (hs) => hs.map((h) => h.textContent ?? ''));
      const expected = (JSON.parse(timelineJs) as { events: { text: { headline: string } }[] }).events.map((e) => e.text.headline);
      assert.ok(headlines.includes('Inquiry into the Orrin Dam opens'), headlines.join(' | '));
      assert.ok(expected.every((h) => headlines.some((x) => x.includes(h.replace(/&amp;/g, '&')))), `${expected} in ${headlines}`);
      await tl.screenshot({ path: join(shots, 'timelinejs.png') });
    } finally {
      await tl.close();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  test('no request left the machine and the page raised no script errors', () => {
    assert.deepEqual(blocked, []);
    assert.deepEqual(pageErrors, []);
  });
});
