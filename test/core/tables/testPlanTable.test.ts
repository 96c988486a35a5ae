import { describe, expect, it } from "@jest/globals";
import { liftTestCandidate } from "../../_shared/liftTestCandidate";
import { testPlanTable } from "../../../src/core/tables/testPlanTable";

const candidate = liftTestCandidate;

describe("testPlanTable", () => {
  it("numbers the candidates in the order given and states the change and length they were planned at", () => {
    const table = testPlanTable([
      candidate("tiktok_spend", 900),
      candidate("facebook_spend", null),
    ]);
    const key = (k: string) => table.columns.findIndex((c) => c.key === k);
    expect(table.rows.map((r) => [r[key("rank")], r[key("channel")]])).toEqual([
      [1, "tiktok_spend"],
      [2, "facebook_spend"],
    ]);
    expect(table.rows[1]?.[key("revenue_at_stake")]).toBeNull();
    expect(table.notes.join(" ")).toMatch(/changes spend by 50% for 8 weeks/);
    expect(table.notes.join(" ")).toMatch(/MMM\.TESTPLAN/);
  });
});
