import { describe, expect, it } from "@jest/globals";
import {
  simulateGoogle,
  simulateRevenue,
  trueResponse,
  type StructuralModel,
} from "../../../src/core/simulate/structuralModel";

/** A two-week model with no carry-over, shape 1 and round numbers, so the equations can be checked by hand. */
const model: StructuralModel = {
  weeks: 2,
  channels: [
    {
      name: "facebook_spend",
      response: { decay: 0, maxLag: 0, halfSaturation: 100, shape: 1 },
      mediatedStrength: 50,
      directStrength: 1000,
    },
  ],
  google: {
    response: { decay: 0, maxLag: 0, halfSaturation: 200, shape: 1 },
    strength: 3000,
    baseline: 150,
  },
  googleOn: Uint8Array.from([1, 0]),
  googleNoise: Float64Array.from([2, 1]),
  base: Float64Array.from([10000, 10000]),
  crm: Float64Array.from([500, 0]),
  promo: Float64Array.from([0, 1]),
  promoLift: 0.1,
  referencePrice: 100,
  priceElasticity: -1,
  revenueNoise: Float64Array.from([1, 0.5]),
};

describe("the structural equations", () => {
  it("apply adstock then Hill for a response", () => {
    expect(Array.from(trueResponse([100, 300], model.channels[0]!.response))).toEqual([0.5, 0.75]);
  });
  it("give google = on · (baseline + a · hill) · noise, 0 in off weeks", () => {
    // Week 1: (150 + 50 · 0.5) · 2 = 350; week 2 is switched off.
    expect(Array.from(simulateGoogle(model, [[100, 300]]))).toEqual([350, 0]);
  });
  it("give revenue = (base + β·hill(google) + δ·hill(x) + CRM) · price factor · promo factor · noise", () => {
    const revenue = simulateRevenue(model, {
      direct: [[100, 300]],
      google: [200, 0],
      price: [100, 50],
    });
    // Week 1: (10000 + 3000 · 0.5 + 1000 · 0.5 + 500) · 1 · 1 · 1 = 12500.
    expect(revenue[0]).toBeCloseTo(12500, 9);
    // Week 2: (10000 + 0 + 1000 · 0.75 + 0) · (50/100)^−1 · 1.1 · 0.5 = 11825.
    expect(revenue[1]).toBeCloseTo(11825, 9);
  });
  it("round google to cents", () => {
    const noisy = { ...model, googleNoise: Float64Array.from([1.0000001, 1]) };
    expect(simulateGoogle(noisy, [[100, 300]])[0]).toBe(175);
  });
});
