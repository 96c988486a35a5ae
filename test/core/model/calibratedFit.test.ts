import { beforeAll, describe, expect, it } from "@jest/globals";
import { bootstrapIntervals } from "../../../src/core/analysis/bootstrapIntervals";
import { diagnoseFit } from "../../../src/core/analysis/diagnoseFit";
import { planBudget } from "../../../src/core/analysis/planBudget";
import { sensitivityAnalysis } from "../../../src/core/analysis/sensitivityAnalysis";
import { modelLift } from "../../../src/core/experiments/modelLift";
import type { LiftTest } from "../../../src/core/experiments/types";
import { fitMmm } from "../../../src/core/attribution/fitMmm";
import {
  LIFT_TEST_DECAY_GRID,
  LIFT_TEST_SATURATION_FACTORS,
} from "../../../src/core/model/constants";
import type { FitOptions, MmmResult } from "../../../src/core/model/types";
import { resultsJson } from "../../../src/core/pipeline/resultsJson";
import { simulateLiftTest } from "../../../src/core/simulate/simulateLiftTest";
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
    // Too vague to tell its lift from 0: the shapes stay as the search chose them.
    expect(result.calibration!.shapesChanged).toEqual([]);
    expect(result.calibration!.plausibleShapes).toBeUndefined();
    expect(result.hyperparameters).toEqual(fit.result.hyperparameters);
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

/** The tested channel's stage-1 coefficient (its pull on Google) in a fit. */
const stage1Coefficient = (result: MmmResult, channel: string): number => {
  const stage = result.model.mediatorStage!;
  const j = stage.features.findIndex((f) => f.kind === "media" && f.column === channel);
  return stage.coefficients[j]!;
};

describe("calibration against a simulated test's truth", () => {
  /** Relative SE of the simulated tests here: a precise test, so its pull is plain to see. */
  const PRECISE = 0.05;
  // The first channel: the data alone put its ROAS far below the truth (seed 101), so a test has room to help.
  const channelOf = () => fit.dataset.roles.social[0]!;
  const testOf = (path: "total" | "direct") =>
    simulateLiftTest(fit.simulated, {
      channel: channelOf(),
      start: 60,
      end: 67,
      path,
      relativeStandardError: PRECISE,
      seed: 3,
    });
  const roasOf = (r: MmmResult) => r.effects.channels.find((e) => e.channel === channelOf())!;

  it("moves the tested channel's lift and ROAS towards the truth, through both stages", async () => {
    const { test: simulated, trueLift } = testOf("total");
    const result = await fitMmm(fit.dataset, { form: "additive", liftTests: [simulated] });
    const entry = result.calibration!.tests[0]!;
    expect(Math.abs(entry.after - trueLift)).toBeLessThan(Math.abs(entry.before - trueLift) / 4);
    const truth = fit.simulated.truth.channels[channelOf()]!.roas!;
    expect(Math.abs(roasOf(result).roas! - truth)).toBeLessThan(
      Math.abs(roasOf(fit.result).roas! - truth) / 2
    );
    // A total test runs through stage 1 too: the channel's pull on Google is calibrated, not only stage 2.
    expect(stage1Coefficient(result, channelOf())).not.toBeCloseTo(
      stage1Coefficient(fit.result, channelOf()),
      3
    );
    expect(roasOf(result).roasMediated!).not.toBeCloseTo(roasOf(fit.result).roasMediated!, 3);
  }, 120_000);

  it("leaves stage 1 as fitted for a test that held Google fixed", async () => {
    const { test: direct, trueLift } = testOf("direct");
    const result = await fitMmm(fit.dataset, { form: "additive", liftTests: [direct] });
    expect(result.model.mediatorStage).toEqual(fit.result.model.mediatorStage);
    const entry = result.calibration!.tests[0]!;
    expect(Math.abs(entry.after - trueLift)).toBeLessThan(Math.abs(entry.before - trueLift) / 4);
  }, 120_000);

  it("moves nothing for a test with a huge standard error", async () => {
    const { test: precise } = testOf("total");
    const vague = { ...precise, standardError: 1e6 * precise.standardError };
    const result = await fitMmm(fit.dataset, { form: "additive", liftTests: [vague] });
    const relative = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);
    expect(relative(roasOf(result).roas!, roasOf(fit.result).roas!)).toBeLessThan(1e-6);
    expect(
      relative(stage1Coefficient(result, channelOf()), stage1Coefficient(fit.result, channelOf()))
    ).toBeLessThan(1e-6);
  }, 120_000);
});

