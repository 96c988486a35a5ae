import { beforeAll, describe, expect, it } from "@jest/globals";
import { diagnoseFit } from "../../../src/core/analysis/diagnoseFit";
import type { FitDiagnostics } from "../../../src/core/analysis/types";
import { fitSimulated, type SimulatedFit } from "./fitSimulated";

let fit: SimulatedFit;
let diagnostics: FitDiagnostics;
beforeAll(async () => {
  fit = await fitSimulated({ seed: 101 });
  diagnostics = diagnoseFit(fit.dataset, fit.result);
}, 60_000);

describe("diagnoseFit", () => {
  it("diagnoses both stages with the fit's own train, CV and holdout scores", () => {
    expect(diagnostics.stages.map((stage) => stage.stage)).toEqual(["mediator", "outcome"]);
    const outcome = diagnostics.stages[1]!;
    expect(outcome.scores.train).toEqual(fit.result.metrics.stage2.train);
    expect(outcome.scores.holdout).toEqual(fit.result.metrics.stage2.holdout);
    expect(outcome.scores.cvMean).toEqual(fit.result.metrics.stage2.cv.mean);
    expect(outcome.scores.cvSd.rmse).toBeGreaterThan(0);
  });

  it("runs the residual tests and one VIF per feature of each stage", () => {
    for (const stage of diagnostics.stages) {
      const ids = stage.residualChecks.map((check) => check.id);
      expect(ids).toContain("durbinWatson");
      expect(ids).toContain("jarqueBera");
      const features =
        stage.stage === "mediator"
          ? fit.result.model.mediatorStage!
          : fit.result.model.outcomeStage;
      expect(stage.vif.map((v) => v.name)).toEqual(features.features.map((f) => f.name));
    }
  });

  it("refits rolling one-year windows for coefficient stability", () => {
    const outcome = diagnostics.stages[1]!;
    expect(outcome.stability).not.toBeNull();
    // 104 weeks, 52-week windows every 4 weeks: starts 0, 4, …, 52 (14 windows).
    expect(outcome.stability!.windows).toHaveLength(14);
    for (const window of outcome.stability!.windows) expect(window.r2).toBeGreaterThan(0.5);
    expect(outcome.stabilityChecks.length).toBe(outcome.stability!.coefficients.length);
  });

  it("runs the random-forest check on stage 2 against the holdout", () => {
    expect(diagnostics.nonLinear).not.toBeNull();
    expect(diagnostics.nonLinear!.features).toHaveLength(4);
    expect(Number.isFinite(diagnostics.nonLinear!.improvement)).toBe(true);
  });

  it("writes a plain-language warning for every failed check", () => {
    const failed = diagnostics.stages.flatMap((stage) =>
      stage.residualChecks.filter((check) => check.status === "fail")
    );
    for (const check of failed) {
      expect(diagnostics.warnings.some((line) => line.includes(check.message))).toBe(true);
    }
  });

  it("skips the stability check when asked (window 0)", () => {
    const quick = diagnoseFit(fit.dataset, fit.result, { stabilityWindow: 0 });
    expect(quick.stages.every((stage) => stage.stability === null)).toBe(true);
  });
});
