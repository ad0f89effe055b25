// `chronicle serve` refuses to bind a non-loopback address without a token, before opening anything.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cli } from '../helpers/cli.js';
import { tempDbPath } from '../helpers/stores.js';

const serve = (args: string[], env: Record<string, string | undefined> = {}) =>
  cli(['--db', tempDbPath(), 'serve', ...args], { env });

test('serve on 0.0.0.0 without a token exits 1 naming --token and CHRONICLE_TOKEN', async () => {
  const r = await serve(['--host', '0.0.0.0', '--port', '0'], { CHRONICLE_TOKEN: undefined });
  assert.equal(r.status, 1);
  assert.match(r.stderr, /refusing to listen on 0\.0\.0\.0/);
  assert.match(r.stderr, /--token/);
  assert.match(r.stderr, /CHRONICLE_TOKEN/);
});

test('a too-short token is refused too', async () => {
  const r = await serve(['--host', '0.0.0.0', '--port', '0', '--token', 'abc']);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /too short/);
});

test('a bad port is an error naming the option', async () => {
  const r = await serve(['--port', 'eighty']);
  assert.notEqual(r.status, 0);
  assert.match(r.stderr, /--port/);
});

test('a bad --request-timeout or --body-timeout is an error naming the option', async () => {
  for (const flag of ['--request-timeout', '--body-timeout']) {
    const r = await serve(['--port', '0', flag, '0']);
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, new RegExp(`${flag}: '0' is not a positive whole number`));
  }
});
