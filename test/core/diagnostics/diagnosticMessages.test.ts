import { describe, expect, it } from "@jest/globals";
import { DIAGNOSTIC_MESSAGES } from "../../../src/core/diagnostics/diagnosticMessages";

describe("DIAGNOSTIC_MESSAGES", () => {
  it("explains positive autocorrelation in the words of the brief", () => {
    expect(DIAGNOSTIC_MESSAGES.durbinWatson.positive(0.9)).toMatch(
      /^Residuals are autocorrelated \(Durbin–Watson 0\.9\): effects' intervals are likely too narrow\./
    );
  });

  it("names both overlapping channels and the VIF", () => {
    expect(
      DIAGNOSTIC_MESSAGES.varianceInflation.problem("facebook_spend", "tiktok_spend", 14.2)
    ).toMatch(
      /^Facebook and Tiktok spend move together \(VIF 14\): their separate effects are poorly determined\./
    );
  });

  it("falls back to 'the other inputs' when no partner is known", () => {
    expect(DIAGNOSTIC_MESSAGES.varianceInflation.problem("trend", null, 7)).toMatch(
      /^Trend moves together with the other inputs \(VIF 7\)/
    );
  });

  it("formats p-values for reading", () => {
    expect(DIAGNOSTIC_MESSAGES.breuschPagan.problem(0.0004)).toContain("p < 0.001");
    expect(DIAGNOSTIC_MESSAGES.ljungBox.pass(4, 0.4321)).toContain("p = 0.432");
    expect(DIAGNOSTIC_MESSAGES.normality.problem("Jarque–Bera", 0.02)).toContain(
      "Jarque–Bera p = 0.020"
    );
  });

  it("is frozen", () => {
    expect(Object.isFrozen(DIAGNOSTIC_MESSAGES)).toBe(true);
    expect(Object.isFrozen(DIAGNOSTIC_MESSAGES.durbinWatson)).toBe(true);
  });
});
