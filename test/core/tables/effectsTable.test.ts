import type { Intervals } from "../../../src/core/analysis/types";
import { effectsTable } from "../../../src/core/tables/effectsTable";
import { SAMPLE_RESULT } from "../../taskpane/fixtures/sampleResult";
import { SINGLE_STAGE } from "./singleStage";

const interval = { lower: 1, upper: 2 };
const INTERVALS = {
  level: 0.9,
  method: "test method",
  observed: {
    variant: "observed",
    channels: [
      {
        channel: "facebook_spend",
        total: interval,
        direct: interval,
        indirect: interval,
        roas: interval,
        shareMediated: null,
      },
    ],
    mediator: { channel: "google_spend", total: interval, roas: null },
  },
  predicted: null,
} as unknown as Intervals;

describe("effectsTable", () => {
  it("lists both variants, the mediator's own row last in each, headline first", () => {
    const table = effectsTable(SAMPLE_RESULT, null);
    expect(table.rows.map((r) => `${r[0]}/${r[1]}/${r[2]}`)).toEqual([
      "observed/facebook_spend/headline",
      "observed/tiktok_spend/headline",
      "observed/google_spend/headline",
      "predicted/facebook_spend/sensitivity check",
      "predicted/tiktok_spend/sensitivity check",
      "predicted/google_spend/sensitivity check",
    ]);
    expect(table.notes[0]).toMatch(
      /^Headline: the observed google_spend variant \(standard causal mediation\)/
    );
    expect(table.notes[1]).toMatch(/^The predicted google_spend variant is a sensitivity check/);
  });

  it("leaves the mediator's paths empty: its own spend has none to split", () => {
    const table = effectsTable(SAMPLE_RESULT, null);
    const key = (k: string) => table.columns.findIndex((c) => c.key === k);
    const google = table.rows[2] ?? [];
    expect([google[key("direct")], google[key("indirect")], google[key("share_mediated")]]).toEqual(
      [null, null, null]
    );
    expect(google[key("total")]).toBe(4500);
  });

  it("adds low/high columns when intervals are given, empty where a bound is undefined", () => {
    const table = effectsTable(SAMPLE_RESULT, INTERVALS);
    expect(table.columns.slice(-2).map((c) => c.label)).toEqual(["ROAS 90% low", "ROAS 90% high"]);
    expect(table.rows[0]?.slice(-6)).toEqual([1, 2, null, null, 1, 2]);
    expect(table.rows[3]?.slice(-6)).toEqual([null, null, null, null, null, null]);
    expect(table.notes).toContain("Intervals: test method");
  });
});

describe("effectsTable for a single-stage model", () => {
  it("lists the observed variant only and names no headline mediator", () => {
    const table = effectsTable(SINGLE_STAGE, null);
    expect(table.rows.map((r) => r[1])).toEqual(["facebook_spend", "tiktok_spend"]);
    expect(table.notes.join(" ")).not.toMatch(/Headline|mediator variant/);
  });
});
