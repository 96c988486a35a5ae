import { diagnosticsTable } from "../../../src/core/tables/diagnosticsTable";
import { SAMPLE_DIAGNOSTICS } from "../../taskpane/fixtures/sampleResult";

describe("diagnosticsTable", () => {
  it("lists every check with stage, status, statistic and p-value, the non-linear check last", () => {
    const table = diagnosticsTable(SAMPLE_DIAGNOSTICS);
    expect(table.rows.map((r) => [r[0], r[1], r[2], r[3], r[4]])).toEqual([
      ["mediator", "Autocorrelation (Durbin–Watson)", "pass", 1.9, null],
      ["outcome", "Autocorrelation (Ljung–Box)", "review", 9.1, 0.06],
      ["outcome", "Non-linear structure", "pass", null, null],
    ]);
  });
});
