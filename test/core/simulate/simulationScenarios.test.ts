import { describe, expect, it } from "@jest/globals";
import { resolveSimulationOptions } from "../../../src/core/simulate/resolveSimulationOptions";
import { simulateMmmData } from "../../../src/core/simulate/simulateMmmData";
import { SIMULATION_SCENARIOS } from "../../../src/core/simulate/simulationScenarios";

describe("SIMULATION_SCENARIOS", () => {
  const resolved = SIMULATION_SCENARIOS.map((scenario) =>
    resolveSimulationOptions(scenario.options)
  );
  const channels = resolved.flatMap((options) => options.channels);

  it("lists at least 24 scenarios with unique names and unique explicit seeds", () => {
    expect(SIMULATION_SCENARIOS.length).toBeGreaterThanOrEqual(24);
    expect(new Set(SIMULATION_SCENARIOS.map((s) => s.name)).size).toBe(SIMULATION_SCENARIOS.length);
    const seeds = SIMULATION_SCENARIOS.map((s) => s.options.seed);
    expect(seeds.every((seed) => Number.isInteger(seed))).toBe(true);
    expect(new Set(seeds).size).toBe(seeds.length);
  });
  it("spans 104 to 260 weeks and 2% to 10% noise", () => {
    const weeks = resolved.map((o) => o.weeks);
    const noise = resolved.map((o) => o.noise);
    expect(Math.min(...weeks)).toBe(104);
    expect(Math.max(...weeks)).toBe(260);
    expect(Math.min(...noise)).toBe(0.02);
    expect(Math.max(...noise)).toBe(0.1);
  });
  it("includes channels with no mediated path, no direct path, and varied decays", () => {
    expect(channels.some((c) => c.mediatedStrength === 0 && c.directStrength > 0)).toBe(true);
    expect(channels.some((c) => c.directStrength === 0 && c.mediatedStrength > 0)).toBe(true);
    const decays = channels.map((c) => c.decay);
    expect(Math.min(...decays)).toBeLessThanOrEqual(0.05);
    expect(Math.max(...decays)).toBeGreaterThanOrEqual(0.7);
  });
  it.each(SIMULATION_SCENARIOS.map((s) => [s.name, s] as const))(
    "simulates %s with truth identities holding",
    (_, scenario) => {
      const { truth } = simulateMmmData(scenario.options);
      for (const name of truth.channelNames) {
        const channel = truth.channels[name];
        if (!channel) throw new Error(`missing truth for ${name}`);
        expect(Math.abs(channel.direct + channel.indirect - channel.total)).toBeLessThanOrEqual(
          1e-9 * Math.max(1, Math.abs(channel.total))
        );
        if (channel.shareMediated !== null) {
          expect(channel.shareMediated).toBeGreaterThanOrEqual(0);
          expect(channel.shareMediated).toBeLessThanOrEqual(1);
        }
      }
    }
  );
  it("covers mediated shares from 0 to 1", () => {
    const shares = SIMULATION_SCENARIOS.flatMap((s) => {
      const { truth } = simulateMmmData(s.options);
      return truth.channelNames
        .map((n) => truth.channels[n]?.shareMediated)
        .filter((v): v is number => v !== null && v !== undefined);
    });
    expect(Math.min(...shares)).toBe(0);
    expect(Math.max(...shares)).toBe(1);
  });
});
