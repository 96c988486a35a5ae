import { stabilityStep } from "../../../src/core/analysis/diagnoseFit";
import {
  MAX_STABILITY_WINDOWS,
  STABILITY_STEP_WEEKS,
  STABILITY_WINDOW_WEEKS,
} from "../../../src/core/analysis/constants";

/** Windows coefficientStability refits for a step: starts 0, step, … plus one ending at the last week. */
const windowCount = (periods: number, size: number, step: number): number => {
  let count = 0;
  let last = 0;
  for (let start = 0; start + size <= periods; start += step) ((count += 1), (last = start));
  return last + size < periods ? count + 1 : count;
};

describe("stabilityStep", () => {
  it("keeps the monthly step on two years of data", () => {
    expect(stabilityStep(104, STABILITY_WINDOW_WEEKS)).toBe(STABILITY_STEP_WEEKS);
  });

  it.each([260, 520, 2000, 10_000])(
    "refits at most MAX_STABILITY_WINDOWS windows on %i weeks (cost linear in weeks)",
    (weeks) => {
      const step = stabilityStep(weeks, STABILITY_WINDOW_WEEKS);
      expect(windowCount(weeks, STABILITY_WINDOW_WEEKS, step)).toBeLessThanOrEqual(
        MAX_STABILITY_WINDOWS + 1
      );
      expect(step).toBeGreaterThanOrEqual(STABILITY_STEP_WEEKS);
    }
  );
});
