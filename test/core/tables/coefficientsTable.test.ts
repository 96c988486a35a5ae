import { coefficientsTable } from "../../../src/core/tables/coefficientsTable";
import { SAMPLE_RESULT } from "../../taskpane/fixtures/sampleResult";

describe("coefficientsTable", () => {
  it("lists each stage's features with the coefficient and its standardised value, null column for the intercept", () => {
    const table = coefficientsTable(SAMPLE_RESULT);
    expect(table.rows).toEqual(
      SAMPLE_RESULT.coefficients.map((c) => [c.stage, c.feature, c.column, c.value, c.standardized])
    );
    expect(table.rows[0]?.[2]).toBeNull();
  });

  it("writes a coefficient that is not a number as an empty cell", () => {
    const broken = {
      ...SAMPLE_RESULT,
      coefficients: [
        {
          stage: "outcome" as const,
          feature: "x",
          column: "x",
          value: Number.NaN,
          standardized: Infinity,
        },
      ],
    };
    expect(coefficientsTable(broken).rows[0]?.slice(3)).toEqual([null, null]);
  });
});
