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
        netRoas: { lower: 0.5, upper: 1.5 },
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
    expect([google[key("induced_mediator_spend")], google[key("net_roas")]]).toEqual([null, null]);
  });

  it("shows each social channel's induced mediator spend and net ROAS", () => {
    const table = effectsTable(SAMPLE_RESULT, null);
    const key = (k: string) => table.columns.findIndex((c) => c.key === k);
    const channels = SAMPLE_RESULT.variants.observed.effects.channels;
    channels.forEach((effect, i) => {
      const row = table.rows[i] ?? [];
      expect(row[key("induced_mediator_spend")]).toBe(effect.inducedMediatorSpend);
      expect(row[key("net_roas")]).toBe(effect.netRoas);
    });
    expect(table.notes.join(" ")).toMatch(
      /Net ROAS counts as cost the google_spend a social channel induced/
    );
  });

  it("adds low/high columns when intervals are given, empty where a bound is undefined", () => {
    const table = effectsTable(SAMPLE_RESULT, INTERVALS);
    expect(table.columns.slice(-4).map((c) => c.label)).toEqual([
      "ROAS 90% low",
      "ROAS 90% high",
      "Net ROAS 90% low",
      "Net ROAS 90% high",
    ]);
    expect(table.rows[0]?.slice(-8)).toEqual([1, 2, null, null, 1, 2, 0.5, 1.5]);
    // The mediator's own row has no net ROAS (it induces no spend of its own).
    expect(table.rows[2]?.slice(-2)).toEqual([null, null]);
    expect(table.rows[3]?.slice(-8)).toEqual([null, null, null, null, null, null, null, null]);
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
