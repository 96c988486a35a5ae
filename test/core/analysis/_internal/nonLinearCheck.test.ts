import { describe, expect, it } from "@jest/globals";
import { nonLinearCheck } from "../../../../src/core/analysis/_internal/nonLinearCheck";
import type { FittedSeries, FittedStage } from "../../../../src/core/model/types";
import { createRandom } from "../../../../src/core/random/createRandom";

const WEEKS = 120;
const HOLDOUT = 30;

/** A stage-2 shell: only its scale and name are read by the check. */
const STAGE = {
  stage: "outcome",
  targetTransform: "identity",
} as unknown as FittedStage;

/** Columns and a series whose forecast misses `missed(tiktok)` plus noise of sd `noise`. */
function makeCase(missed: (x: number) => number, noise: number) {
  const random = createRandom(42);
  const tiktok = Float64Array.from({ length: WEEKS }, () => random() * 10);
  const google = Float64Array.from({ length: WEEKS }, () => 100 + random() * 10);
  const forecast = Float64Array.from({ length: WEEKS }, () => 1000);
  const actual = forecast.map((value, t) => value + missed(tiktok[t]!) + noise * (random() - 0.5));
  const series: FittedSeries = {
    stage: "outcome",
    actual,
    fitted: forecast,
    forecast,
    isHoldout: Array.from({ length: WEEKS }, (_, t) => t >= WEEKS - HOLDOUT),
  };
  return { series, columns: { tiktok_spend: tiktok, google_spend: google } };
}

describe("nonLinearCheck", () => {
  it("flags a non-linear social effect the linear stage missed", () => {
    const { series, columns } = makeCase((x) => 50 * Math.sin(x), 5);
    const result = nonLinearCheck(STAGE, series, columns, ["tiktok_spend"], "google_spend");
    expect(result).not.toBeNull();
    expect(result!.improvement).toBeGreaterThan(result!.threshold);
    expect(result!.check.status).toBe("review");
  });

  it("passes when the residuals are pure noise", () => {
    const { series, columns } = makeCase(() => 0, 50);
    const result = nonLinearCheck(STAGE, series, columns, ["tiktok_spend"], "google_spend");
    expect(result!.improvement).toBeLessThan(result!.threshold);
    expect(result!.check.status).toBe("pass");
  });

  it("is deterministic (seeded forest)", () => {
    const { series, columns } = makeCase((x) => 20 * Math.cos(x), 20);
    const a = nonLinearCheck(STAGE, series, columns, ["tiktok_spend"], null);
    const b = nonLinearCheck(STAGE, series, columns, ["tiktok_spend"], null);
    expect(b).toEqual(a);
  });

  it("returns null without holdout weeks", () => {
    const { series, columns } = makeCase(() => 0, 1);
    const noHoldout = { ...series, isHoldout: series.isHoldout.map(() => false) };
    expect(nonLinearCheck(STAGE, noHoldout, columns, ["tiktok_spend"], null)).toBeNull();
  });
});
