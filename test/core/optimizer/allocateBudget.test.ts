import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import { allocateBudget, type BudgetChannel } from "../../../src/core/optimizer/allocateBudget";
import { InvalidParameterError, NumericalError } from "../../../src/core/errors";

/** Agreement required with the closed-form optimum (the brief's bar; observed ~1e-11). */
const TOLERANCE_CLOSED_FORM = 1e-6;
/** Budget and bounds must hold to rounding. */
const TOLERANCE_CONSTRAINT = 1e-9;

function expectRelative(actual: number, expected: number, tolerance: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(
    tolerance * Math.max(1, Math.abs(expected))
  );
}

/** f_c(s) = a_c · log(1 + s / b_c): concave, f'_c(s) = a_c / (b_c + s). */
function logChannels(
  scales: readonly number[],
  halfPoints: readonly number[],
  max = 5000
): BudgetChannel[] {
  return scales.map((a, i) => ({
    name: `channel${i}`,
    current: 300,
    min: 0,
    max,
    response: (s: number) => a * Math.log1p(s / (halfPoints[i] as number)),
  }));
}

describe("allocateBudget", () => {
  it("finds the closed-form optimum of logarithmic curves", () => {
    // Interior KKT: a_c / (b_c + s_c) = λ ⇒ s_c = a_c/λ − b_c; Σ s_c = T ⇒ λ = Σa / (T + Σb).
    // a = (3000, 2000, 1000), b = (100, 300, 50), T = 900: λ = 6000/1350 = 4.444…, s = (575, 150, 175).
    const a = [3000, 2000, 1000];
    const b = [100, 300, 50];
    const total = 900;
    const multiplier = 6000 / (total + 450);
    const result = allocateBudget({ channels: logChannels(a, b), total });
    result.channels.forEach((channel, i) => {
      expectRelative(
        channel.recommended,
        (a[i] as number) / multiplier - (b[i] as number),
        TOLERANCE_CLOSED_FORM
      );
      expect(channel.bound).toBeNull();
    });
    expectRelative(result.marginalRoasTarget, multiplier, TOLERANCE_CLOSED_FORM);
    expect(result.converged).toBe(true);
    expect(result.iterations).toBeGreaterThan(0);
    expect(result.method).toBe("marginalEqualisation");
  });
  it("finds the closed-form optimum of square-root curves", () => {
    // a_c / (2√s_c) = λ ⇒ s_c = a_c² / (4λ²); Σ s_c = T ⇒ s_c = T · a_c² / Σ a².
    const a = [40, 20, 10, 5];
    const total = 1000;
    const sumSquares = a.reduce((sum, x) => sum + x * x, 0);
    const channels = a.map((scale, i) => ({
      name: `c${i}`,
      current: total / a.length,
      min: 0,
      max: total,
      response: (s: number) => scale * Math.sqrt(s),
    }));
    const result = allocateBudget({ channels });
    result.channels.forEach((channel, i) => {
      const expected = (total * (a[i] as number) ** 2) / sumSquares;
      expectRelative(channel.recommended, expected, TOLERANCE_CLOSED_FORM);
      expectRelative(
        channel.recommendedRevenue,
        (a[i] as number) * Math.sqrt(expected),
        TOLERANCE_CLOSED_FORM
      );
    });
    // Revenue at the optimum: Σ a_c √(T a_c² / Σa²) = √(T · Σa²).
    expectRelative(result.revenueRecommended, Math.sqrt(total * sumSquares), TOLERANCE_CLOSED_FORM);
    expectRelative(result.expectedChange, result.revenueRecommended - result.revenueCurrent, 1e-12);
  });
  it("equalises marginal ROAS across channels inside their bounds", () => {
    const result = allocateBudget({
      channels: logChannels([3000, 2000, 1000, 800], [100, 300, 50, 20]),
      total: 1200,
    });
    const target = result.marginalRoasTarget;
    for (const channel of result.channels) {
      expect(channel.bound).toBeNull();
      expectRelative(channel.marginalRoas, target, TOLERANCE_CLOSED_FORM);
    }
  });
  it("holds a channel at its maximum and re-solves the rest in closed form", () => {
    // Channel 0 wants 575 but may take 400; the others share T − 400 = 500:
    // λ' = (2000 + 1000) / (500 + 300 + 50) = 3.529…, s_1 = 2000/λ' − 300, s_2 = 1000/λ' − 50.
    const channels = logChannels([3000, 2000, 1000], [100, 300, 50]);
    channels[0] = { ...(channels[0] as BudgetChannel), max: 400 };
    const result = allocateBudget({ channels, total: 900 });
    const multiplier = 3000 / 850;
    const [first, second, third] = result.channels;
    expect(first?.recommended).toBe(400);
    expect(first?.bound).toBe("max");
    expect(first?.marginalRoas).toBeGreaterThan(multiplier);
    expectRelative(second?.recommended ?? NaN, 2000 / multiplier - 300, TOLERANCE_CLOSED_FORM);
    expectRelative(third?.recommended ?? NaN, 1000 / multiplier - 50, TOLERANCE_CLOSED_FORM);
    expect(result.converged).toBe(true);
  });
  it("holds a channel at its minimum when its curve is too flat to earn it", () => {
    // Channel 2 would take 175 freely; a minimum of 400 binds, the others share 500 as in the case above.
    const channels = logChannels([3000, 2000, 1000], [100, 300, 50]);
    channels[2] = { ...(channels[2] as BudgetChannel), min: 400 };
    const result = allocateBudget({ channels, total: 900 });
    const multiplier = 5000 / (500 + 400);
    expect(result.channels[2]?.bound).toBe("min");
    expect(result.channels[2]?.marginalRoas).toBeLessThan(multiplier);
    expectRelative(
      result.channels[0]?.recommended ?? NaN,
      3000 / multiplier - 100,
      TOLERANCE_CLOSED_FORM
    );
    expectRelative(
      result.channels[1]?.recommended ?? NaN,
      2000 / multiplier - 300,
      TOLERANCE_CLOSED_FORM
    );
  });
  it("uses 50%–150% of current spend as bounds and the current total by default", () => {
    const result = allocateBudget({
      channels: [
        { name: "strong", current: 100, response: (s) => 100 * Math.sqrt(s) },
        { name: "weak", current: 100, response: (s) => Math.sqrt(s) },
      ],
    });
    expect(result.totalRecommended).toBeCloseTo(200, 9);
    expect(result.channels.map((c) => [c.min, c.max])).toEqual([
      [50, 150],
      [50, 150],
    ]);
    expect(result.channels.map((c) => c.bound)).toEqual(["max", "min"]);
    expect(result.channels[0]?.recommended).toBeCloseTo(150, 9);
  });
  it("reports a channel with equal bounds as fixed", () => {
    const result = allocateBudget({
      channels: [
        { name: "fixed", current: 50, min: 50, max: 50, response: (s) => 3 * Math.sqrt(s) },
        { name: "free", current: 50, min: 0, max: 100, response: (s) => Math.sqrt(s) },
      ],
    });
    expect(result.channels[0]?.bound).toBe("fixed");
    expect(result.channels[1]?.recommended).toBeCloseTo(50, 9);
  });
  it("stops spending where marginal ROAS would fall below minRoas", () => {
    // With a floor of 6 above λ* = 4.44: s_c = a_c/6 − b_c = (400, 33.33…, 116.66…), 550 of the 900 spent.
    const result = allocateBudget({
      channels: logChannels([3000, 2000, 1000], [100, 300, 50]),
      total: 900,
      minRoas: 6,
    });
    expectRelative(result.totalRecommended, 550, TOLERANCE_CLOSED_FORM);
    for (const channel of result.channels)
      expectRelative(channel.marginalRoas, 6, TOLERANCE_CLOSED_FORM);
    expect(result.marginalRoasTarget).toBe(6);
    expect(result.converged).toBe(true);
  });
  it("spends the whole total when minRoas does not bind", () => {
    const result = allocateBudget({
      channels: logChannels([3000, 2000, 1000], [100, 300, 50]),
      total: 900,
      minRoas: 2,
    });
    expectRelative(result.totalRecommended, 900, TOLERANCE_CONSTRAINT);
    expectRelative(result.marginalRoasTarget, 6000 / 1350, TOLERANCE_CLOSED_FORM);
  });
  it("converges when the budget exactly reaches the revenue peaks (λ = 0)", () => {
    // f(s) = 10s − s² peaks at s = 5 (slope 10 − 2s = 0); a total of 10 puts both channels at their peaks.
    const peak = (s: number) => 10 * s - s * s;
    const channels = ["a", "b"].map((name) => ({
      name,
      current: 5,
      min: 0,
      max: 20,
      response: peak,
    }));
    const result = allocateBudget({ channels, total: 10 });
    result.channels.forEach((c) => expectRelative(c.recommended, 5, TOLERANCE_CLOSED_FORM));
    expect(Math.abs(result.marginalRoasTarget)).toBeLessThan(1e-6);
    expect(result.converged).toBe(true);
  });
  it("puts the whole budget on the better of two linear curves", () => {
    // Constant slopes 2 and 3: every unit earns more in the second channel, up to the total of 10.
    const result = allocateBudget({
      channels: [
        { name: "two", current: 5, min: 0, max: 20, response: (s) => 2 * s },
        { name: "three", current: 5, min: 0, max: 20, response: (s) => 3 * s },
      ],
      total: 10,
    });
    expect(result.channels.map((c) => c.recommended)).toEqual([0, 10]);
    expect(result.channels[0]?.bound).toBe("min");
    expectRelative(result.expectedChange, 5, 1e-9);
  });
  it("finds the better corner of S-shaped curves that marginal equalisation alone misses", () => {
    // Two identical Hill curves (shape 3, half-saturation 100), total 100: an even split earns 2 · 1000/9 = 222,
    // all in one channel earns 1000 · 1/2 = 500. Equal marginal ROAS (50/50) is a KKT point but not the maximum.
    const hill = (s: number) => (1000 * s ** 3) / (s ** 3 + 100 ** 3);
    const channels = ["a", "b"].map((name) => ({
      name,
      current: 50,
      min: 0,
      max: 200,
      response: hill,
    }));
    const withoutGrid = allocateBudget({ channels, total: 100, gridSteps: 0 });
    expectRelative(withoutGrid.revenueRecommended, 2000 / 9, 1e-9);
    const result = allocateBudget({ channels, total: 100 });
    expectRelative(result.revenueRecommended, 500, TOLERANCE_CLOSED_FORM);
    expect(result.method).not.toBe("marginalEqualisation");
    expect(result.channels.map((c) => c.bound).sort()).toEqual(["min", null]);
  });
  it("is never worse than the current allocation", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            scale: fc.double({ min: 1, max: 1e4, noNaN: true }),
            half: fc.double({ min: 1, max: 1e3, noNaN: true }),
            shape: fc.double({ min: 0.5, max: 3, noNaN: true }),
            current: fc.double({ min: 0, max: 1e3, noNaN: true }),
          }),
          { minLength: 1, maxLength: 5 }
        ),
        (specs) => {
          const channels = specs.map((spec, i) => ({
            name: `c${i}`,
            current: spec.current,
            response: (s: number) =>
              (spec.scale * s ** spec.shape) / (s ** spec.shape + spec.half ** spec.shape),
          }));
          const result = allocateBudget({ channels, gridSteps: 50 });
          expect(result.revenueRecommended).toBeGreaterThanOrEqual(
            result.revenueCurrent - 1e-9 * Math.max(1, Math.abs(result.revenueCurrent))
          );
        }
      ),
      { numRuns: 60 }
    );
  });
  it("always meets the budget and the bounds", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            scale: fc.double({ min: 0.1, max: 1e4, noNaN: true }),
            half: fc.double({ min: 0.1, max: 1e3, noNaN: true }),
            kind: fc.constantFrom("log", "sqrt", "hill"),
            min: fc.double({ min: 0, max: 500, noNaN: true }),
            width: fc.double({ min: 0, max: 1000, noNaN: true }),
          }),
          { minLength: 1, maxLength: 6 }
        ),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.option(fc.double({ min: 0, max: 20, noNaN: true }), { nil: undefined }),
        (specs, position, minRoas) => {
          const channels = specs.map((spec, i) => ({
            name: `c${i}`,
            current: spec.min,
            min: spec.min,
            max: spec.min + spec.width,
            response:
              spec.kind === "log"
                ? (s: number) => spec.scale * Math.log1p(s / spec.half)
                : spec.kind === "sqrt"
                  ? (s: number) => spec.scale * Math.sqrt(s)
                  : (s: number) => (spec.scale * s * s) / (s * s + spec.half * spec.half),
          }));
          const lowest = channels.reduce((sum, c) => sum + c.min, 0);
          const highest = channels.reduce((sum, c) => sum + c.max, 0);
          const total = lowest + position * (highest - lowest);
          const result = allocateBudget({
            channels,
            total,
            gridSteps: 40,
            ...(minRoas === undefined ? {} : { minRoas }),
          });
          const slack = TOLERANCE_CONSTRAINT * Math.max(1, total);
          if (minRoas === undefined)
            expect(Math.abs(result.totalRecommended - total)).toBeLessThanOrEqual(slack);
          else expect(result.totalRecommended).toBeLessThanOrEqual(total + slack);
          result.channels.forEach((channel) => {
            expect(channel.recommended).toBeGreaterThanOrEqual(channel.min - slack);
            expect(channel.recommended).toBeLessThanOrEqual(channel.max + slack);
          });
        }
      ),
      { numRuns: 150 }
    );
  });
  it("says to raise the total when the minimums do not fit in it", () => {
    const channels = logChannels([1, 1], [1, 1]).map((c) => ({ ...c, min: 300 }));
    expect(() => allocateBudget({ channels, total: 500 })).toThrow(InvalidParameterError);
    expect(() => allocateBudget({ channels, total: 500 })).toThrow(
      /raise the total or lower some minimums/
    );
  });
  it("says to lower the total when the maximums cannot absorb it", () => {
    const channels = logChannels([1, 1], [1, 1], 100);
    expect(() => allocateBudget({ channels, total: 500 })).toThrow(
      /lower the total or raise some maximums/
    );
  });
  it("rejects malformed channels and options by parameter", () => {
    const good = { name: "a", current: 10, response: (s: number) => Math.sqrt(s) };
    const cases: Array<[Parameters<typeof allocateBudget>[0], string]> = [
      [{ channels: [] }, "channels"],
      [{ channels: [good, good] }, "channels"],
      [{ channels: [{ ...good, current: -1 }] }, "channels"],
      [{ channels: [{ ...good, min: 20, max: 10 }] }, "channels"],
      [{ channels: [{ ...good, max: NaN }] }, "channels"],
      [{ channels: [good], total: -5 }, "total"],
      [{ channels: [good], minRoas: NaN }, "minRoas"],
      [{ channels: [good], gridSteps: 1.5 }, "gridSteps"],
    ];
    for (const [input, parameter] of cases) {
      expect(() => allocateBudget(input)).toThrow(InvalidParameterError);
      try {
        allocateBudget(input);
      } catch (error) {
        expect((error as InvalidParameterError).parameter).toBe(parameter);
      }
    }
  });
  it("evaluates each curve only between its bounds, apart from the current spend", () => {
    const outside: number[] = [];
    const guarded = (low: number, high: number, scale: number) => (s: number) => {
      if (s < low || s > high) outside.push(s);
      return scale * Math.log1p(s / 100);
    };
    const result = allocateBudget({
      channels: [
        { name: "a", current: 300, min: 200, max: 400, response: guarded(200, 400, 3000) },
        { name: "b", current: 300, min: 100, max: 500, response: guarded(100, 500, 1000) },
      ],
    });
    expect(outside).toEqual([]);
    expect(result.channels[0]?.bound).toBe("max");
  });
  it("reports a curve that returns NaN as a numerical error naming the channel", () => {
    const channels = [{ name: "broken", current: 10, response: () => NaN }];
    expect(() => allocateBudget({ channels })).toThrow(NumericalError);
    expect(() => allocateBudget({ channels })).toThrow(/'broken'/);
  });
});
