import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import { durbinWatson } from "../../../src/core/diagnostics/durbinWatson";
import { InvalidParameterError } from "../../../src/core/errors";
import { expectClose, residualFixture, STATISTIC_RELATIVE } from "./fixtures";

describe("durbinWatson", () => {
  it.each(residualFixture.cases.map((c) => [c.name, c] as const))(
    "matches statsmodels durbin_watson on the %s residuals",
    (_, c) => {
      // Golden: statsmodels.stats.stattools.durbin_watson(residuals)
      expectClose(durbinWatson(c.residuals), c.durbinWatson, STATISTIC_RELATIVE);
    }
  );

  it("is near 4 when residuals flip sign every week and near 0 when they drift slowly", () => {
    expect(durbinWatson([1, -1, 1, -1, 1, -1])).toBeCloseTo((5 * 4) / 6, 12);
    expect(durbinWatson([1, 1, 1, 1, 2])).toBeCloseTo(1 / 8, 12);
  });

  it("flags strong positive autocorrelation below the 1.5 band", () => {
    const ar1 = residualFixture.cases.find((c) => c.name.startsWith("AR(1) phi=0.8"));
    expect(durbinWatson(ar1?.residuals ?? [])).toBeLessThan(1.5);
  });

  it("stays within [0, 4] and ignores the scale of the residuals", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 2, maxLength: 60 }),
        fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
        (values, scale) => {
          fc.pre(values.some((v) => v !== values[0]) && values.some((v) => Math.abs(v) > 1e-6));
          const d = durbinWatson(values);
          expect(d).toBeGreaterThanOrEqual(0);
          expect(d).toBeLessThanOrEqual(4 + 1e-12);
          expectClose(durbinWatson(values.map((v) => v * scale)), d, 1e-9, 1e-12);
        }
      )
    );
  });

  it("rejects fewer than two residuals, non-finite values and constant residuals", () => {
    expect(() => durbinWatson([1])).toThrow(InvalidParameterError);
    expect(() => durbinWatson([1, Number.NaN, 2])).toThrow(InvalidParameterError);
    expect(() => durbinWatson([0, 0, 0])).toThrow(/all residuals are equal/);
  });

  it("does not modify its input", () => {
    const input = [3, 1, 2];
    durbinWatson(input);
    expect(input).toEqual([3, 1, 2]);
  });
});
