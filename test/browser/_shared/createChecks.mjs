/**
 * The pass/fail bookkeeping of the browser checks (e2e.mjs, report.browser.mjs): each check prints `ok   name` or
 * `FAIL name: reason`, and the run ends with `<label>: N passed, M failed` and a non-zero exit on any failure, also
 * when setup itself throws (no build, no Chromium, a port): an exit hook then prints the summary with one more
 * failure.
 */

/**
 * Throws when `condition` is false (a failed check).
 *
 * @param {unknown} condition - what must hold
 * @param {string} message - what went wrong, for the FAIL line
 * @returns {void}
 * @example
 * assert(1 + 1 === 2, "arithmetic"); // => nothing
 */
export function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/**
 * A fresh set of checks for one script.
 *
 * @param {string} label - the summary line's prefix ("e2e", "report")
 * @returns {{ check: (name: string, body: () => unknown) => Promise<void>, fail: (text: string) => void,
 *   finish: () => never }} check runs one named check; fail counts a failure outside a check; finish prints the
 *   summary and exits (0 when nothing failed)
 * @example
 * const { check, finish } = createChecks("report");
 * await check("heading renders", async () => assert(true, "no heading"));
 * finish(); // => prints "report: 1 passed, 0 failed", exits 0
 */
export function createChecks(label) {
  const results = [];
  let finished = false;
  const summary = (extraFailures) => {
    const passed = results.filter(Boolean).length;
    const failed = results.length - passed + extraFailures;
    console.log(`${label}: ${passed} passed, ${failed} failed`);
    return failed;
  };
  process.on("exit", (code) => {
    if (!finished) summary(code === 0 ? 0 : 1);
  });
  return {
    async check(name, body) {
      try {
        await body();
        results.push(true);
        console.log(`ok   ${name}`);
      } catch (error) {
        results.push(false);
        console.log(
          `FAIL ${name}: ${error instanceof Error ? error.message.split("\n")[0] : error}`
        );
      }
    },
    fail(text) {
      results.push(false);
      console.log(`FAIL ${text}`);
    },
    finish() {
      finished = true;
      process.exit(summary(0) === 0 ? 0 : 1);
    },
  };
}
