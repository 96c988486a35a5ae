import { describe, expect, it } from "@jest/globals";
import { toDataset } from "../../../src/core/data/toDataset";
import { InvalidParameterError } from "../../../src/core/errors";
import { simulateMmmData } from "../../../src/core/simulate/simulateMmmData";

const REAL_HEADERS = [
  "week",
  "facebook_spend",
  "tiktok_spend",
  "instagram_spend",
  "snapchat_spend",
  "google_spend",
  "social_followers",
  "average_price",
  "promotions",
  "emails_send",
  "sms_send",
  "revenue",
];

describe("simulateMmmData", () => {
  const first = simulateMmmData({ seed: 42 });

  it("gives a bit-identical grid and truth for the same seed", () => {
    const again = simulateMmmData({ seed: 42 });
    expect(again.grid).toStrictEqual(first.grid);
    expect(JSON.stringify(again.truth)).toBe(JSON.stringify(first.truth));
  });
  it("gives different data for a different seed", () => {
    expect(simulateMmmData({ seed: 43 }).grid).not.toEqual(first.grid);
  });
  it("writes exactly the real data's column names", () => {
    expect([...(first.grid[0] as string[])].sort()).toEqual([...REAL_HEADERS].sort());
    expect(first.grid[0]).toEqual([
      "week",
      "facebook_spend",
      "tiktok_spend",
      "instagram_spend",
      "snapchat_spend",
      "google_spend",
      ...REAL_HEADERS.slice(6),
    ]);
  });
  it("writes one row per week of consecutive Sundays from the start date", () => {
    const { grid } = simulateMmmData({ seed: 1, weeks: 130, startDate: "2024-01-07" });
    expect(grid).toHaveLength(131);
    expect(grid[1]?.[0]).toBe("2024-01-07");
    expect(grid[2]?.[0]).toBe("2024-01-14");
    for (const row of grid.slice(1))
      expect(new Date(`${String(row[0])}T00:00:00Z`).getUTCDay()).toBe(0);
  });
  it("fills every other cell with a finite number, spend never negative, google often exactly 0", () => {
    const rows = first.grid.slice(1);
    for (const row of rows) {
      for (const cell of row.slice(1)) expect(Number.isFinite(cell)).toBe(true);
      for (const cell of row.slice(1, 6)) expect(cell as number).toBeGreaterThanOrEqual(0);
    }
    const googleZeros = rows.filter((row) => row[5] === 0).length;
    expect(googleZeros).toBeGreaterThan(rows.length * 0.3);
    expect(rows.filter((row) => row[2] === 0).length).toBeGreaterThan(0);
    expect(rows.every((row) => row[8] === 0 || row[8] === 1)).toBe(true);
  });
  it("ingests as numbers with google as the mediator and revenue as the outcome", () => {
    const result = toDataset(first.grid);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dataset.roles.outcome).toBe("revenue");
    expect(result.dataset.roles.mediator).toBe("google_spend");
    expect([...result.dataset.roles.social].sort()).toEqual(REAL_HEADERS.slice(1, 5).sort());
    expect(result.dataset.columns.revenue).toBeInstanceOf(Float64Array);
    expect(result.dataset.weeks).toHaveLength(104);
  });
  it("has revenue of the real data's order of magnitude", () => {
    const mean = first.truth.revenue / 104;
    expect(mean).toBeGreaterThan(30000);
    expect(mean).toBeLessThan(80000);
  });
  it("returns the resolved options", () => {
    expect(first.options.seed).toBe(42);
    expect(first.options.channels).toHaveLength(4);
  });
  it("rejects options that would give non-positive revenue", () => {
    const options = { seed: 3, intercept: 1, trend: 0, seasonality: 0, crm: { emailEffect: -1 } };
    expect(() => simulateMmmData(options)).toThrow(InvalidParameterError);
    expect(() => simulateMmmData(options)).toThrow(/non-positive revenue/);
  });
  it("gives a channel that is almost never on at least two weeks of spend", () => {
    const { grid } = simulateMmmData({
      seed: 4,
      weeks: 26,
      channels: [{ name: "rare_spend", activeShare: 0.001 }],
    });
    expect(grid.slice(1).filter((row) => (row[1] as number) > 0).length).toBeGreaterThanOrEqual(2);
  });
});
