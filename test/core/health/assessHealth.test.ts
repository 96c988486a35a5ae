import type { Intervals } from "../../../src/core/analysis/types";
import { assessHealth } from "../../../src/core/health/assessHealth";
import { HEALTH_THRESHOLDS, HEALTH_WEIGHTS } from "../../../src/core/health/constants";
import type { HealthInput } from "../../../src/core/health/types";
import type { ChannelEffect, Effects, MmmResult } from "../../../src/core/model/types";
import { bootstrapIntervals } from "../../../src/core/analysis/bootstrapIntervals";
import { diagnoseFit } from "../../../src/core/analysis/diagnoseFit";
import { SIMULATION_SCENARIOS } from "../../../src/core/simulate/simulationScenarios";
import type { SimulationOptions } from "../../../src/core/simulate/simulationOptions";
import { fitSimulated, type SimulatedFit } from "../analysis/fitSimulated";

/** The same effects with one channel's fields replaced. */
function withChannel(effects: Effects, channel: string, change: Partial<ChannelEffect>): Effects {
  return {
    ...effects,
    channels: effects.channels.map((c) => (c.channel === channel ? { ...c, ...change } : c)),
  };
}

/** Only the observed intervals are read by the verdict; the rest of the object is left out on purpose. */
function intervalsAround(result: MmmResult, halfWidth: (total: number) => number): Intervals {
  const channels = result.effects.channels.map((c) => ({
    channel: c.channel,
    total: { lower: c.total - halfWidth(c.total), upper: c.total + halfWidth(c.total) },
    direct: { lower: 0, upper: 0 },
    indirect: { lower: 0, upper: 0 },
    roas: null,
    shareMediated: null,
  }));
  return {
    level: 0.9,
    observed: { variant: "observed", channels, mediator: null },
  } as unknown as Intervals;
}

describe("assessHealth", () => {
  let fit: SimulatedFit;
  let input: HealthInput;
  beforeAll(async () => {
    fit = await fitSimulated({ seed: 101 });
    input = { dataset: fit.dataset, result: fit.result, intervals: null, diagnostics: null };
  });

  it("compares the holdout forecast with revenue of the same week a year earlier", () => {
    const verdict = assessHealth(input);
    const series = fit.result.series.stage2;
    const rows = series.isHoldout.flatMap((h, i) => (h ? [i] : []));
    const start = rows[0] as number;
    let model = 0;
    let naive = 0;
    let total = 0;
    for (const i of rows) {
      const actual = series.actual[i] as number;
      model += Math.abs(actual - (series.forecast[i] as number));
      naive += Math.abs(actual - (series.actual[i - 52 < start ? i - 52 : i - 104] as number));
      total += Math.abs(actual);
    }
    expect(verdict.holdout?.holdoutWeeks).toBe(rows.length);
    expect(verdict.holdout?.modelWape).toBeCloseTo(model / total, 12);
    expect(verdict.holdout?.naiveWape).toBeCloseTo(naive / total, 12);
    expect(verdict.holdout?.seasonalWeeks).toBe(rows.length);
  });

  it("fails a fit whose holdout forecast is worse than last year's revenue", () => {
    const stage2 = {
      ...fit.result.series.stage2,
      forecast: new Float64Array(fit.dataset.weeks.length),
    };
    const result = { ...fit.result, series: { ...fit.result.series, stage2 } };
    const verdict = assessHealth({ ...input, result });
    expect(verdict.status).toBe("fail");
    expect(verdict.drivers[0]?.id).toBe("holdoutVsNaive");
    expect(verdict.summary).toMatch(/^Do not act/);
  });

  it("fails an implausible ROAS and names the channel", () => {
    const effects = withChannel(fit.result.effects, "tiktok_spend", { roas: 25 });
    const verdict = assessHealth({ ...input, result: { ...fit.result, effects } });
    expect(verdict.status).toBe("fail");
    expect(verdict.drivers[0]).toMatchObject({
      id: "implausibleRoas:tiktok_spend",
      status: "fail",
    });
  });

  it("holds the mediator to its own ROAS limits and social channels to theirs", () => {
    const mediator = fit.result.effects.mediator;
    if (!mediator) throw new Error("the fit has no mediator");
    const t = HEALTH_THRESHOLDS;
    const mediatorAt = (roas: number) =>
      assessHealth({
        ...input,
        result: {
          ...fit.result,
          effects: { ...fit.result.effects, mediator: { ...mediator, roas } },
        },
      }).findings.find((f) => f.id === `implausibleRoas:${mediator.channel}`)?.status ?? "pass";
    // Between the social and the mediator review limits: plausible for search, not for a social channel.
    const between = (t.roasReview + t.mediatorRoasReview) / 2;
    expect(mediatorAt(between)).toBe("pass");
    expect(mediatorAt(t.mediatorRoasReview * 1.1)).toBe("review");
    expect(mediatorAt(t.mediatorRoasFail * 1.1)).toBe("fail");
    const social = withChannel(fit.result.effects, "tiktok_spend", { roas: between });
    const socialVerdict = assessHealth({ ...input, result: { ...fit.result, effects: social } });
    expect(
      socialVerdict.findings.find((f) => f.id === "implausibleRoas:tiktok_spend")?.status
    ).toBe("review");
  });

  it("fails an effect that changes sign between the mediator variants", () => {
    const predicted = fit.result.variants.predicted;
    if (!predicted) throw new Error("the fit has no predicted variant");
    const biggest = [...fit.result.effects.channels].sort((a, b) => b.total - a.total)[0]
      ?.channel as string;
    const flipped = withChannel(predicted.effects, biggest, { total: -1000, roas: -0.1 });
    const result = {
      ...fit.result,
      variants: { ...fit.result.variants, predicted: { ...predicted, effects: flipped } },
    };
    const verdict = assessHealth({ ...input, result });
    expect(
      verdict.findings.some((f) => f.id === `variantFlip:sign:${biggest}` && f.status === "fail")
    ).toBe(true);
    expect(verdict.status).toBe("fail");
  });

  it("asks for a review when a material channel's interval is wider than intervalWidthRatio × its estimate", () => {
    const ratio = HEALTH_THRESHOLDS.intervalWidthRatio;
    const widthOf = (widthRatio: number) =>
      assessHealth({
        ...input,
        intervals: intervalsAround(fit.result, (t) => (widthRatio / 2) * Math.abs(t)),
      });
    const narrow = widthOf(0.9 * ratio);
    expect(narrow.findings.filter((f) => f.kind === "intervalWidth")).toHaveLength(0);
    const wide = widthOf(1.1 * ratio);
    const flagged = wide.findings.filter((f) => f.kind === "intervalWidth");
    expect(flagged.length).toBeGreaterThan(0);
    expect(flagged.every((f) => f.status === "review")).toBe(true);
    expect(wide.status).not.toBe("pass");
  });

  it("fails on a failed placebo check", () => {
    const verdict = assessHealth({
      ...input,
      placebo: {
        channel: "placebo_spend",
        status: "fail",
        estimate: 5000,
        interval: null,
        message: "An effect of 5,000.",
      },
    });
    expect(verdict.status).toBe("fail");
    expect(verdict.drivers[0]?.kind).toBe("placebo");
  });

  it("counts each kind once, and passes when every weight is zero", () => {
    const verdict = assessHealth(input);
    const kinds = new Set(verdict.findings.map((f) => f.kind));
    const expected = [...kinds].reduce(
      (sum, kind) =>
        sum + Math.max(...verdict.findings.filter((f) => f.kind === kind).map((f) => f.points)),
      0
    );
    expect(verdict.score).toBeCloseTo(expected, 12);
    const zero = Object.fromEntries(Object.keys(HEALTH_WEIGHTS).map((k) => [k, 0]));
    const muted = assessHealth(input, { weights: zero });
    expect(muted.status).toBe("pass");
    expect(muted.drivers).toHaveLength(0);
  });

  it("uses the data checks it is given instead of computing them", () => {
    const verdict = assessHealth({ ...input, dataChecks: [] });
    expect(verdict.findings.filter((f) => f.kind === "data")).toHaveLength(0);
    expect(assessHealth(input).findings.some((f) => f.id === "data:alwaysOn:facebook_spend")).toBe(
      true
    );
  });
});

