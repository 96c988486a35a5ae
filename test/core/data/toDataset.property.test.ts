// Laws of ingestion checked with fast-check: row order does not matter, and no grid makes it throw.
import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import { EXCEL_ERROR_VALUES } from "../../../src/core/data/constants";
import { toDataset } from "../../../src/core/data/toDataset";
import type { Dataset } from "../../../src/core/types";
import { weekIso, weeklyGrid, WEEKLY_HEADERS } from "./_helpers/weeklyGrid";

const spend = fc.double({ min: 0, max: 1e6, noNaN: true });
const anyNumber = fc.double({ min: -1e6, max: 1e6, noNaN: true });
/** Google spend and revenue never all zero and revenue never negative: those tables are refused up front. */
const positive = fc.double({ min: 1, max: 1e6, noNaN: true });
const weekRow = fc.tuple(
  spend,
  spend,
  positive,
  anyNumber,
  fc.integer({ min: 0, max: 1 }),
  positive
);
const table = fc
  .array(weekRow, { minLength: 26, maxLength: 60 })
  .map((rows) => [
    [...WEEKLY_HEADERS] as unknown[],
    ...rows.map((row, index) => [weekIso(index), ...row] as unknown[]),
  ]);

/** Everything but `sourceRows`, which follows the rows wherever they were moved. */
function comparable(dataset: Dataset): unknown {
  const columns = Object.fromEntries(
    Object.entries(dataset.columns).map(([name, values]) => [name, Array.from(values)])
  );
  return { weeks: dataset.weeks, roles: dataset.roles, headers: dataset.headers, columns };
}

describe("toDataset properties", () => {
  it("gives the same sorted dataset whatever the order of the data rows", () => {
    fc.assert(
      fc.property(
        table.chain((grid) =>
          fc.tuple(
            fc.constant(grid),
            fc.shuffledSubarray(grid.slice(1), { minLength: grid.length - 1 })
          )
        ),
        ([grid, shuffledRows]) => {
          const shuffled = [grid[0] as unknown[], ...shuffledRows];
          const original = toDataset(grid);
          const moved = toDataset(shuffled);
          expect(original.ok && moved.ok).toBe(true);
          if (!original.ok || !moved.ok) return;
          expect(comparable(moved.dataset)).toEqual(comparable(original.dataset));
          moved.dataset.sourceRows.forEach((row, index) => {
            expect((shuffled[row - 1] as unknown[])[0]).toBe(moved.dataset.weeks[index]);
          });
        }
      ),
      { numRuns: 60 }
    );
  });

  const cell = fc.oneof(
    fc.anything(),
    fc.double(),
    fc.date(),
    fc.boolean(),
    fc.constantFrom<unknown>(
      ...EXCEL_ERROR_VALUES,
      "",
      "week",
      "revenue",
      "facebook_spend",
      "google_spend"
    ),
    fc.constantFrom<unknown>(
      "2023-01-01",
      "17/09/2023",
      "09/17/2023",
      "01/02/2023",
      45186,
      -1,
      "price",
      "geo"
    )
  );
  const garbage = fc.oneof(
    fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 40 }),
    fc.array(fc.oneof(fc.array(cell, { maxLength: 8 }), cell), { maxLength: 10 }),
    fc.anything()
  );
  const knownCodes = new Set([
    "empty_table",
    "no_header",
    "duplicate_header",
    "missing_column",
    "missing_value",
    "non_numeric",
    "excel_error",
    "negative_spend",
    "unknown_column",
    "value_too_large",
    "ambiguous_number",
    "negative_outcome",
    "zero_outcome",
    "zero_mediator",
    "bad_date",
    "ambiguous_date_order",
    "duplicate_week",
    "irregular_gap",
    "too_few_periods",
    "too_many_periods",
    "constant_column",
    "all_zero_column",
    "role_conflict",
    "geo_panel",
  ]);

  it("never throws on random garbage and always answers with typed issues", () => {
    fc.assert(
      fc.property(
        garbage,
        fc.constantFrom(undefined, "dayFirst", "monthFirst" as const),
        (grid, dateOrder) => {
          const result = toDataset(grid as unknown[][], {
            minWeeks: 1,
            ...(dateOrder ? { dateOrder } : {}),
          });
          const issues = result.ok ? result.warnings : result.issues;
          for (const issue of issues) {
            expect(knownCodes.has(issue.code)).toBe(true);
            expect(issue.message.length).toBeGreaterThan(10);
          }
          if (result.ok) {
            for (const values of Object.values(result.dataset.columns)) {
              expect(values).toHaveLength(result.dataset.weeks.length);
            }
          }
        }
      ),
      { numRuns: 500 }
    );
  });

  it("points every issue of a damaged table at a row inside the grid", () => {
    const damage = fc.array(
      fc.tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 6 }), cell),
      {
        minLength: 1,
        maxLength: 25,
      }
    );
    fc.assert(
      fc.property(damage, (changes) => {
        const grid = weeklyGrid(30);
        for (const [row, column, value] of changes) (grid[row] as unknown[])[column] = value;
        const result = toDataset(grid);
        const issues = result.ok ? result.warnings : result.issues;
        for (const issue of issues) {
          if (issue.row !== undefined) expect(issue.row >= 1 && issue.row <= 31).toBe(true);
          if (issue.cell !== undefined) expect(issue.cell).toMatch(/^[A-G]([1-9]|[12]\d|3[01])$/);
        }
      }),
      { numRuns: 300 }
    );
  });
});
