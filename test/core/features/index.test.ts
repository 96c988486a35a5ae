import { describe, expect, it } from "@jest/globals";
import * as features from "../../../src/core/features";

describe("the features barrel", () => {
  it("exports the feature builders and their constants", () => {
    expect(typeof features.linearTrend).toBe("function");
    expect(typeof features.fourierFeatures).toBe("function");
    expect(typeof features.eventDummies).toBe("function");
    expect(typeof features.fourierTerm).toBe("function");
    expect(features.WEEKS_PER_YEAR).toBe(52.18);
    expect(features.DEFAULT_FOURIER_ORDER).toBeGreaterThanOrEqual(1);
  });
});
