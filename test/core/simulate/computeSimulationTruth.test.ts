import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import { simulateMmmData } from "../../../src/core/simulate/simulateMmmData";

/** Relative tolerance for sums equal up to floating-point reordering. */
const TOLERANCE_SUM = 1e-12;
const expectSameSum = (actual: number, expected: number): void => {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(
    TOLERANCE_SUM * Math.max(1, Math.abs(expected))
  );
};

describe("computeSimulationTruth", () => {
  const { truth, options } = simulateMmmData({
    seed: 9,
    channels: [
      { name: "facebook_spend" },
      { name: "tiktok_spend", mediatedStrength: 0 },
      { name: "instagram_spend", directStrength: 0 },
      { name: "snapchat_spend", directStrength: 0, mediatedStrength: 0 },
    ],
  });

  it("splits every channel's total into direct plus indirect", () => {
    for (const name of truth.channelNames) {
      const channel = truth.channels[name];
      expectSameSum((channel?.direct ?? NaN) + (channel?.indirect ?? NaN), channel?.total ?? NaN);
    }
  });
  it("gives a mediated share in [0, 1] when effects are positive", () => {
    const channel = truth.channels.facebook_spend;
    expect(channel?.total).toBeGreaterThan(0);
    expect(channel?.direct).toBeGreaterThan(0);
    expect(channel?.indirect).toBeGreaterThan(0);
    expect(channel?.shareMediated).toBeGreaterThan(0);
    expect(channel?.shareMediated).toBeLessThan(1);
  });
  it("gives exactly 0 indirect effect to a channel with no mediated path", () => {
    expect(truth.channels.tiktok_spend?.indirect).toBe(0);
    expect(truth.channels.tiktok_spend?.shareMediated).toBe(0);
  });
  it("gives exactly 0 direct effect to a channel with no direct path", () => {
    expect(truth.channels.instagram_spend?.direct).toBe(0);
    expect(truth.channels.instagram_spend?.shareMediated).toBe(1);
  });
  it("gives no effect and an undefined share to a channel with neither path", () => {
    expect(truth.channels.snapchat_spend?.total).toBe(0);
    expect(truth.channels.snapchat_spend?.shareMediated).toBeNull();
    expect(truth.channels.snapchat_spend?.roas).toBe(0);
  });
  it("reports ROAS as effect per unit of spend", () => {
    const channel = truth.channels.facebook_spend;
    expectSameSum(channel?.roas ?? NaN, (channel?.total ?? NaN) / (channel?.spend ?? NaN));
    expectSameSum(
      channel?.roasMediated ?? NaN,
      (channel?.indirect ?? NaN) / (channel?.spend ?? NaN)
    );
    expect(truth.google.total).toBeGreaterThan(0);
    expectSameSum(truth.google.roas ?? NaN, truth.google.total / truth.google.spend);
  });
  it("recovers the price elasticity and promotion lift it was given", () => {
    expect(truth.elasticity).toBeCloseTo(options.priceElasticity, 3);
    expect(truth.promoLift).toBe(options.promoLift);
    expect(truth.crm).toEqual(options.crm);
  });
  it("hands out the true transform parameters as specs, half-saturation in spend units", () => {
    const channel = truth.channels.facebook_spend;
    expect(channel?.adstock).toEqual({
      kind: "geometric",
      decay: channel?.decay,
      maxLag: options.adstockMaxLag,
    });
    expect(channel?.saturation).toEqual({
      kind: "hill",
      halfSaturation: channel?.halfSaturation,
      shape: channel?.shape,
    });
    expect(channel?.halfSaturationRelative).toBe(options.channels[0]?.halfSaturation);
    // Mean nonzero adstocked facebook spend is several thousand, so the spend-unit value is far from the relative one.
    expect(channel?.halfSaturation).toBeGreaterThan(1000);
    expect(truth.google.saturation.kind).toBe("hill");
  });
  it("keeps its identities for any seed and any mix of paths", () => {
    const strength = (max: number) =>
      fc.oneof(fc.constant(0), fc.double({ min: 1, max, noNaN: true }));
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        strength(3000),
        strength(8000),
        (seed, mediated, direct) => {
          const { truth: t } = simulateMmmData({
            seed,
            channels: [
              { name: "facebook_spend", mediatedStrength: mediated, directStrength: direct },
              { name: "tiktok_spend" },
            ],
          });
          const channel = t.channels.facebook_spend!;
          expectSameSum(channel.direct + channel.indirect, channel.total);
          if (mediated === 0) expect(channel.indirect).toBe(0);
          if (direct === 0) expect(channel.direct).toBe(0);
          if (channel.shareMediated !== null) {
            expect(channel.shareMediated).toBeGreaterThanOrEqual(0);
            expect(channel.shareMediated).toBeLessThanOrEqual(1);
          }
        }
      ),
      { numRuns: 25 }
    );
  });
});
