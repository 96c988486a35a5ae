import { describe, expect, it } from "@jest/globals";
import { InvalidParameterError } from "../../../src/core/errors";
import { DEFAULT_CHANNELS, DEFAULT_GOOGLE } from "../../../src/core/simulate/defaultChannels";
import { resolveSimulationOptions } from "../../../src/core/simulate/resolveSimulationOptions";
import type { SimulationOptions } from "../../../src/core/simulate/simulationOptions";

describe("resolveSimulationOptions", () => {
  it("fills every default", () => {
    const resolved = resolveSimulationOptions();
    expect(resolved.weeks).toBe(104);
    expect(resolved.startDate).toBe("2023-09-17");
    expect(resolved.channels).toEqual(DEFAULT_CHANNELS);
    expect(resolved.google).toEqual(DEFAULT_GOOGLE);
    expect(resolved.noise).toBe(0.04);
    expect(resolved.priceElasticity).toBe(-1.2);
    expect(resolved.promoLift).toBe(0.15);
  });
  it("gives a known channel its own defaults and an unknown one generic defaults", () => {
    const resolved = resolveSimulationOptions({
      channels: [
        { name: "tiktok_spend", decay: 0.6 },
        { name: "pinterest_spend", decay: undefined },
      ],
    });
    expect(resolved.channels[0]).toEqual({ ...DEFAULT_CHANNELS[1], decay: 0.6 });
    expect(resolved.channels[1]?.name).toBe("pinterest_spend");
    expect(resolved.channels[1]?.decay).toBe(0.3);
  });
  it("keeps google defaults for fields left out", () => {
    expect(resolveSimulationOptions({ google: { strength: 1 } }).google).toEqual({
      ...DEFAULT_GOOGLE,
      strength: 1,
    });
  });
  const bad: [string, SimulationOptions][] = [
    ["weeks", { weeks: 10 }],
    ["weeks", { weeks: 104.5 }],
    ["seed", { seed: 1.5 }],
    ["startDate", { startDate: "2023-09-18" }],
    ["startDate", { startDate: "2023-02-30" }],
    ["channels", { channels: [] }],
    ["channels.name", { channels: [{ name: "" }] }],
    ["channels.revenue", { channels: [{ name: "revenue" }] }],
    ["channels.a", { channels: [{ name: "a" }, { name: "a" }] }],
    ["channels.a.meanSpend", { channels: [{ name: "a", meanSpend: 0 }] }],
    ["channels.a.activeShare", { channels: [{ name: "a", activeShare: 0 }] }],
    ["channels.a.burstWeeks", { channels: [{ name: "a", burstWeeks: 0.5 }] }],
    ["channels.a.decay", { channels: [{ name: "a", decay: 1 }] }],
    ["channels.a.halfSaturation", { channels: [{ name: "a", halfSaturation: 0 }] }],
    ["channels.a.shape", { channels: [{ name: "a", shape: -1 }] }],
    ["channels.a.mediatedStrength", { channels: [{ name: "a", mediatedStrength: -1 }] }],
    ["channels.a.directStrength", { channels: [{ name: "a", directStrength: Number.NaN }] }],
    ["google.strength", { google: { strength: -1 } }],
    ["google.baseline", { google: { baseline: -1 } }],
    ["google.offWeeksShare", { google: { offWeeksShare: 1 } }],
    ["google.noise", { google: { noise: 2 } }],
    ["google.decay", { google: { decay: -0.1 } }],
    ["noise", { noise: 0.9 }],
    ["priceElasticity", { priceElasticity: Infinity }],
    ["promoLift", { promoLift: -1 }],
    ["promoShare", { promoShare: 1 }],
    ["crm.emailEffect", { crm: { emailEffect: Number.NaN } }],
    ["crm.smsEffect", { crm: { smsEffect: Infinity } }],
    ["intercept", { intercept: 0 }],
    ["trend", { trend: -40000 }],
    ["seasonality", { seasonality: 40000 }],
    ["adstockMaxLag", { adstockMaxLag: -1 }],
  ];
  it.each(bad)("rejects a bad %s", (parameter, options) => {
    expect(() => resolveSimulationOptions(options)).toThrow(InvalidParameterError);
    try {
      resolveSimulationOptions(options);
    } catch (error) {
      expect((error as InvalidParameterError).parameter).toBe(parameter);
    }
  });
});
