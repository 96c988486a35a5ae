import { describe, expect, it } from "@jest/globals";
import { shapiroWilk } from "../../../src/core/diagnostics/shapiroWilk";
import { InvalidParameterError } from "../../../src/core/errors";
import {
  expectClose,
  residualFixture,
  SHAPIRO_DOUBLE_RELATIVE,
  SHAPIRO_P_SCIPY_RELATIVE,
  SHAPIRO_W_SCIPY_RELATIVE,
  type ShapiroGolden,
} from "./fixtures";

const goldens: (readonly [string, number[], ShapiroGolden])[] = [
  ...residualFixture.cases.map((c) => [c.name, c.residuals, c.shapiroWilk] as const),
  ...residualFixture.shapiroWilkSmall.map((c) => [`n=${c.n}`, c.residuals, c] as const),
];

describe("shapiroWilk", () => {
  it.each(goldens)("matches scipy.stats.shapiro on the %s sample", (_, residuals, golden) => {
    // Golden: scipy.stats.shapiro(residuals) (AS R94 in float32; see the tolerances for why they are looser)
    const result = shapiroWilk(residuals);
    expectClose(result.statistic, golden.statistic, SHAPIRO_W_SCIPY_RELATIVE);
    expectClose(result.pValue, golden.pValue, SHAPIRO_P_SCIPY_RELATIVE);
  });

  it.each(goldens)(
    "matches the double-precision AS R94 transcription on the %s sample",
    (_, residuals, golden) => {
      // Golden: shapiro_double() in makeDiagnosticsFixtures.py (numpy + scipy.stats.norm in float64)
      const result = shapiroWilk(residuals);
      expectClose(result.statistic, golden.statisticDouble, SHAPIRO_DOUBLE_RELATIVE);
      expectClose(result.pValue, golden.pValueDouble, SHAPIRO_DOUBLE_RELATIVE, 1e-15);
    }
  );

  it("gives the exact n = 3 value for 1, 2, 4", () => {
    // W = corr²((−1, 0, 1), (1, 2, 4)) = 27/28; p = (6/π)(asin √W − π/3) (Royston 1995, exact for n = 3)
    const result = shapiroWilk([1, 2, 4]);
    expect(result.statistic).toBeCloseTo(27 / 28, 14);
    expect(result.pValue).toBeCloseTo(
      (6 / Math.PI) * (Math.asin(Math.sqrt(27 / 28)) - Math.PI / 3),
      14
    );
  });

  it("does not depend on the order, location or scale of the residuals", () => {
    const sample = [0.3, -1.2, 2.5, 0.1, -0.4, 1.7, -2.2, 0.9];
    const base = shapiroWilk(sample);
    const moved = shapiroWilk([...sample].reverse().map((v) => 3 * v + 100));
    expectClose(moved.statistic, base.statistic, 1e-12);
    expectClose(moved.pValue, base.pValue, 1e-9);
  });

  it("accepts 3 to 5000 residuals and rejects sizes outside that range", () => {
    expect(() => shapiroWilk([1, 2])).toThrow(InvalidParameterError);
    expect(() => shapiroWilk(Array.from({ length: 5001 }, (_, i) => Math.sin(i)))).toThrow(/5000/);
    const large = shapiroWilk(Array.from({ length: 5000 }, (_, i) => Math.sin(i * 1.7)));
    expect(large.statistic).toBeGreaterThan(0);
    expect(large.pValue).toBeLessThan(0.05);
  });

  it("rejects residuals that are all equal", () => {
    expect(() => shapiroWilk([2, 2, 2, 2])).toThrow(InvalidParameterError);
  });
});
