import { beforeAll, describe, expect, it } from "@jest/globals";
import { predictModel } from "../../src/core/model/predictModel";
import { serializeModel } from "../../src/core/model/serializeModel";
import type { MmmResult } from "../../src/core/model/types";
import { modelSummaryRows } from "../../src/functions/modelSummaryRows";
import { predictionRows } from "../../src/functions/predictionRows";
import { InvalidParameterError } from "../../src/core/errors";
import { planLiftTest } from "../../src/core/experiments/planLiftTest";
import { ModelNotFittedError } from "../../src/core/errors";
import { testPlanRows } from "../../src/functions/testPlanRows";
import { roasFromEffects } from "../../src/functions/roasFromEffects";
import { readSavedModel, savedModelJson } from "../../src/workbookModel/savedModel";
import { fittedFixture } from "./_helpers/fittedModel";

let result: MmmResult;
beforeAll(async () => {
  result = (await fittedFixture()).result;
}, 60_000);

describe("predictionRows", () => {
  it("gives one revenue row per week, with parts and labels on request", () => {
    const prediction = predictModel(result.model, {
      columns: { tiktok_spend: [1, 2] },
      periods: 2,
    });
    expect(predictionRows(prediction, result.model, false, false)).toEqual([
      [prediction.revenue[0]],
      [prediction.revenue[1]],
    ]);
    const withParts = predictionRows(prediction, result.model, true, true);
    expect(withParts[0]).toEqual(["revenue", "google_spend", "baseline", "direct", "mediated"]);
    const [revenue, , baseline, direct, mediated] = withParts[1] as number[];
    expect(baseline! + direct! + mediated!).toBeCloseTo(revenue!, 6);
  });
});

describe("modelSummaryRows", () => {
  it("leaves the holdout rows blank for a bare model", () => {
    const rows = new Map(
      modelSummaryRows(readSavedModel(serializeModel(result.model))).map(([k, v]) => [k, v])
    );
    expect(rows.get("holdout R²")).toBe("");
    expect(rows.get("social channels")).toBe(result.model.roles.social.join(", "));
  });
});

describe("roasFromEffects", () => {
  it("divides each path's effect by the channel's spend", () => {
    const saved = readSavedModel(savedModelJson(result));
    const facebook = result.effects.channels[0]!;
    expect(roasFromEffects(saved, facebook.channel, "direct")).toBeCloseTo(
      facebook.direct / facebook.spend,
      12
    );
    expect(roasFromEffects(saved, facebook.channel, "total")).toBeCloseTo(facebook.roas!, 12);
  });

  it("gives net ROAS as total less the induced Google spend, per unit of spend", () => {
    const saved = readSavedModel(savedModelJson(result));
    const facebook = result.effects.channels[0]!;
    expect(facebook.inducedMediatorSpend).toBeGreaterThan(0);
    expect(roasFromEffects(saved, facebook.channel, "net")).toBeCloseTo(
      (facebook.total - facebook.inducedMediatorSpend) / facebook.spend,
      12
    );
    expect(roasFromEffects(saved, facebook.channel, "net")).toBeLessThan(facebook.roas!);
  });

  it("rejects net ROAS of the mediator, which has only a total", () => {
    const saved = readSavedModel(savedModelJson(result));
    expect(() => roasFromEffects(saved, result.effects.mediator!.channel, "net")).toThrow(
      InvalidParameterError
    );
  });
});

describe("testPlanRows", () => {
  it("plans with the holdout RMSE as the weekly noise", () => {
    const saved = readSavedModel(savedModelJson(result));
    const channel = result.model.roles.social[0]!;
    const rows = testPlanRows(saved, channel, 0.5, 8);
    const plan = planLiftTest(result.model, {
      channel,
      change: 0.5,
      weeks: 8,
      residualSd: result.metrics.stage2.holdout!.rmse,
    });
    expect(rows.map((row) => row[0])).toEqual([
      "expected lift",
      "standard error",
      "relative SE",
      "weeks for 20% SE",
    ]);
    expect(rows[0]![1]).toBe(plan.expectedLift);
    expect(rows[1]![1]).toBe(plan.standardError);
  });

  it("passes the read-out weeks to the plan, none by default", () => {
    const saved = readSavedModel(savedModelJson(result));
    const channel = result.model.roles.social[0]!;
    const options = {
      channel,
      change: 0.5,
      weeks: 8,
      residualSd: result.metrics.stage2.holdout!.rmse,
    };
    const withReadout = testPlanRows(saved, channel, 0.5, 8, 4);
    const plan = planLiftTest(result.model, { ...options, readoutWeeks: 4 });
    expect(withReadout[0]![1]).toBe(plan.expectedLift);
    expect(withReadout[1]![1]).toBe(plan.standardError);
    expect(withReadout[1]![1]).not.toBe(testPlanRows(saved, channel, 0.5, 8)[1]![1]);
  });

  it("asks for a refit when the model was saved without holdout scores", () => {
    const saved = { ...readSavedModel(savedModelJson(result)), holdout: null };
    expect(() => testPlanRows(saved, result.model.roles.social[0]!, 0.5, 8)).toThrow(
      ModelNotFittedError
    );
  });
});
