#!/usr/bin/env node
import '../util/dirname-shim.js';
import { enableCompileCache } from '../util/compile-cache.js';

// The compile cache covers only modules compiled after it is on, so everything else is imported
// afterwards (docs/design.md "Bundling notes").
enableCompileCache();
const { runCli } = await import('./run-cli.js');
process.exitCode = await runCli(process.argv);
