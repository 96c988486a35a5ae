import { describe, expect, it } from "@jest/globals";
import { assertDataset } from "../../../src/core/data/assertDataset";
import { DataValidationError } from "../../../src/core/errors";
import { weeklyGrid, withCell } from "./_helpers/weeklyGrid";

describe("assertDataset", () => {
  it("returns the dataset of a clean table", () => {
    expect(assertDataset(weeklyGrid(30)).weeks).toHaveLength(30);
  });
  it("throws DataValidationError carrying every issue", () => {
    const grid = withCell(withCell(weeklyGrid(30), 2, 1, -3), 4, 6, "#REF!");
    let caught: unknown;
    try {
      assertDataset(grid, { sheetName: "Data" });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DataValidationError);
    const issues = (caught as DataValidationError).issues;
    expect(issues.map((issue) => [issue.code, issue.row, issue.column])).toEqual([
      ["negative_spend", 3, "facebook_spend"],
      ["excel_error", 5, "revenue"],
    ]);
    expect((caught as DataValidationError).message).toContain("Data!G5");
  });
});
