// chronicle serve: the HTTP API and the web page over the store named by --db.
import type { Register } from './commands.js';
import { parsePositiveInt, rootOf } from './util.js';
import { openStore, resolveDbLocation } from '../store/index.js';
import { bindRefusal } from '../server/auth.js';
import { DEFAULT_TIMEOUTS, startServer } from '../server/app.js';

export const register: Register = (program, setExit) => {
  program
    .command('serve')
    .description('serve the HTTP API (/api, described at /openapi.json) and the web page (/)')
    .option('--port <n>', 'port to listen on', '8080')
    .option('--host <address>', 'address to bind (anything but loopback needs a token)', '127.0.0.1')
    .option('--token <secret>', 'API token clients must send as "Authorization: Bearer <secret>" (default: $CHRONICLE_TOKEN)')
    .option('--request-timeout <seconds>', 'a timeline still building after this is answered 503 and stopped',
      String(DEFAULT_TIMEOUTS.request / 1000))
    .option('--body-timeout <seconds>', 'a request must arrive whole (headers and body) within this, else 408',
      String(DEFAULT_TIMEOUTS.body / 1000))
    .action(async (opts: { port: string; host: string; token?: string; requestTimeout: string; bodyTimeout: string },
      cmd) => {
      const port = opts.port === '0' ? 0 : parsePositiveInt(opts.port, '--port');
      if (port === undefined || port > 65535) throw new Error(`--port: '${opts.port}' is not a port number (1-65535)`);
      const timeouts = {
        request: parsePositiveInt(opts.requestTimeout, '--request-timeout')! * 1000,
        body: parsePositiveInt(opts.bodyTimeout, '--body-timeout')! * 1000,
      };
      const token = opts.token ?? (process.env.CHRONICLE_TOKEN || undefined);
      const refusal = bindRefusal(opts.host, token);
      if (refusal) {
        process.stderr.write(`chronicle serve: ${refusal}\n`);
        setExit(1);
        return;
      }
      const location = resolveDbLocation(rootOf(cmd).opts().db as string | undefined);
      const store = await openStore(location);
      let started: Awaited<ReturnType<typeof startServer>>;
      try {
        started = await startServer({ store, location, timeouts, host: opts.host, port, ...(token ? { token } : {}),
          logger: { level: 'warn' } });
      } catch (err) {
        await store.close();
        throw err;
      }
      const { app, address } = started;
      process.stderr.write(`chronicle: serving on ${address} (API ${address}/api, description ${address}/openapi.json)\n`);
      await new Promise<void>((resolve) => {
        const stop = (): void => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          resolve();
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
      await app.close();
      await store.close();
    });
};
