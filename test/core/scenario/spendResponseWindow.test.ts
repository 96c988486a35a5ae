import { beforeAll, describe, expect, it } from "@jest/globals";
import type { FittedModel } from "../../../src/core/model/types";
import { spendResponseWindow } from "../../../src/core/scenario/spendResponseWindow";
import { fittedFixture } from "../../functions/_helpers/fittedModel";

let model: FittedModel;
beforeAll(async () => {
  model = (await fittedFixture()).result.model;
}, 60_000);

describe("spendResponseWindow", () => {
  it("states the default window of a two-stage model in one sentence", () => {
    expect(spendResponseWindow(model)).toEqual({
      currentSpendWeeks: 13,
      horizonWeeks: 52,
      mediator: "google_spend",
      mediatorTreatment: "follows",
      statement:
        "Current spend = mean of the last 13 weeks; revenue = mean weekly revenue over the next 52 weeks; " +
        "google_spend follows social spend as stage 1 predicts (not a budget line).",
    });
  });

  it("caps current-spend weeks at the stored history and names a single-stage model", () => {
    const stored = model.history.tiktok_spend!.length;
    const single = { ...model, roles: { ...model.roles, mediator: null } };
    const window = spendResponseWindow(single, { currentSpendWeeks: 500, horizonWeeks: 8 });
    expect(window.currentSpendWeeks).toBe(stored);
    expect(window.mediatorTreatment).toBe("none");
    expect(window.statement).toBe(
      `Current spend = mean of the last ${stored} weeks; revenue = mean weekly revenue over the next 8 weeks; ` +
        "every media channel is a budget line (single-stage model)."
    );
  });
});
