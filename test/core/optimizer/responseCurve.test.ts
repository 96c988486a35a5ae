import { describe, expect, it } from "@jest/globals";
import { responseCurve } from "../../../src/core/optimizer/responseCurve";
import { InvalidParameterError, NumericalError } from "../../../src/core/errors";

/** Central differences with a ∛ε step are good to ~1e-10 relative on smooth curves. */
const TOLERANCE_DERIVATIVE = 1e-8;

describe("responseCurve", () => {
  const curve = (s: number) => 3000 * Math.log1p(s / 100);

  it("tabulates 41 points from 0 to the maximum spend by default", () => {
    const points = responseCurve(curve, 1000);
    expect(points).toHaveLength(41);
    expect(points[0]?.spend).toBe(0);
    expect(points[1]?.spend).toBe(25);
    expect(points[40]?.spend).toBe(1000);
  });
  it("gives revenue, marginal ROAS and average ROAS at each point", () => {
    for (const point of responseCurve(curve, 1000, 5)) {
      expect(point.revenue).toBe(curve(point.spend));
      // Analytic slope 3000 / (100 + s).
      const slope = 3000 / (100 + point.spend);
      expect(Math.abs(point.marginalRoas - slope)).toBeLessThanOrEqual(
        TOLERANCE_DERIVATIVE * slope
      );
      if (point.spend > 0) expect(point.averageRoas).toBeCloseTo(point.revenue / point.spend, 12);
      else expect(point.averageRoas).toBeNaN();
    }
  });
  it("shows a falling marginal ROAS for a concave curve", () => {
    const slopes = responseCurve(curve, 1000).map((p) => p.marginalRoas);
    for (let i = 1; i < slopes.length; i++) expect(slopes[i]).toBeLessThan(slopes[i - 1] as number);
  });
  it("rejects a zero maximum or fewer than two points", () => {
    expect(() => responseCurve(curve, 0)).toThrow(InvalidParameterError);
    expect(() => responseCurve(curve, 100, 1)).toThrow(InvalidParameterError);
    expect(() => responseCurve(curve, 100, 2.5)).toThrow(InvalidParameterError);
  });
  it("reports a curve that returns a non-finite revenue", () => {
    expect(() => responseCurve((s) => 1 / (s - 50), 100, 3)).toThrow(NumericalError);
  });
});
