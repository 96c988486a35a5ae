import { describe, expect, it } from "@jest/globals";
import { InvalidParameterError } from "../../../src/core/errors";
import { interpolatedBudgetChannels } from "../../../src/core/scenario/interpolatedBudgetChannels";

describe("interpolatedBudgetChannels", () => {
  it("bounds each channel to 50%–150% of current spend by default and passes through the exact curve", () => {
    const calls: number[] = [];
    const exact = (x: number): number => {
      calls.push(x);
      return Math.sqrt(x);
    };
    const [channel] = interpolatedBudgetChannels(
      ["tiktok_spend"],
      { tiktok_spend: 100 },
      () => exact,
      {
        points: 5,
      }
    );
    expect(channel).toMatchObject({ name: "tiktok_spend", current: 100, min: 50, max: 150 });
    expect(calls).toEqual([50, 75, 100, 125, 150]);
    expect(channel?.response(75)).toBeCloseTo(Math.sqrt(75), 12);
  });

  it("evaluates a channel once when its bounds meet (zero spend or min = max)", () => {
    let calls = 0;
    const channels = interpolatedBudgetChannels(
      ["a", "b"],
      { b: 10 },
      () => (x) => {
        calls += 1;
        return x;
      },
      { minShare: 1, maxShare: 1, points: 21 }
    );
    expect(channels.map((c) => [c.current, c.min, c.max])).toEqual([
      [0, 0, 0],
      [10, 10, 10],
    ]);
    expect(calls).toBe(2);
  });

  it("rejects shares with min above max, negative shares and fewer than two points", () => {
    const run = (minShare: number, maxShare: number, points: number) => () =>
      interpolatedBudgetChannels(["a"], { a: 1 }, () => (x) => x, { minShare, maxShare, points });
    expect(run(2, 1, 5)).toThrow(/0 ≤ min ≤ max/);
    expect(run(-0.1, 1, 5)).toThrow(InvalidParameterError);
    expect(run(0.5, 1.5, 1)).toThrow(/at least 2/);
  });
});
