import type { DataCheck } from "../../../src/core/health/types";
import { dataChecksTable } from "../../../src/core/tables/dataChecksTable";

const check = (status: DataCheck["status"], column: string): DataCheck => ({
  id: `alwaysOn:${column}`,
  kind: "alwaysOn",
  status,
  title: `${column} is always on`,
  finding: `${column} is spent in every week.`,
  recommendation: status === "pass" ? "" : `Pause ${column} for a few weeks.`,
  columns: [column],
  weeks: [],
  value: null,
});

describe("dataChecksTable", () => {
  it("lists each check's status, title, finding and recommendation, fail first, names in words", () => {
    const table = dataChecksTable([
      check("pass", "sms_send"),
      check("review", "facebook_spend"),
      check("fail", "tiktok_spend"),
    ]);
    expect(table.columns.map((c) => c.key)).toEqual([
      "status",
      "check",
      "finding",
      "recommendation",
    ]);
    expect(table.rows).toEqual([
      [
        "fail",
        "TikTok spend is always on",
        "TikTok spend is spent in every week.",
        "Pause TikTok spend for a few weeks.",
      ],
      [
        "review",
        "Facebook spend is always on",
        "Facebook spend is spent in every week.",
        "Pause Facebook spend for a few weeks.",
      ],
      ["pass", "SMS send is always on", "SMS send is spent in every week.", null],
    ]);
    expect(table.fileName).toBe("data_checks.csv");
    expect(table.statusColumn).toBe(0);
  });

  it("says so when the checks could not run", () => {
    const table = dataChecksTable([]);
    expect(table.rows).toEqual([]);
    expect(table.notes[0]).toMatch(/could not run/);
  });
});
