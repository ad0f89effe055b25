// `chronicle serve` refuses to bind a non-loopback address without a token, before opening anything.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { main } from '../../src/cli/main.js';
import { tempDbPath } from '../helpers/stores.js';

async function run(args: string[], env: Record<string, string | undefined> = {}): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const write = process.stderr.write.bind(process.stderr);
  const saved = { ...process.env };
  Object.assign(process.env, env);
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete process.env[k];
  process.stderr.write = ((chunk: string | Uint8Array) => { stderr += String(chunk); return true; }) as typeof process.stderr.write;
  try {
    return { code: await main(['node', 'chronicle', '--db', tempDbPath(), ...args]), stderr };
  } finally {
    process.stderr.write = write;
    process.env = saved;
  }
}

test('serve on 0.0.0.0 without a token exits 1 naming --token and CHRONICLE_TOKEN', async () => {
  const r = await run(['serve', '--host', '0.0.0.0', '--port', '0'], { CHRONICLE_TOKEN: undefined });
  assert.equal(r.code, 1);
  assert.match(r.stderr, /refusing to listen on 0\.0\.0\.0/);
  assert.match(r.stderr, /--token/);
  assert.match(r.stderr, /CHRONICLE_TOKEN/);
});

test('a too-short token is refused too', async () => {
  const r = await run(['serve', '--host', '0.0.0.0', '--port', '0', '--token', 'abc']);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /too short/);
});

test('a bad port is an error', async () => {
  // The CLI either prints the error and exits non-zero or lets it propagate; both must name the option.
  try {
    const r = await run(['serve', '--port', 'eighty']);
    assert.notEqual(r.code, 0);
    assert.match(r.stderr, /--port/);
  } catch (err) {
    assert.match((err as Error).message, /--port/);
  }
});
