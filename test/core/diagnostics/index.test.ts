import { describe, expect, it } from "@jest/globals";
import * as diagnostics from "../../../src/core/diagnostics";

describe("diagnostics barrel", () => {
  it("exports the contract's functions and the thresholds", () => {
    for (const name of [
      "durbinWatson",
      "ljungBox",
      "jarqueBera",
      "shapiroWilk",
      "breuschPagan",
      "varianceInflation",
      "checkStatus",
      "residualDiagnostics",
      "coefficientStability",
    ]) {
      expect(typeof (diagnostics as Record<string, unknown>)[name]).toBe("function");
    }
    expect(diagnostics.DIAGNOSTIC_THRESHOLDS.ljungBox.review).toBe(0.05);
    expect(diagnostics.DEFAULT_LJUNG_BOX_LAGS).toEqual([4, 8]);
  });
});
