// The web page in a real browser (Debian's Chromium driven by playwright-core): upload our own fixture
// articles by drag-and-drop, build a timeline, zoom it, open an article, look at an entity, export, and save
// a screenshot under test-output/.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startServer } from '../../src/server/app.js';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/store.js';
import { tempDbPath } from '../helpers/stores.js';

const CHROMIUM = '/usr/bin/chromium';
const FIXTURES = join(import.meta.dirname, '..', 'server', 'fixtures');
export const SCREENSHOT_DIR = join(import.meta.dirname, '..', '..', 'test-output');
const skip = existsSync(CHROMIUM) ? false : `${CHROMIUM} is absent (apt-get install chromium): browser tests skipped`;
if (skip) console.log(`# ${skip}`);

describe('web page', { skip }, () => {
  let store: Store;
  let app: FastifyInstance;
  let address: string;
  let context: BrowserContext;
  let page: Page;
  let profile: string;
  const pageErrors: string[] = [];

  before(async () => {
    store = await openStore(tempDbPath());
    ({ app, address } = await startServer({ store, host: '127.0.0.1', port: 0 }));
    profile = mkdtempSync(join(tmpdir(), 'chronicle-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      acceptDownloads: true,
      viewport: { width: 1366, height: 800 },
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    page = context.pages()[0] ?? await context.newPage();
    page.on('pageerror', (err) => pageErrors.push(err.message));
    // Nothing but this server may be contacted.
    await page.route('**/*', (route) =>
      route.request().url().startsWith(address) || route.request().url().startsWith('data:') ? route.continue() : route.abort());
  });

  after(async () => {
    await context?.close();
    await app?.close();
    await store?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  test('the empty page loads and says the store is empty', async () => {
    await page.goto(address);
    await page.waitForFunction(() => document.getElementById('status')?.textContent !== '');
    assert.match(await page.textContent('#status') ?? '', /empty/);
  });

  test('dropping files uploads them with a progress bar', async () => {
    await page.click('#tab-upload');
    const files = readdirSync(FIXTURES).sort().map((name) => ({ name, text: readFileSync(join(FIXTURES, name), 'utf8') }));
    await page.evaluate((list) => {
      const dt = new DataTransfer();
      for (const f of list) dt.items.add(new File([f.text], f.name, { type: 'text/plain' }));
      document.getElementById('drop')!.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, files);
    await page.waitForSelector('#upload-log li:has-text("Done:")', { timeout: 60_000 });
    assert.match(await page.textContent('#upload-log') ?? '', new RegExp(`${files.length} new articles`));
    assert.equal(await page.getAttribute('#upload-progress', 'value'), '100');
    await page.waitForFunction(() => /\d+ articles/.test(document.getElementById('status')?.textContent ?? ''));
    assert.match(await page.textContent('#status') ?? '', new RegExp(`${files.length} articles`));
  });

  test('a query builds a timeline drawn on an axis, which zooms', async () => {
    await page.fill('#q', 'dam');
    await page.press('#q', 'Enter');
    await page.waitForSelector('#entries li');
    const entries = await page.$$eval('#entries li', (lis) => lis.map((li) => li.querySelector('time')?.getAttribute('datetime')));
    assert.ok(entries.length >= 2, `entries: ${entries.join(', ')}`);
    assert.deepEqual(entries, [...entries].sort());
    assert.equal(await page.locator('#chart circle.mark').count(), entries.length);
    assert.ok(await page.locator('#chart .axis text').count() >= 2);
    const firstTick = await page.textContent('#chart .axis text');
    await page.click('#zoom-in');
    await page.click('#zoom-in');
    assert.ok(await page.locator('#chart circle.mark').count() < entries.length || await page.textContent('#chart .axis text') !== firstTick,
      'zooming in changes what the axis shows');
    await page.click('#zoom-reset');
    assert.equal(await page.locator('#chart circle.mark').count(), entries.length);
    await page.locator('#entries li').first().waitFor();
  });

  test('a citation opens the article with its annotations highlighted', async () => {
    await page.locator('#entries .cite button').first().click();
    await page.waitForSelector('#article:not([hidden]) #article-text span');
    const counts = await page.evaluate(() => ({
      tx: document.querySelectorAll('#article-text .tx').length,
      ent: document.querySelectorAll('#article-text .ent').length,
      qt: document.querySelectorAll('#article-text .qt').length,
    }));
    assert.ok(counts.tx > 0 && counts.ent > 0 && counts.qt > 0, JSON.stringify(counts));
    const text = await page.textContent('#article-text') ?? '';
    assert.match(text, /Orrin Dam/);
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'web-timeline.png'), fullPage: false });
  });

  test('an entry shows its headline and sources; clicking a cited sentence opens the article there, highlighted', async () => {
    await page.click('#tab-timeline');
    const entries = page.locator('#entries > li');
    const n = await entries.count();
    for (let i = 0; i < n; i++) {
      const headline = await entries.nth(i).locator('h3 .headline').textContent() ?? '';
      assert.ok(headline.length > 0 && headline.split(' ').length <= 12, `entry ${i}: headline '${headline}'`);
      assert.match(await entries.nth(i).locator('.reported').textContent() ?? '', /^Reported by \d+ articles?/);
      assert.match(await entries.nth(i).locator('.cite').first().textContent() ?? '', /\d{4}-\d{2}-\d{2}/);
    }
    // The last entry's last sentence: far enough into its article to need scrolling.
    const sentence = entries.nth(n - 1).locator('button.sentence').last();
    const text = (await sentence.textContent() ?? '').trim();
    await sentence.click();
    await page.waitForSelector('#article:not([hidden]) #article-text .cited');
    const cited = await page.$$eval('#article-text .cited', (spans) => spans.map((s) => s.textContent).join(''));
    assert.ok(cited.trim().endsWith(text), `highlighted '${cited}' is not the clicked '${text}'`);
    await page.waitForFunction(() => {
      const mark = document.querySelector('#article-text .cited')!.getBoundingClientRect();
      const panel = document.getElementById('article')!.getBoundingClientRect();
      return mark.top >= panel.top && mark.bottom <= panel.bottom;
    }, undefined, { timeout: 5_000 });
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'web-cited-sentence.png') });
  });

  test('an entity shows its mentions over time; quotes are listed by speaker', async () => {
    await page.click('#tab-entities');
    await page.locator('#entity-list button', { hasText: 'Verhoef' }).first().click();
    await page.waitForSelector('#entity-detail svg rect.bar');
    assert.ok(await page.locator('#entity-detail rect.bar').count() >= 2);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'web-entity.png') });
    await page.click('#tab-quotes');
    await page.waitForSelector('#quote-list li blockquote');
    assert.ok(await page.locator('#quote-list li').count() >= 3);
  });

  test('export downloads the timeline as Markdown', async () => {
    await page.click('#tab-timeline');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('button.export[data-format="md"]')]);
    assert.equal(download.suggestedFilename(), 'timeline.md');
    const path = await download.path();
    assert.match(readFileSync(path, 'utf8'), /2024/);
  });

  test('the page raised no script errors', () => {
    assert.deepEqual(pageErrors, []);
  });
});
