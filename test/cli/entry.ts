// A tiny entry point for the CLI tests: runs the real command line from the TypeScript sources (no build).
import { main } from '../../src/cli/main.js';

process.exitCode = await main(process.argv);
