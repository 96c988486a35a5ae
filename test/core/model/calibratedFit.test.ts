import { beforeAll, describe, expect, it } from "@jest/globals";
import { bootstrapIntervals } from "../../../src/core/analysis/bootstrapIntervals";
import { diagnoseFit } from "../../../src/core/analysis/diagnoseFit";
import { planBudget } from "../../../src/core/analysis/planBudget";
import { sensitivityAnalysis } from "../../../src/core/analysis/sensitivityAnalysis";
import { modelLift } from "../../../src/core/experiments/modelLift";
import type { LiftTest } from "../../../src/core/experiments/types";
import { fitMmm } from "../../../src/core/attribution/fitMmm";
import type { FitOptions, MmmResult } from "../../../src/core/model/types";
import { resultsJson } from "../../../src/core/pipeline/resultsJson";
import { runMmm } from "../../../src/core/pipeline/runMmm";
import { fitSimulated, type SimulatedFit } from "../analysis/fitSimulated";

/** Replicates of the bootstrap runs here: enough to show the draws matter, few enough to stay quick. */
const REPLICATES = 6;

let fit: SimulatedFit;
let test: LiftTest;
let plainLift: number;
beforeAll(async () => {
  fit = await fitSimulated({ seed: 101 });
  const { weeks, roles } = fit.dataset;
  const channel = roles.social[1]!;
  plainLift = modelLift(fit.result.model, fit.dataset.columns, {
    channel,
    path: "total",
    start: 60,
    end: 67,
  }).lift;
  test = {
    channel,
    startWeek: weeks[60]!,
    endWeek: weeks[67]!,
    lift: 2 * plainLift,
    roas: null,
    standardError: 0.05 * plainLift,
    path: "total",
  };
}, 120_000);

const runJson = async (options: FitOptions) => {
  const run = await runMmm(fit.dataset, {
    fit: options,
    bootstrap: { replicates: REPLICATES, seed: 4, tuning: "fixed" },
  });
  return JSON.stringify(resultsJson(run));
};

describe("calibrated fit", () => {
  it("changes no figure when no lift test is given (byte-identical results.json)", async () => {
    const plain = await runJson({ form: "additive" });
    expect(await runJson({ form: "additive", liftTests: [] })).toBe(plain);
    expect(plain).not.toContain("calibration");
  }, 300_000);

  it("pulls the model's lift towards a precise test and reports before and after", async () => {
    const result: MmmResult = await fitMmm(fit.dataset, { form: "additive", liftTests: [test] });
    const entry = result.calibration!.tests[0]!;
    expect(entry.before).toBeCloseTo(plainLift, 6);
    expect(entry.measured).toBe(test.lift);
    // Precise (SE 5% of the lift): the calibrated lift lands within a few standard errors of the measure.
    expect(Math.abs(entry.after - entry.measured)).toBeLessThan(3 * entry.standardError);
    expect(Math.abs(entry.after - entry.measured)).toBeLessThan(
      Math.abs(entry.before - entry.measured) / 4
    );
    const channelRoas = (r: MmmResult) =>
      r.effects.channels.find((e) => e.channel === test.channel)!.roas!;
    expect(channelRoas(result)).toBeGreaterThan(channelRoas(fit.result));
  }, 120_000);

  it("barely moves the fit for a vague test", async () => {
    const vague = { ...test, standardError: 100 * plainLift };
    const result = await fitMmm(fit.dataset, { form: "additive", liftTests: [vague] });
    const entry = result.calibration!.tests[0]!;
    expect(Math.abs(entry.after - entry.before)).toBeLessThan(0.01 * plainLift);
  }, 120_000);

  it("converts a ROAS test to lift over its weeks and calibrates the multiplicative form too", async () => {
    const spend = modelLift(fit.result.model, fit.dataset.columns, {
      channel: test.channel,
      path: "total",
      start: 60,
      end: 67,
    }).spend;
    const roasTest: LiftTest = {
      ...test,
      lift: null,
      roas: test.lift! / spend,
      standardError: test.standardError / spend,
    };
    const result = await fitMmm(fit.dataset, { form: "multiplicative", liftTests: [roasTest] });
    const entry = result.calibration!.tests[0]!;
    expect(entry.measured).toBeCloseTo(test.lift!, 6);
    expect(Math.abs(entry.after - entry.measured)).toBeLessThan(
      Math.abs(entry.before - entry.measured) / 4
    );
  }, 120_000);

  it("redraws the measured lift in each bootstrap replicate", async () => {
    const result = await fitMmm(fit.dataset, { form: "additive", liftTests: [test] });
    const intervals = await bootstrapIntervals(fit.dataset, result, {
      replicates: REPLICATES,
      seed: 4,
      tuning: "fixed",
    });
    const vague = await fitMmm(fit.dataset, {
      form: "additive",
      liftTests: [{ ...test, standardError: 0.5 * plainLift }],
    });
    const wide = await bootstrapIntervals(fit.dataset, vague, {
      replicates: REPLICATES,
      seed: 4,
      tuning: "fixed",
    });
    const width = (i: typeof intervals) => {
      const entry = i.observed.channels.find((c) => c.channel === test.channel)!.total;
      return entry.upper - entry.lower;
    };
    expect(intervals.failed).toBe(0);
    expect(width(wide)).toBeGreaterThan(width(intervals));
    const json = resultsJson({
      ...(await runMmm(
        fit.dataset,
        { fit: { form: "additive", liftTests: [test] }, bootstrap: { replicates: 0 } },
        {},
        {
          fit: async () => result,
          bootstrap: bootstrapIntervals,
          diagnostics: diagnoseFit,
          sensitivity: sensitivityAnalysis,
          budget: planBudget,
        }
      )),
    });
    expect(json.calibration!.tests[0]!.model_lift_after).toBe(result.calibration!.tests[0]!.after);
    expect(json.calibration!.shapes_changed).toEqual(result.calibration!.shapesChanged);
  }, 300_000);
});