describe("assessHealth on the simulator", () => {
  const scenario = (name: string): SimulationOptions => {
    const found = SIMULATION_SCENARIOS.find((s) => s.name === name);
    if (!found) throw new Error(`no scenario ${name}`);
    return found.options;
  };

  it("passes five years of well-behaved data with every channel flighted (intervals and diagnostics included)", async () => {
    const options = scenario("five-years");
    const channels = ["facebook_spend", "tiktok_spend", "instagram_spend", "snapchat_spend"].map(
      (name) => (name === "facebook_spend" ? { name, activeShare: 0.6 } : { name })
    );
    const { dataset, result } = await fitSimulated({ ...options, channels }, {});
    const intervals = await bootstrapIntervals(dataset, result, { replicates: 20 });
    const diagnostics = diagnoseFit(dataset, result);
    const verdict = assessHealth({ dataset, result, intervals, diagnostics });
    expect(verdict.drivers).toEqual([]);
    expect(verdict.status).toBe("pass");
    expect(verdict.holdout?.ratio).toBeLessThan(1);
  }, 60_000);

  it("does not pass when every channel is always on", async () => {
    const { dataset, result } = await fitSimulated(scenario("always-on"));
    const verdict = assessHealth({ dataset, result, intervals: null, diagnostics: null });
    expect(verdict.status).not.toBe("pass");
    expect(verdict.drivers.map((d) => d.id)).toContain("data:alwaysOn:allSocial");
  });

  it("does not pass on 40 weeks of data", async () => {
    const { dataset, result } = await fitSimulated({ seed: 201, weeks: 40 });
    const verdict = assessHealth({ dataset, result, intervals: null, diagnostics: null });
    expect(verdict.status).not.toBe("pass");
    expect(verdict.drivers.map((d) => d.id)).toContain("data:weeksPerParameter");
  });
});
