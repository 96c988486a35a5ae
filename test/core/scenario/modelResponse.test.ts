import { beforeAll, describe, expect, it } from "@jest/globals";
import type { FittedModel } from "../../../src/core/model/types";
import { currentWeeklySpend } from "../../../src/core/scenario/currentWeeklySpend";
import { modelResponse } from "../../../src/core/scenario/modelResponse";
import { predictModel } from "../../../src/core/model/predictModel";
import { fittedFixture } from "../../functions/_helpers/fittedModel";

let model: FittedModel;
beforeAll(async () => {
  model = (await fittedFixture()).result.model;
}, 60_000);

describe("modelResponse", () => {
  it("is exactly 0 at no spend and rises with spend (media coefficients are non-negative)", () => {
    const curve = modelResponse(model, "facebook_spend");
    expect(curve(0)).toBe(0);
    const values = [0, 1000, 5000, 20000].map(curve);
    for (let i = 1; i < values.length; i++)
      expect(values[i]).toBeGreaterThanOrEqual(values[i - 1] as number);
    expect(values[3]).toBeGreaterThan(0);
  });

  it("holds the mediated path: more than the response with google held at its no-change prediction", () => {
    // With google pinned to what stage 1 predicts at current spend, only the direct path is left.
    const current = currentWeeklySpend(model);
    const pinned = predictModel(model, {
      columns: Object.fromEntries(
        model.roles.social.map((name) => [name, new Float64Array(52).fill(current[name] ?? 0)])
      ),
      periods: 52,
    }).mediator;
    const run = (spend: number) => {
      const columns: Record<string, Float64Array> = { google_spend: pinned };
      for (const name of model.roles.social)
        columns[name] = new Float64Array(52).fill(
          name === "facebook_spend" ? spend : (current[name] ?? 0)
        );
      return predictModel(model, { columns, periods: 52 }).revenue.reduce((s, v) => s + v, 0) / 52;
    };
    const direct = run(20000) - run(0);
    expect(modelResponse(model, "facebook_spend")(20000)).toBeGreaterThan(direct);
  });

  it("is the mean difference of two predictModel runs over the 52 weeks after the data (google predicted)", () => {
    const current = currentWeeklySpend(model);
    const run = (spend: number) => {
      const columns: Record<string, Float64Array> = {};
      for (const name of model.roles.social)
        columns[name] = new Float64Array(52).fill(current[name] ?? 0);
      columns.tiktok_spend = new Float64Array(52).fill(spend);
      return predictModel(model, { columns, periods: 52 }).revenue;
    };
    const high = run(3000);
    const low = run(0);
    const expected = high.reduce((s, v, t) => s + v - (low[t] as number), 0) / 52;
    expect(modelResponse(model, "tiktok_spend")(3000)).toBeCloseTo(expected, 6);
  });

  it("rejects the mediator (it follows social spend), an unknown channel and a negative spend", () => {
    expect(() => modelResponse(model, "google_spend")).toThrow(/'google_spend' is the mediator/);
    expect(() => modelResponse(model, "tv_spend")).toThrow(
      /'tv_spend' is not a channel.*facebook_spend/
    );
    expect(() => modelResponse(model, "tiktok_spend")(-1)).toThrow(/at least 0/);
  });
});
