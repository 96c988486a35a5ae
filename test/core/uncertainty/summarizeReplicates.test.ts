import { describe, expect, it } from "@jest/globals";
import { summarizeReplicates } from "../../../src/core/uncertainty/summarizeReplicates";
import { caseValues, expectClose, percentileCases, TOLERANCE_NUMPY_MOMENTS } from "./fixtures";

describe("summarizeReplicates", () => {
  it.each(percentileCases.map((c) => [c.name, c] as const))(
    "matches numpy on %s",
    (_name, testCase) => {
      const values = caseValues(testCase);
      const summary = summarizeReplicates(values);
      const interval = testCase.intervals.find((i) => i.level === 0.9);
      expectClose(summary.mean, testCase.mean, TOLERANCE_NUMPY_MOMENTS);
      if (testCase.sd !== null) expectClose(summary.sd, testCase.sd, TOLERANCE_NUMPY_MOMENTS);
      expectClose(summary.ci90[0], interval?.lower ?? NaN, TOLERANCE_NUMPY_MOMENTS);
      expectClose(summary.ci90[1], interval?.upper ?? NaN, TOLERANCE_NUMPY_MOMENTS);
      expect(summary.count).toBe(values.filter((v) => !Number.isNaN(v)).length);
    }
  );
  it("summarises 1…5 as mean 3, sd √2.5 and ci90 [1.2, 4.8]", () => {
    // numpy: np.std([1,2,3,4,5], ddof=1) = 1.5811388300841898; np.percentile(..., [5, 95]) = [1.2, 4.8].
    const summary = summarizeReplicates([1, 2, 3, 4, 5]);
    expect(summary.mean).toBe(3);
    expectClose(summary.sd, 1.5811388300841898, TOLERANCE_NUMPY_MOMENTS);
    expectClose(summary.ci90[0], 1.2, TOLERANCE_NUMPY_MOMENTS);
    expectClose(summary.ci90[1], 4.8, TOLERANCE_NUMPY_MOMENTS);
  });
  it("gives NaN fields instead of throwing when too few replicates succeeded", () => {
    expect(summarizeReplicates([NaN]).mean).toBeNaN();
    expect(summarizeReplicates([2, NaN]).sd).toBeNaN();
    expect(summarizeReplicates([2, NaN]).mean).toBe(2);
  });
});