describe("calibrated shape choice", () => {
  it("re-chooses the tested channel's shape on the lift-test grid by default, and keeps the search's when off", async () => {
    const channel = test.channel;
    const shapeOf = (r: MmmResult) =>
      r.hyperparameters.outcome.channels.find((c) => c.channel === channel)!;
    const plain = shapeOf(fit.result);
    // A precise direct test whose lift is what a much longer carry-over says: the grid's shapes then disagree on ROAS.
    const other = {
      ...fit.result.hyperparameters,
      outcome: {
        ...fit.result.hyperparameters.outcome,
        channels: fit.result.hyperparameters.outcome.channels.map((c) =>
          c.channel === channel
            ? { ...c, adstock: { kind: "geometric" as const, decay: 0.85, maxLag: 13 } }
            : c
        ),
      },
    };
    const { fitWithFixedHyperparameters } =
      await import("../../../src/core/attribution/fitWithFixedHyperparameters");
    const refit = fitWithFixedHyperparameters(fit.dataset, other, { form: "additive" });
    const window = { channel, path: "direct" as const, start: 60, end: 67 };
    const wanted = modelLift(refit.model, fit.dataset.columns, window).lift;
    const direct: LiftTest = {
      ...test,
      path: "direct",
      lift: wanted,
      standardError: 0.01 * wanted,
    };
    const chosen = await fitMmm(fit.dataset, { form: "additive", liftTests: [direct] });
    const kept = await fitMmm(fit.dataset, {
      form: "additive",
      liftTests: [direct],
      liftTestShapes: false,
    });
    expect(shapeOf(kept)).toEqual(plain);
    expect(kept.calibration!.shapesChanged).toEqual([]);
    // The default's shape is one of the grid's: a grid carry-over, the search's saturation scaled by a grid factor.
    const picked = shapeOf(chosen);
    expect(picked.adstock.kind).toBe("geometric");
    expect(LIFT_TEST_DECAY_GRID).toContain(
      picked.adstock.kind === "geometric" ? picked.adstock.decay : -1
    );
    if (plain.saturation.kind === "hill" && picked.saturation.kind === "hill") {
      const factor = picked.saturation.halfSaturation / plain.saturation.halfSaturation;
      expect(LIFT_TEST_SATURATION_FACTORS.some((f) => Math.abs(f - factor) < 1e-9)).toBe(true);
    }
    const moved = JSON.stringify(picked) !== JSON.stringify(plain);
    expect(chosen.calibration!.shapesChanged).toEqual(moved ? [channel] : []);
    // Here the search's own shape is not the median: the choice moved it.
    expect(moved).toBe(true);
    // The shapes that voted are kept for the bootstrap, the chosen one among them; the choice that kept the
    // search's shapes has none.
    const voters = chosen.calibration!.plausibleShapes![channel]!;
    expect(voters.length).toBeGreaterThan(1);
    expect(voters).toContainEqual({ adstock: picked.adstock, saturation: picked.saturation });
    expect(kept.calibration!.plausibleShapes).toBeUndefined();
    // "Before" stays the plain fit's lift (the search's shapes, uncalibrated).
    expect(chosen.calibration!.tests[0]!.before).toBeCloseTo(
      modelLift(fit.result.model, fit.dataset.columns, window).lift,
      6
    );
  }, 120_000);
});
