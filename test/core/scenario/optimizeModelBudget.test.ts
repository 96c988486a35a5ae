import { beforeAll, describe, expect, it } from "@jest/globals";
import type { FittedModel } from "../../../src/core/model/types";
import { currentWeeklySpend } from "../../../src/core/scenario/currentWeeklySpend";
import { modelResponse } from "../../../src/core/scenario/modelResponse";
import { optimizeModelBudget } from "../../../src/core/scenario/optimizeModelBudget";
import { fittedFixture, TOLERANCE } from "../../functions/_helpers/fittedModel";

let model: FittedModel;
beforeAll(async () => {
  model = (await fittedFixture()).result.model;
}, 60_000);

describe("optimizeModelBudget", () => {
  it("spends the whole budget within 50–150% of current spend and does not lose revenue under the exact curves", () => {
    const current = currentWeeklySpend(model);
    const total = model.roles.social.reduce((s, name) => s + (current[name] ?? 0), 0);
    const allocation = optimizeModelBudget(model, { total });
    expect(allocation.totalRecommended).toBeCloseTo(total, 6);
    let before = 0;
    let after = 0;
    for (const channel of allocation.channels) {
      expect(channel.recommended).toBeGreaterThanOrEqual(0.5 * channel.current - 1e-6);
      expect(channel.recommended).toBeLessThanOrEqual(1.5 * channel.current + 1e-6);
      const exact = modelResponse(model, channel.name);
      before += exact(channel.current);
      after += exact(channel.recommended);
      // The interpolated curve the optimiser used agrees with the model at the recommendation.
      expect(Math.abs(channel.recommendedRevenue - exact(channel.recommended))).toBeLessThanOrEqual(
        TOLERANCE.relativeInterpolation * Math.max(1, Math.abs(exact(channel.recommended)))
      );
    }
    expect(after).toBeGreaterThanOrEqual(before - 1e-6 * Math.abs(before));
  });

  it("keeps every channel at current spend when min = max = 1", () => {
    const allocation = optimizeModelBudget(model, { minShare: 1, maxShare: 1 });
    for (const channel of allocation.channels)
      expect(channel.recommended).toBeCloseTo(channel.current, 6);
  });

  it("says how to move a budget that the bounds cannot meet, and rejects min above max", () => {
    expect(() => optimizeModelBudget(model, { total: 1e9 })).toThrow(
      /above the sum of the channel maximums/
    );
    expect(() => optimizeModelBudget(model, { total: 1 })).toThrow(
      /below the sum of the channel minimums/
    );
    expect(() => optimizeModelBudget(model, { minShare: 2, maxShare: 1 })).toThrow(/0 ≤ min ≤ max/);
  });
});
