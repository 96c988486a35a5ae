#!/usr/bin/env node
// The headless runner's entry: runs the TypeScript source directly through tsx, so `npx mmm` works right after `npm ci`.
require("tsx/cjs");
const { main } = require("../src/cli/main.ts");
main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`mmm: ${error && error.stack ? error.stack : error}\n`);
    process.exit(2);
  }
);
