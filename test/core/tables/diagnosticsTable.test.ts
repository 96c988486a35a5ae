import { diagnosticsTable } from "../../../src/core/tables/diagnosticsTable";
import type { FitDiagnostics } from "../../../src/core/analysis/types";
import { SAMPLE_DIAGNOSTICS } from "../../taskpane/fixtures/sampleResult";

describe("diagnosticsTable", () => {
  it("lists every check with stage, status, statistic and p-value, grouped review before pass", () => {
    const table = diagnosticsTable(SAMPLE_DIAGNOSTICS);
    expect(table.rows.map((r) => [r[0], r[1], r[2], r[3], r[4]])).toEqual([
      ["outcome", "Autocorrelation (Ljung–Box)", "review", 9.1, 0.06],
      ["mediator", "Autocorrelation (Durbin–Watson)", "pass", 1.9, null],
      ["outcome", "Non-linear structure", "pass", null, null],
    ]);
  });

  it("groups fail, review, pass (stage order within a group) and names features in words", () => {
    const diagnostics = {
      ...SAMPLE_DIAGNOSTICS,
      stages: [
        {
          stage: "outcome",
          residualChecks: [
            {
              id: "vif:tiktok_spend",
              label: "Overlap with other inputs: Tiktok spend (VIF)",
              status: "review",
              statistic: 6,
              message: "Tiktok spend moves together with the other inputs (VIF 6).",
            },
          ],
          stabilityChecks: [
            {
              id: "stability:outcome:sin_1",
              label: "Stability of sin_1 (outcome stage) across rolling windows",
              status: "fail",
              statistic: 0.9,
              message: "The outcome stage's coefficient of sin_1 moves.",
            },
          ],
        },
      ],
      nonLinear: null,
    } as unknown as FitDiagnostics;
    const table = diagnosticsTable(diagnostics);
    expect(table.rows.map((r) => [r[1], r[2], r[5]])).toEqual([
      [
        "Stability of Season (sine 1) (outcome stage) across rolling windows",
        "fail",
        "The outcome stage's coefficient of Season (sine 1) moves.",
      ],
      [
        "Overlap with other inputs: TikTok spend (VIF)",
        "review",
        "TikTok spend moves together with the other inputs (VIF 6).",
      ],
    ]);
    expect(table.statusColumn).toBe(2);
  });
});