describe("calibrated shape choice", () => {
  it("drops a carry-over that a precise test contradicts for one that agrees with it", async () => {
    const channel = test.channel;
    const decayOf = (r: MmmResult) => {
      const adstock = r.hyperparameters.outcome.channels.find(
        (c) => c.channel === channel
      )!.adstock;
      return adstock.kind === "geometric" ? adstock.decay : 0;
    };
    const plainDecay = decayOf(fit.result);
    const otherDecay = plainDecay >= 0.5 ? 0 : 0.75;
    const other = {
      ...fit.result.hyperparameters,
      outcome: {
        ...fit.result.hyperparameters.outcome,
        channels: fit.result.hyperparameters.outcome.channels.map((c) =>
          c.channel === channel
            ? { ...c, adstock: { kind: "geometric" as const, decay: otherDecay, maxLag: 13 } }
            : c
        ),
      },
    };
    const { fitWithFixedHyperparameters } =
      await import("../../../src/core/attribution/fitWithFixedHyperparameters");
    const refit = fitWithFixedHyperparameters(fit.dataset, other, { form: "additive" });
    // What a model with the other carry-over says the test weeks' lift is: measured very precisely.
    const wanted = modelLift(refit.model, fit.dataset.columns, {
      channel,
      path: "total",
      start: 60,
      end: 67,
    }).lift;
    const result = await fitMmm(fit.dataset, {
      form: "additive",
      liftTests: [{ ...test, lift: wanted, standardError: 0.01 * wanted }],
      liftTestShapes: true,
    });
    const kept = await fitMmm(fit.dataset, {
      form: "additive",
      liftTests: [{ ...test, lift: wanted, standardError: 0.01 * wanted }],
    });
    expect(decayOf(kept)).toBe(plainDecay);
    expect(kept.calibration!.shapesChanged).toEqual([]);
    expect(result.calibration!.shapesChanged).toContain(channel);
    expect(decayOf(result)).not.toBe(plainDecay);
    expect(result.calibration!.tests[0]!.before).toBeCloseTo(plainLift, 6);
  }, 120_000);
});
