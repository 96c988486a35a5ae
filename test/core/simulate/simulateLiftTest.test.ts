import { describe, expect, it } from "@jest/globals";
import { InvalidParameterError } from "../../../src/core/errors";
import { simulateLiftTest } from "../../../src/core/simulate/simulateLiftTest";
import { simulateMmmData } from "../../../src/core/simulate/simulateMmmData";

/** The same counterfactual sums in another order: agreement to rounding. */
const RELATIVE_ROUNDING = 1e-9;

const simulated = simulateMmmData({ seed: 5, weeks: 80 });
const channel = simulated.truth.channelNames[0]!;
const all = { channel, start: 0, end: 79 };

describe("simulateLiftTest", () => {
  it("a test over every week finds the truth's total and direct effect", () => {
    const truth = simulated.truth.channels[channel]!;
    const total = simulateLiftTest(simulated, { ...all, relativeStandardError: 0 });
    expect(Math.abs(total.trueLift - truth.total)).toBeLessThan(
      RELATIVE_ROUNDING * Math.abs(truth.total)
    );
    expect(total.test.lift).toBe(total.trueLift);
    const direct = simulateLiftTest(simulated, {
      ...all,
      path: "direct",
      relativeStandardError: 0,
    });
    expect(Math.abs(direct.trueLift - truth.direct)).toBeLessThan(
      RELATIVE_ROUNDING * Math.abs(truth.total)
    );
  });

  it("adds seeded noise at the stated standard error", () => {
    const window = { channel, start: 30, end: 37 };
    const draws = Array.from({ length: 400 }, (_, seed) =>
      simulateLiftTest(simulated, { ...window, seed })
    );
    const trueLift = draws[0]!.trueLift;
    expect(trueLift).toBeGreaterThan(0);
    const z = draws.map((d) => (d.test.lift! - trueLift) / d.test.standardError);
    const mean = z.reduce((a, b) => a + b, 0) / z.length;
    const sd = Math.sqrt(z.reduce((a, b) => a + (b - mean) ** 2, 0) / (z.length - 1));
    // 400 standard-normal draws: mean within ±0.15 (3 SE), sd within ±0.1 of 1.
    expect(Math.abs(mean)).toBeLessThan(0.15);
    expect(Math.abs(sd - 1)).toBeLessThan(0.1);
    expect(draws[0]!.test.standardError).toBeCloseTo(0.2 * trueLift, 6);
    expect(draws[0]!.test.startWeek).toBe(simulated.grid[31]![0]);
    expect(simulateLiftTest(simulated, { ...window, seed: 3 })).toEqual(draws[3]);
  });

  it("counts the carry-over after the test up to the read-out end, and all of it past both adstock windows", () => {
    const window = { channel, start: 30, end: 37, relativeStandardError: 0 };
    const lift = (readoutEnd: number) => simulateLiftTest(simulated, { ...window, readoutEnd });
    const { model } = simulated.structural;
    expect(model.channels[0]!.response.decay).toBeGreaterThan(0);
    const plain = simulateLiftTest(simulated, window);
    expect(lift(37)).toEqual(plain);
    expect(plain.test.readoutEndWeek).toBeUndefined();
    const oneMore = lift(38);
    expect(oneMore.trueLift).toBeGreaterThan(plain.trueLift);
    expect(oneMore.test.readoutEndWeek).toBe(simulated.grid[39]![0]);
    expect(lift(45).trueLift).toBeGreaterThan(oneMore.trueLift);
    // Spend stops changing anything once the channel's window and then Google's have passed: the rest adds 0.
    const settled = 37 + model.channels[0]!.response.maxLag + model.google.response.maxLag;
    expect(Math.abs(lift(79).trueLift - lift(settled).trueLift)).toBeLessThan(
      RELATIVE_ROUNDING * plain.trueLift
    );
  });

  it("rejects weeks outside the data", () => {
    expect(() => simulateLiftTest(simulated, { channel, start: 75, end: 80 })).toThrow(
      InvalidParameterError
    );
    for (const readoutEnd of [76, 80]) {
      expect(() =>
        simulateLiftTest(simulated, { channel, start: 70, end: 77, readoutEnd })
      ).toThrow(InvalidParameterError);
    }
  });
});
