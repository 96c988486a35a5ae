import { beforeAll, describe, expect, it } from "@jest/globals";
import { toDataset } from "../../../src/core/data/toDataset";
import { fitMmm } from "../../../src/core/attribution/fitMmm";
import type { FittedModel } from "../../../src/core/model/types";
import { currentWeeklySpend } from "../../../src/core/scenario/currentWeeklySpend";
import { modelNetResponse } from "../../../src/core/scenario/modelNetResponse";
import { modelResponse } from "../../../src/core/scenario/modelResponse";
import { projectedRevenue } from "../../../src/core/scenario/projectedRevenue";
import { simulateMmmData } from "../../../src/core/simulate/simulateMmmData";
import { fittedFixture } from "../../functions/_helpers/fittedModel";

/** Two subtractions of the same model runs in another grouping: agreement to rounding. */
const ROUNDING = 1e-9;

let model: FittedModel;
beforeAll(async () => {
  model = (await fittedFixture()).result.model;
}, 60_000);

describe("modelNetResponse", () => {
  it("is exactly 0 in every part at no spend", () => {
    for (const channel of model.roles.social) {
      expect(modelNetResponse(model, channel)(0)).toEqual({ revenue: 0, inducedSpend: 0, net: 0 });
    }
  });

  it("induces the mediator spend stage 1 predicts with the channel at x minus at 0, others at current", () => {
    const current = currentWeeklySpend(model);
    const at = (spend: number) =>
      projectedRevenue(model, { ...current, facebook_spend: spend }).mediatorSpend as number;
    const part = modelNetResponse(model, "facebook_spend")(20000);
    expect(part.inducedSpend).toBeCloseTo(at(20000) - at(0), 6);
    // Facebook drives google in the simulation, so the fit's stage 1 gives it a positive induced spend.
    expect(part.inducedSpend).toBeGreaterThan(0);
  });

  it("keeps the gross revenue of modelResponse and nets the induced spend off it", () => {
    for (const channel of model.roles.social) {
      const part = modelNetResponse(model, channel)(4000);
      expect(part.revenue).toBe(modelResponse(model, channel)(4000));
      expect(Math.abs(part.net - (part.revenue - part.inducedSpend))).toBeLessThanOrEqual(
        ROUNDING * Math.max(1, Math.abs(part.revenue))
      );
      expect(part.net).toBeLessThan(part.revenue);
    }
  });

  it("induces nothing in a single-stage model: net is the revenue itself", async () => {
    const ingested = toDataset(simulateMmmData({ seed: 101 }).grid, {
      roles: {
        mediator: null,
        social: [
          "facebook_spend",
          "tiktok_spend",
          "instagram_spend",
          "snapchat_spend",
          "google_spend",
        ],
      },
    });
    if (!ingested.ok) throw new Error("the simulated grid should ingest");
    const single = (await fitMmm(ingested.dataset, { form: "additive" })).model;
    for (const channel of single.roles.social) {
      const part = modelNetResponse(single, channel)(3000);
      expect(part.inducedSpend).toBe(0);
      expect(part.net).toBe(part.revenue);
    }
  }, 60_000);

  it("rejects the mediator, an unknown channel and a negative spend", () => {
    expect(() => modelNetResponse(model, "google_spend")).toThrow(/'google_spend' is the mediator/);
    expect(() => modelNetResponse(model, "radio_spend")).toThrow(/not a channel of the model/);
    expect(() => modelNetResponse(model, "facebook_spend")(-1)).toThrow(/at least 0/);
  });
});
