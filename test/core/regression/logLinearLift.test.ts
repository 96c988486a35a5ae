import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";

/** Property runs are cheap alone but share two cores with model fits in a full run: allow for that. */
const PROPERTY_TIMEOUT_MS = 30_000;
import { logLinearLift } from "../../../src/core/regression/logLinearLift";
import { expectClose, scenarioFixture } from "../scenario/_helpers";

const fixture = scenarioFixture();

describe("logLinearLift", () => {
  it("matches statsmodels OLS of log units on the promotion flag and a control, lift = exp(β) − 1", () => {
    const fit = logLinearLift(fixture.units, fixture.promo, { controls: [fixture.email] });
    // Golden values: statsmodels OLS (makeScenarioFixtures.py).
    expectClose(fit.coefficient.value, fixture.lift.coefficient);
    expectClose(fit.coefficient.standardError, fixture.lift.standardError);
    expectClose(fit.value, fixture.lift.value);
  });

  it("gives 0.1 when flagged weeks are exactly 10% higher", () => {
    expectClose(logLinearLift([100, 110, 100, 110], [0, 1, 0, 1]).value, 0.1, 1e-12);
  });

  it(
    "equals the ratio of geometric means of flagged and other weeks without controls",
    () => {
      fc.assert(
        fc.property(
          fc.array(fc.double({ min: 1, max: 1000, noNaN: true }), { minLength: 6, maxLength: 20 }),
          (values) => {
            const flag = values.map((_, i) => i % 2);
            const meanLog = (k: number) => {
              const picked = values.filter((_, i) => i % 2 === k).map(Math.log);
              return picked.reduce((s, v) => s + v, 0) / picked.length;
            };
            expectClose(
              logLinearLift(values, flag).value,
              Math.exp(meanLog(1) - meanLog(0)) - 1,
              1e-9
            );
          }
        ),
        { numRuns: 25 }
      );
    },
    PROPERTY_TIMEOUT_MS
  );

  it("rejects a flag that is not 0/1, a constant flag, a negative outcome and unequal lengths", () => {
    expect(() => logLinearLift([1, 2, 3], [0, 2, 1])).toThrow(/flag must be 1.*position 2 is 2/);
    expect(() => logLinearLift([1, 2, 3], [0, 0, 0])).toThrow(/flag is 0 in every week/);
    expect(() => logLinearLift([1, 2, 3], [1, 1, 1])).toThrow(/flag is 1 in every week/);
    expect(() => logLinearLift([1, -2, 3], [0, 1, 0])).toThrow(/outcome must be above 0/);
    expect(() => logLinearLift([1, 2, 3], [0, 1])).toThrow(/flag has 2 values but outcome has 3/);
  });
});
