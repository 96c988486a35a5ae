import { describe, expect, it } from "@jest/globals";
import { issueMessages, moreCellsMessage } from "../../../src/core/data/messages";
import type { ValidationIssueCode } from "../../../src/core/errors";

const place = { column: "google_spend", where: "Sheet1!D17" };
const samples: { [C in ValidationIssueCode]: Parameters<(typeof issueMessages)[C]>[0] } = {
  empty_table: {},
  no_header: { rowsSearched: 3 },
  duplicate_header: { ...place, firstWhere: "Sheet1!C1" },
  missing_column: { role: "mediator column", requested: "bing", headers: ["week", "revenue"] },
  missing_value: place,
  non_numeric: { ...place, value: "$12" },
  excel_error: { ...place, value: "#N/A" },
  negative_spend: { ...place, value: -4 },
  bad_date: { ...place, value: "31/02/2023", order: "dayFirst" },
  ambiguous_date_order: { ...place, example: "01/02/2023" },
  duplicate_week: { ...place, week: "2023-09-17", firstRow: 5 },
  irregular_gap: {
    ...place,
    previousWeek: "2023-09-17",
    week: "2023-10-01",
    days: 14,
    previousRow: 4,
  },
  too_few_periods: { weeks: 10, minWeeks: 26 },
  too_many_periods: { rows: 10_000, maxWeeks: 2_000 },
  constant_column: { ...place, value: 1 },
  all_zero_column: place,
  role_conflict: { ...place, roles: ["mediator column", "social spend channel"] },
  geo_panel: { ...place, geos: 20, examples: ["Geo0", "Geo1"] },
  unknown_column: { ...place, reason: "no_header" },
  value_too_large: { ...place, value: 1e300, limit: 1e15 },
  ambiguous_number: { ...place, value: "2,5", decimalSeparator: "." },
  negative_outcome: { ...place, value: -3 },
  zero_outcome: place,
  zero_mediator: place,
};

describe("issueMessages", () => {
  it.each(Object.keys(samples) as ValidationIssueCode[])(
    "writes a message with a fix for %s",
    (code) => {
      const format = issueMessages[code] as (params: unknown) => string;
      const text = format(samples[code]);
      expect(text.length).toBeGreaterThan(40);
      if ("where" in samples[code]) expect(text).toContain("Sheet1!D17");
    }
  );
  it("lists the existing headers when a column is missing", () => {
    expect(
      issueMessages.missing_column({ role: "outcome column", headers: ["week", "", "sales"] })
    ).toContain("'week', 'sales'");
    expect(issueMessages.missing_column({ role: "outcome column", headers: [] })).toContain(
      "(none)"
    );
  });
  it("gives the documented example text", () => {
    expect(
      issueMessages.negative_spend({ column: "tiktok_spend", where: "Sheet1!D17", value: -40 })
    ).toBe(
      "Column 'tiktok_spend' has a negative spend (-40) at Sheet1!D17; spend must be 0 or more. Correct the value or enter refunds as 0."
    );
    expect(moreCellsMessage("tv_S", 9980, 22, 10001)).toBe(
      "…and 9980 more cells in column 'tv_S' with the same problem (rows 22–10001); fix the ones above and check the rest of the column."
    );
  });
  it("summarises omitted cells with their count and rows", () => {
    expect(moreCellsMessage("tv", 1, 30, 30)).toContain("1 more cell in column 'tv'");
    expect(moreCellsMessage("tv", 9980, 22, 10001)).toContain(
      "9980 more cells in column 'tv' with the same problem (rows 22–10001)"
    );
  });
});
