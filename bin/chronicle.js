#!/usr/bin/env node
import { main, quietOnClosedPipe } from '../dist/cli/main.js';

quietOnClosedPipe();

main(process.argv).then(
  (code) => { process.exitCode = code ?? 0; },
  (err) => {
    process.stderr.write(`chronicle: ${err instanceof Error ? err.message : String(err)}\n`);
    if (process.env.CHRONICLE_DEBUG && err instanceof Error) process.stderr.write(`${err.stack}\n`);
    process.exitCode = 1;
  },
);
