import { beforeAll, describe, expect, it } from "@jest/globals";
import { predictModel } from "../../../src/core/model/predictModel";
import type { FittedModel } from "../../../src/core/model/types";
import { currentWeeklySpend } from "../../../src/core/scenario/currentWeeklySpend";
import { projectedRevenue } from "../../../src/core/scenario/projectedRevenue";
import { fittedFixture } from "../../functions/_helpers/fittedModel";

let model: FittedModel;
beforeAll(async () => {
  model = (await fittedFixture()).result.model;
}, 60_000);

const mean = (values: Float64Array) => values.reduce((s, v) => s + v, 0) / values.length;

describe("projectedRevenue", () => {
  it("is the mean of a 52-week predictModel run, unnamed channels at current spend, google predicted", () => {
    const current = currentWeeklySpend(model);
    const columns: Record<string, Float64Array> = {};
    for (const name of model.roles.social)
      columns[name] = new Float64Array(52).fill(name === "tiktok_spend" ? 2500 : current[name]!);
    const run = predictModel(model, { columns, periods: 52 });
    const projected = projectedRevenue(model, { tiktok_spend: 2500 });
    expect(projected.revenue).toBeCloseTo(mean(run.revenue), 6);
    expect(projected.mediatorSpend).toBeCloseTo(mean(run.mediator), 6);
  });

  it("lets google follow social spend and rejects a negative spend or a bad horizon", () => {
    const low = projectedRevenue(model, { facebook_spend: 0 }).mediatorSpend!;
    const high = projectedRevenue(model, { facebook_spend: 20000 }).mediatorSpend!;
    expect(high).toBeGreaterThan(low);
    expect(() => projectedRevenue(model, { tiktok_spend: -1 })).toThrow(/at least 0/);
    expect(() => projectedRevenue(model, {}, { horizonWeeks: 0 })).toThrow(/whole number/);
  });
});
