import { longTable } from "../../../bench/_shared/longTable";

describe("longTable", () => {
  it("lays 520-week simulations end to end, one row a week from 2000-01-02", () => {
    const grid = longTable(600);
    expect(grid).toHaveLength(601);
    expect(grid[1]?.[0]).toBe("2000-01-02");
    expect(grid[2]?.[0]).toBe("2000-01-09");
    expect(grid[600]?.[0]).toBe(
      new Date(Date.UTC(2000, 0, 2) + 599 * 7 * 86_400_000).toISOString().slice(0, 10)
    );
    // Rows after the first block come from the next seed, not a copy of the first block.
    expect(grid.slice(521, 530).map((row) => row[1])).not.toEqual(
      grid.slice(1, 10).map((row) => row[1])
    );
  });
});
