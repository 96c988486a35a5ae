import { beforeAll, describe, expect, it } from "@jest/globals";
import type { FittedModel } from "../../../src/core/model/types";
import { currentWeeklySpend } from "../../../src/core/scenario/currentWeeklySpend";
import { fittedFixture } from "../../functions/_helpers/fittedModel";

let model: FittedModel;
beforeAll(async () => {
  model = (await fittedFixture()).result.model;
}, 60_000);

describe("currentWeeklySpend", () => {
  it("is the mean of the last 13 stored weeks of each social channel and the mediator", () => {
    const current = currentWeeklySpend(model);
    const history = model.history.tiktok_spend as readonly number[];
    expect(history.length).toBeGreaterThan(13);
    const last = history.slice(-13);
    expect(current.tiktok_spend).toBeCloseTo(last.reduce((s, v) => s + v, 0) / 13, 9);
    expect(Object.keys(current)).toEqual([...model.roles.social, model.roles.mediator]);
  });

  it("averages the whole history when asked for more weeks than it stores, and rejects 0 weeks", () => {
    const history = model.history.tiktok_spend as readonly number[];
    expect(currentWeeklySpend(model, { currentSpendWeeks: 1000 }).tiktok_spend).toBeCloseTo(
      history.reduce((s, v) => s + v, 0) / history.length,
      9
    );
    expect(() => currentWeeklySpend(model, { currentSpendWeeks: 0 })).toThrow(/whole number/);
  });

  it("is 0 for a channel without stored history", () => {
    const stripped = { ...model, history: {} };
    expect(currentWeeklySpend(stripped).tiktok_spend).toBe(0);
  });
});
