import { describe, expect, it } from "@jest/globals";
import { InvalidParameterError } from "../../../src/core/errors";
import { liftTestWindow } from "../../../src/core/experiments/liftTestWindow";
import type { LiftTest } from "../../../src/core/experiments/types";

const weeks = Array.from({ length: 20 }, (_, t) =>
  new Date(Date.UTC(2024, 0, 1 + 7 * t)).toISOString().slice(0, 10)
);
const test: LiftTest = {
  channel: "tiktok_spend",
  startWeek: "2024-01-15",
  endWeek: "2024-03-04",
  lift: 1,
  roas: null,
  standardError: 1,
  path: "total",
};

describe("liftTestWindow", () => {
  it("maps the read-out end week to its data week, and its absence to the end week", () => {
    expect(liftTestWindow(test, weeks)).toEqual({ start: 2, end: 9, readoutEnd: 9 });
    // 2024-04-03 falls in the week of 2024-04-01 (index 13).
    expect(liftTestWindow({ ...test, readoutEndWeek: "2024-04-03" }, weeks)).toEqual({
      start: 2,
      end: 9,
      readoutEnd: 13,
    });
    expect(liftTestWindow({ ...test, readoutEndWeek: test.endWeek }, weeks).readoutEnd).toBe(9);
  });

  it.each([
    ["before the end week", "2024-02-26"],
    ["after the data's last week", "2024-06-03"],
    ["not a date", "later"],
  ])("throws for a read-out end %s, naming the test", (_, readoutEndWeek) => {
    const call = () => liftTestWindow({ ...test, readoutEndWeek }, weeks);
    expect(call).toThrow(InvalidParameterError);
    expect(call).toThrow(/read-out of the test of 'tiktok_spend'/);
  });
});
