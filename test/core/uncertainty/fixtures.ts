/**
 * Shared fixture access and tolerances for the uncertainty tests. Golden values come from
 * test/fixtures/scripts/makeUncertaintyFixtures.py (numpy nanpercentile/nanmean/nanstd; version in the JSON).
 */
import { expect } from "@jest/globals";
import { readFileSync } from "fs";
import { join } from "path";

/** Same type-7 formula as numpy, so only rounding may differ: 1e-12 relative. */
export const TOLERANCE_NUMPY = 1e-12;
/** Mean and sd are sums in a different order from numpy's pairwise sum: 1e-10 relative. */
export const TOLERANCE_NUMPY_MOMENTS = 1e-10;

/** One sample of replicate values and numpy's answers for it (NaN stored as null). */
export interface PercentileCase {
  readonly name: string;
  readonly values: readonly (number | null)[];
  readonly intervals: readonly { level: number; lower: number; upper: number }[];
  readonly quantiles: readonly { probability: number; value: number }[];
  readonly mean: number;
  readonly sd: number | null;
}

/** Every case of test/fixtures/uncertainty/percentiles.json. */
export const percentileCases: readonly PercentileCase[] = (
  JSON.parse(
    readFileSync(join(__dirname, "../../fixtures/uncertainty/percentiles.json"), "utf8")
  ) as {
    cases: readonly PercentileCase[];
  }
).cases;

/** The values of a case with null mapped back to NaN. */
export function caseValues(testCase: PercentileCase): number[] {
  return testCase.values.map((value) => (value === null ? NaN : value));
}

/** |actual − expected| ≤ tolerance · max(1, |expected|). */
export function expectClose(actual: number, expected: number, tolerance: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(
    tolerance * Math.max(1, Math.abs(expected))
  );
}
