#!/usr/bin/env node
/* global require, process */
// The headless runner's entry: runs the bundle of src/cli (bin/runnerBundle.cjs, rebuilt when a source changes), or the
// TypeScript source directly through tsx when no bundle can be made, so `npx mmm` works right after `npm ci`.
// Memory before a little speed: V8's defaults (16 MB semi-spaces in every thread, heaps sized for speed) took 520 weeks
// × 12 channels to 340 MB at 2 threads; 2 MB semi-spaces and --optimize-for-size (process-wide, so the worker threads
// too) measured 220 MB there and 144 MB instead of 220 MB on the real data, for about 3% more CPU (bench:speed).
require("node:v8").setFlagsFromString("--max-semi-space-size=2");
require("node:v8").setFlagsFromString("--optimize-for-size");
const { runnerBundle } = require("./runnerBundle.cjs");
const bundle = runnerBundle();
if (!bundle) require("tsx/cjs");
const { main } = bundle ? require(bundle) : require("../src/cli/main.ts");
main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`mmm: ${error && error.stack ? error.stack : error}\n`);
    process.exit(2);
  }
);
