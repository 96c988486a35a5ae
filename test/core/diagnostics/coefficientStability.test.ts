import { describe, expect, it } from "@jest/globals";
import { Matrix, solve } from "ml-matrix";
import {
  coefficientStability,
  type WindowFit,
} from "../../../src/core/diagnostics/coefficientStability";
import { InvalidParameterError } from "../../../src/core/errors";

const constantFit = () => ({ coefficients: { tv: 1 }, r2: 0.5 });

describe("coefficientStability", () => {
  it("slides windows by step and adds a final window ending on the last week", () => {
    const calls: [number, number][] = [];
    const result = coefficientStability(
      (start, end) => {
        calls.push([start, end]);
        return constantFit();
      },
      10,
      { windowSize: 4, step: 4 }
    );
    expect(calls).toEqual([
      [0, 4],
      [4, 8],
      [6, 10],
    ]);
    expect(result.windows.map((w) => w.endIndex)).toEqual([4, 8, 10]);
  });

  it("uses a 4-week step by default and a single window when it spans all weeks", () => {
    expect(
      coefficientStability(constantFit, 12, { windowSize: 4 }).windows.map((w) => w.startIndex)
    ).toEqual([0, 4, 8]);
    expect(coefficientStability(constantFit, 6, { windowSize: 6 }).coefficients[0]).toMatchObject({
      windows: 1,
      sd: 0,
    });
  });

  it("summarises mean, sample sd, min, max and R² per window", () => {
    const values = [1, 3, 5, 7];
    const result = coefficientStability(
      (start) => ({ coefficients: { tv: values[start] as number }, r2: start / 10 }),
      5,
      { windowSize: 2, step: 1 }
    );
    // mean 4, sample sd = sqrt(20 / 3) (hand calculation)
    expect(result.coefficients[0]).toMatchObject({
      name: "tv",
      windows: 4,
      mean: 4,
      min: 1,
      max: 7,
      signChanges: 0,
    });
    expect(result.coefficients[0]?.sd).toBeCloseTo(Math.sqrt(20 / 3), 12);
    expect(result.windows.map((w) => w.r2)).toEqual([0, 0.1, 0.2, 0.3]);
  });

  it("counts sign flips but not drops to exactly zero", () => {
    const path = [0.5, 0, 0.2, -0.1, -0.3, 0, 0.4];
    const result = coefficientStability(
      (start) => ({ coefficients: { search: path[start] as number }, r2: 1 }),
      8,
      { windowSize: 2, step: 1 }
    );
    expect(result.coefficients[0]?.signChanges).toBe(2);
  });

  it("keeps coefficients that appear in only some windows and ignores non-finite values", () => {
    const result = coefficientStability(
      (start): WindowFit => ({
        coefficients:
          start === 0 ? { tv: 1, promo: Number.NaN } : { tv: 2, radio: 3, promo: Number.NaN },
        r2: 0.9,
      }),
      3,
      { windowSize: 2, step: 1 }
    );
    expect(result.coefficients.map((c) => [c.name, c.windows])).toEqual([
      ["tv", 2],
      ["promo", 0],
      ["radio", 1],
    ]);
    expect(result.coefficients[1]?.mean).toBeNaN();
  });

  it("finds a structural break in a real rolling OLS fit", () => {
    // y = 2x for the first 30 weeks and −1x afterwards: the slope changes sign once across windows.
    const x = Array.from({ length: 60 }, (_, t) => Math.sin(t) + 2);
    const y = x.map((v, t) => (t < 30 ? 2 * v : -v) + 0.01 * Math.cos(3 * t));
    const fit = (start: number, end: number) => {
      const rows = x.slice(start, end).map((v) => [1, v]);
      const beta = solve(new Matrix(rows), Matrix.columnVector(y.slice(start, end)));
      return { coefficients: { intercept: beta.get(0, 0), slope: beta.get(1, 0) }, r2: 1 };
    };
    const slope = coefficientStability(fit, 60, { windowSize: 20, step: 5 }).coefficients.find(
      (c) => c.name === "slope"
    );
    expect(slope?.signChanges).toBe(1);
    expect(slope?.max).toBeCloseTo(2, 2);
    expect(slope?.min).toBeCloseTo(-1, 2);
  });

  it("does not keep a reference to the callback's coefficient object", () => {
    const shared: Record<string, number> = { tv: 1 };
    const result = coefficientStability(() => ({ coefficients: shared, r2: 1 }), 4, {
      windowSize: 4,
    });
    shared["tv"] = 99;
    expect(result.windows[0]?.coefficients["tv"]).toBe(1);
  });

  it("rejects windows larger than the data, a zero step and fractional periods", () => {
    expect(() => coefficientStability(constantFit, 10, { windowSize: 11 })).toThrow(
      InvalidParameterError
    );
    expect(() => coefficientStability(constantFit, 10, { windowSize: 4, step: 0 })).toThrow(
      expect.objectContaining({ parameter: "step" })
    );
    expect(() => coefficientStability(constantFit, 10.5, { windowSize: 4 })).toThrow(/periods/);
  });
});
