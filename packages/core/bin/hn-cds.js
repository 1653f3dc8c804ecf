#!/usr/bin/env node
// The hn-cds command: `hn-cds validate <file…|->`. The logic lives in dist/cli/main.js.
import { main, nodeIo } from '../dist/cli/main.js';

process.exitCode = await main(process.argv.slice(2), nodeIo());
