#!/usr/bin/env node
/* global require, process */
// The headless runner's entry: runs the bundle of src/cli (bin/runnerBundle.cjs, rebuilt when a source changes), or the
// TypeScript source directly through tsx when no bundle can be made, so `npx mmm` works right after `npm ci`.
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
