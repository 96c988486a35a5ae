import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";

/** Property runs are cheap alone but share two cores with model fits in a full run: allow for that. */
const PROPERTY_TIMEOUT_MS = 30_000;
import { InvalidParameterError } from "../../../src/core/errors";
import { logLogElasticity } from "../../../src/core/regression/logLogElasticity";
import { expectClose, scenarioFixture } from "../scenario/_helpers";

const fixture = scenarioFixture();

describe("logLogElasticity", () => {
  it("matches statsmodels OLS of log units on log price and a control", () => {
    const fit = logLogElasticity(fixture.units, fixture.price, { controls: [fixture.email] });
    // Golden values: statsmodels OLS (makeScenarioFixtures.py).
    expectClose(fit.value, fixture.elasticity.value);
    expectClose(fit.standardError, fixture.elasticity.standardError);
    expectClose(fit.tValue, fixture.elasticity.tValue);
    expectClose(fit.r2, fixture.elasticity.r2);
    expect(fit.weeks).toBe(fixture.units.length);
  });

  it("matches statsmodels without controls", () => {
    const fit = logLogElasticity(fixture.units, fixture.price);
    expectClose(fit.value, fixture.elasticityNoControls.value);
    expectClose(fit.standardError, fixture.elasticityNoControls.standardError);
  });

  it("gives -1 when outcome falls 20% each time price rises 25%", () => {
    expectClose(logLogElasticity([100, 80, 64, 51.2], [1, 1.25, 1.5625, 1.953125]).value, -1);
  });

  it(
    "does not change when the outcome is rescaled (the intercept absorbs it)",
    () => {
      fc.assert(
        fc.property(fc.double({ min: 0.01, max: 1000, noNaN: true }), (factor) => {
          const scaled = fixture.units.map((u) => u * factor);
          expectClose(
            logLogElasticity(scaled, fixture.price).value,
            fixture.elasticityNoControls.value,
            1e-9
          );
        }),
        { numRuns: 25 }
      );
    },
    PROPERTY_TIMEOUT_MS
  );

  it("rejects a zero outcome, a negative price, unequal lengths, a constant price and too few weeks", () => {
    expect(() => logLogElasticity([1, 0, 2], [1, 2, 3])).toThrow(
      /outcome must be above 0.*position 2/
    );
    expect(() => logLogElasticity([1, 2, 3], [1, -2, 3])).toThrow(
      /price must be above 0.*position 2/
    );
    expect(() => logLogElasticity([1, 2, 3], [1, 2])).toThrow(
      /price has 2 values but outcome has 3/
    );
    expect(() => logLogElasticity([1, 2, 3, 4], [2, 2, 2, 2])).toThrow(/price does not vary/);
    expect(() => logLogElasticity([1, 2], [1, 2])).toThrow(/at least 3 weeks/);
    expect(() => logLogElasticity([1, 2, 3], [1, 2, 3], { controls: [[1, 2]] })).toThrow(
      InvalidParameterError
    );
  });
});
