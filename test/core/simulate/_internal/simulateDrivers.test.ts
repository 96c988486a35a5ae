import { describe, expect, it } from "@jest/globals";
import { simulateDrivers } from "../../../../src/core/simulate/_internal/simulateDrivers";
import { resolveSimulationOptions } from "../../../../src/core/simulate/resolveSimulationOptions";

const mean = (values: ArrayLike<number>): number =>
  Array.from(values).reduce((a, b) => a + b, 0) / values.length;

describe("simulateDrivers", () => {
  const options = resolveSimulationOptions({ seed: 11, weeks: 260 });
  const drivers = simulateDrivers(options);

  it("draws spend on the scale of the real data, zero in off weeks, in whole cents", () => {
    // Real data (104 weeks): facebook always on at about 5,300; the others at 0 in 60–65% of weeks.
    const facebook = drivers.spend[0]!;
    expect(facebook.every((v) => v > 0)).toBe(true);
    expect(mean(facebook)).toBeGreaterThan(4000);
    expect(mean(facebook)).toBeLessThan(6500);
    for (const series of drivers.spend.slice(1)) {
      const zeros = series.filter((v) => v === 0).length / series.length;
      expect(zeros).toBeGreaterThan(0.35);
      expect(zeros).toBeLessThan(0.85);
    }
    expect(
      drivers.spend.every((series) => series.every((v) => Math.round(v * 100) / 100 === v))
    ).toBe(true);
  });
  it("switches google off in about the requested share of weeks", () => {
    const off = drivers.googleOn.filter((v) => v === 0).length / options.weeks;
    expect(Math.abs(off - options.google.offWeeksShare)).toBeLessThan(0.15);
  });
  it("draws prices around 100 that are cut in promotion weeks, and CRM sends around the real levels", () => {
    expect(mean(drivers.price)).toBeGreaterThan(95);
    expect(mean(drivers.price)).toBeLessThan(105);
    expect(mean(drivers.emails)).toBeGreaterThan(100000);
    expect(mean(drivers.sms)).toBeGreaterThan(18000);
    const promoShare = mean(drivers.promo);
    expect(promoShare).toBeGreaterThan(0.1);
    expect(promoShare).toBeLessThan(0.35);
  });
  it("keeps revenue noise around 1 with the requested spread", () => {
    const noise = Array.from(drivers.revenueNoise);
    const sd = Math.sqrt(mean(noise.map((v) => (v - 1) ** 2)));
    expect(Math.abs(mean(noise) - 1)).toBeLessThan(0.01);
    expect(Math.abs(sd - options.noise)).toBeLessThan(0.01);
  });
  it("lets followers grow over time", () => {
    expect(drivers.followers[options.weeks - 1]).toBeGreaterThan(drivers.followers[0]!);
  });
});
