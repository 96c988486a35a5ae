#!/usr/bin/env node
/* global require, process */
// The headless runner's entry: runs the bundle of src/cli (bin/runnerBundle.cjs, rebuilt when a source changes), or the
// TypeScript source directly through tsx when no bundle can be made, so `npx mmm` works right after `npm ci`.
// A small young generation: the runner's garbage is short-lived arrays, and V8's default (16 MB semi-spaces in every
// thread) took 520 weeks × 12 channels to 340 MB of memory at 2 threads; with 2 MB it measured 290-310 MB, same speed.
require("node:v8").setFlagsFromString("--max-semi-space-size=2");
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
