import { describe, expect, it } from "@jest/globals";
import type { ChannelError, MethodName } from "../../../bench/_shared/channelErrors";
import { dataSetInterval } from "../../../bench/_shared/dataSetInterval";
import { targetChecks } from "../../../bench/_shared/accuracyReport";
import { median } from "../../../bench/_shared/statistics";

/** A record of one channel's ROAS error; only the fields the figures read matter. */
function record(
  scenario: string,
  replicate: number,
  error: number,
  method: MethodName = "product",
  weeks = 104,
  noise = 0.04
): ChannelError {
  return {
    scenario,
    replicate,
    weeks,
    noise,
    method,
    channel: `c${error}`,
    trueTotal: 1,
    trueShare: 0.5,
    estimatedTotal: 1 + error,
    estimatedShare: 0.5,
    roasRelativeError: error,
    shareAbsoluteError: 0,
    totalErrorShareOfRevenue: 0,
    tiny: false,
  };
}

const medianError = (group: readonly ChannelError[]) =>
  median(group.map((r) => r.roasRelativeError as number));

describe("dataSetInterval", () => {
  it("collapses to the figure when every data set gives the same errors", () => {
    const records = [0, 1, 2].flatMap((seed) => [record("a", seed, 0.2), record("a", seed, 0.4)]);
    const interval = dataSetInterval(records, medianError);
    expect(interval.low).toBeCloseTo(0.3, 12);
    expect(interval.high).toBeCloseTo(0.3, 12);
  });

  it("resamples whole data sets, so a data set's channels move together", () => {
    // Data set "big" has two channels, "small" one. Drawing two whole data sets gives 2, 3 or 4 records; drawing
    // single records would always give 3.
    const records = [record("big", 0, 0.1), record("big", 0, 0.2), record("small", 0, 0.3)];
    const sizes = new Set<number>();
    dataSetInterval(records, (group) => {
      sizes.add(group.length);
      return group.length;
    });
    expect([...sizes].sort()).toEqual([2, 3, 4]);
  });

  it("is reproducible for a seed and moves with another seed", () => {
    // The mean, not the median: its resampled values are nearly all distinct, so another seed shows.
    const meanError = (group: readonly ChannelError[]) =>
      group.reduce((sum, r) => sum + (r.roasRelativeError as number), 0) / group.length;
    const records = Array.from({ length: 12 }, (_, seed) => record("s", seed, seed / 10));
    const first = dataSetInterval(records, meanError, { seed: 1 });
    expect(dataSetInterval(records, meanError, { seed: 1 })).toEqual(first);
    expect(dataSetInterval(records, meanError, { seed: 2 })).not.toEqual(first);
    expect(first.low).toBeLessThan(meanError(records));
    expect(first.high).toBeGreaterThan(meanError(records));
  });

  it("widens with the level", () => {
    const records = Array.from({ length: 20 }, (_, seed) => record("s", seed, seed / 20));
    const narrow = dataSetInterval(records, medianError, { level: 0.5 });
    const wide = dataSetInterval(records, medianError, { level: 0.95 });
    expect(wide.high - wide.low).toBeGreaterThan(narrow.high - narrow.low);
  });

  it("returns NaN bounds without records", () => {
    const interval = dataSetInterval([], medianError);
    expect(Number.isNaN(interval.low) && Number.isNaN(interval.high)).toBe(true);
  });
});

describe("targetChecks", () => {
  const methods: MethodName[] = ["product", "productPredicted", "plain", "oracle"];
  const dataSet = (seed: number, product: number, oracle: number) =>
    methods.flatMap((method) => {
      const error = method === "oracle" ? oracle : product;
      return [record("default", seed, error, method), record("default", seed, error, method)];
    });

  it("says a miss is within noise when the limit lies inside the data-set interval", () => {
    // Product errors 0.15 … 0.35 over 11 data sets: median 0.25 + a little, the limit 0.25 well inside.
    const records = Array.from({ length: 11 }, (_, seed) =>
      dataSet(seed, 0.15 + seed * 0.02 + 0.001, 0.22)
    ).flat();
    const [median104, gap] = targetChecks(records);
    expect(median104?.pass).toBe(false);
    expect(median104?.withinNoise).toBe(true);
    expect(median104?.dataSets).toBe(11);
    expect(median104?.count).toBe(22);
    expect(gap?.pass).toBe(true);
  });

  it("says a clear miss is not within noise", () => {
    const records = Array.from({ length: 11 }, (_, seed) =>
      dataSet(seed, 0.6 + seed * 0.01, 0.2)
    ).flat();
    const [median104] = targetChecks(records);
    expect(median104?.pass).toBe(false);
    expect(median104?.withinNoise).toBe(false);
    expect(median104?.interval.low).toBeGreaterThan(0.25);
    // The oracle's errors are 0.2 in every data set: its interval collapses there, apart from the product's.
    expect(median104?.oracleInterval.low).toBeCloseTo(0.2, 12);
    expect(median104?.oracleInterval.high).toBeCloseTo(0.2, 12);
  });

  it("measures the 260-week target at 4% noise and, apart, on every 260-week data set", () => {
    const at = (scenario: string, weeks: number, noise: number, error: number) =>
      methods.map((method) => record(scenario, 0, error, method, weeks, noise));
    const records = [
      ...at("default", 104, 0.04, 0.3),
      ...at("default@260wk", 260, 0.04, 0.1),
      ...at("five-years", 260, 0.04, 0.12),
      ...at("hard-mix", 260, 0.09, 0.5),
    ];
    const checks = targetChecks(records);
    const long = checks.filter((check) => check.subset.startsWith("260 wk"));
    expect(long.map((check) => check.subset)).toEqual(["260 wk, 4% noise", "260 wk, any noise"]);
    // 4% noise: the two 4%-noise data sets only (median of 0.10 and 0.12); any noise: hard-mix too.
    expect(long[0]?.dataSets).toBe(2);
    expect(long[0]?.product).toBeCloseTo(0.11, 12);
    expect(long[0]?.pass).toBe(true);
    expect(long[1]?.dataSets).toBe(3);
    expect(long[1]?.product).toBeCloseTo(0.12, 12);
    expect(long[1]?.pass).toBe(true);
    // The 104-week target never reads a 260-week data set.
    expect(checks[0]?.dataSets).toBe(1);
  });
});
