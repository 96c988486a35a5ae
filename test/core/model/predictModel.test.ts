import { beforeAll, describe, expect, it, jest } from "@jest/globals";
import { InvalidParameterError } from "../../../src/core/errors";
import { fitMmm } from "../../../src/core/attribution/fitMmm";
import { parseModel } from "../../../src/core/model/parseModel";
import { predictModel } from "../../../src/core/model/predictModel";
import { serializeModel } from "../../../src/core/model/serializeModel";
import type { MmmResult } from "../../../src/core/model/types";
import { simulatedDataset } from "./helpers/simulatedDataset";

jest.setTimeout(120000);

/** Round trip through JSON keeps doubles exactly (JSON.stringify prints the shortest round-tripping form). */
const ROUND_TRIP_TOLERANCE = 1e-12;

describe("predictModel, serializeModel and parseModel", () => {
  const { dataset } = simulatedDataset({ seed: 11 });
  let additive: MmmResult;
  let multiplicative: MmmResult;
  beforeAll(async () => {
    additive = await fitMmm(dataset, { form: "additive" });
    multiplicative = await fitMmm(dataset, { form: "multiplicative" });
  });

  it.each([
    ["additive", () => additive],
    ["multiplicative", () => multiplicative],
  ])("reproduces the fitted series of the %s form after a JSON round trip", (_, get) => {
    const result = get();
    const model = parseModel(serializeModel(result.model));
    expect(model).toEqual(result.model);
    const prediction = predictModel(
      model,
      { columns: dataset.columns, periods: dataset.weeks.length },
      { history: "none" }
    );
    prediction.revenue.forEach((value, t) => {
      const fitted = result.series.stage2.fitted[t] as number;
      expect(Math.abs(value - fitted)).toBeLessThanOrEqual(
        ROUND_TRIP_TOLERANCE * Math.max(1, Math.abs(fitted))
      );
      const parts =
        (prediction.baseline[t] as number) +
        (prediction.direct[t] as number) +
        (prediction.mediated[t] as number);
      expect(Math.abs(parts - value)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(value)));
    });
    expect(Array.from(prediction.mediator)).toEqual(
      Array.from(dataset.columns.google_spend as Float64Array)
    );
  });

  it("continues from the stored history, holding missing controls at their last value", () => {
    const model = additive.model;
    const future = predictModel(model, {
      columns: { tiktok_spend: [5000, 5000, 5000] },
      periods: 3,
    });
    expect(future.revenue).toHaveLength(3);
    expect(future.revenue.every(Number.isFinite)).toBe(true);
    // The mediator is not given: stage 1 predicts it from the scenario's social spend.
    expect(future.mediator.every((value) => value >= 0)).toBe(true);
    const more = predictModel(model, {
      columns: { tiktok_spend: [50000, 50000, 50000] },
      periods: 3,
    });
    expect((more.revenue[2] as number) >= (future.revenue[2] as number)).toBe(true);
  });

  it("predicts the predicted variant's model with stage 1's mediator", () => {
    const predictedModel = additive.variants.predicted?.model;
    expect(predictedModel?.variant).toBe("predicted");
    if (!predictedModel) return;
    const out = predictModel(
      predictedModel,
      { columns: dataset.columns, periods: dataset.weeks.length },
      { history: "none" }
    );
    expect(out.revenue.every(Number.isFinite)).toBe(true);
  });

  it("rejects scenarios whose lengths do not match", () => {
    expect(() => predictModel(additive.model, { columns: {}, periods: 0 })).toThrow(
      InvalidParameterError
    );
    expect(() =>
      predictModel(additive.model, { columns: { tiktok_spend: [1, 2] }, periods: 3 })
    ).toThrow(InvalidParameterError);
  });

  it("rejects text that is not a model of a known version with a clear message", () => {
    expect(() => parseModel("not json")).toThrow(/not valid JSON/);
    expect(() => parseModel("[1]")).toThrow(InvalidParameterError);
    const text = serializeModel(additive.model);
    expect(() => parseModel(text.replace('"mmm-model/1"', '"mmm-model/9"'))).toThrow(
      /mmm-model\/9/
    );
    const broken = JSON.parse(text);
    broken.outcomeStage.coefficients.pop();
    expect(() => parseModel(JSON.stringify(broken))).toThrow(/coefficients/);
    const unknown = JSON.parse(text);
    unknown.outcomeStage.features[0].kind = "spline";
    expect(() => parseModel(JSON.stringify(unknown))).toThrow(/unknown kind/);
    for (const field of ["form", "roles", "data", "history"]) {
      const missing = JSON.parse(text);
      delete missing[field];
      expect(() => parseModel(JSON.stringify(missing))).toThrow(InvalidParameterError);
    }
    const stage = JSON.parse(text);
    stage.outcomeStage.targetTransform = "sqrt";
    expect(() => parseModel(JSON.stringify(stage))).toThrow(/target transform/);
  });
});
