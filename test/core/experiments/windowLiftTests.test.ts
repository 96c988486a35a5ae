import { describe, expect, it } from "@jest/globals";
import { InvalidParameterError } from "../../../src/core/errors";
import type { LiftTest } from "../../../src/core/experiments/types";
import { windowLiftTests } from "../../../src/core/experiments/windowLiftTests";
import type { Dataset } from "../../../src/core/types";

const PERIODS = 12;
const weeks = Array.from({ length: PERIODS }, (_, t) =>
  new Date(Date.UTC(2024, 0, 1 + 7 * t)).toISOString().slice(0, 10)
);
const spend = Float64Array.from({ length: PERIODS }, (_, t) => 100 + t);
const dataset: Dataset = {
  weeks,
  roles: {
    date: "week",
    outcome: "revenue",
    mediator: null,
    social: ["tiktok_spend"],
    controls: [],
  },
  columns: { tiktok_spend: spend, revenue: new Float64Array(PERIODS) },
  sourceRows: weeks.map((_, t) => t + 2),
  headers: ["week", "tiktok_spend", "revenue"],
};
const test: LiftTest = {
  channel: "tiktok_spend",
  startWeek: weeks[2]!,
  endWeek: weeks[4]!,
  lift: null,
  roas: 2,
  standardError: 0.5,
  path: "total",
};

describe("windowLiftTests", () => {
  it("carries the read-out end, the spend and a ROAS's lift still over the test weeks alone", () => {
    const [plain] = windowLiftTests([test], dataset);
    const [readout] = windowLiftTests([{ ...test, readoutEndWeek: weeks[8]! }], dataset);
    expect(plain!.readoutEnd).toBe(4);
    expect(readout!.readoutEnd).toBe(8);
    const testSpend = (spend[2] as number) + (spend[3] as number) + (spend[4] as number);
    for (const windowed of [plain!, readout!]) {
      expect(windowed.spend).toBe(testSpend);
      expect(windowed.lift).toBe(2 * testSpend);
      expect(windowed.standardError).toBe(0.5 * testSpend);
    }
  });

  it("throws for a read-out end before the end week or outside the data", () => {
    for (const readoutEndWeek of [weeks[3]!, "2024-06-03"]) {
      expect(() => windowLiftTests([{ ...test, readoutEndWeek }], dataset)).toThrow(
        InvalidParameterError
      );
    }
  });
});
