import { describe, expect, it } from "@jest/globals";
import { lengthenedScenarios } from "../../../bench/_shared/lengthenedScenarios";
import { resolveSimulationOptions } from "../../../src/core/simulate/resolveSimulationOptions";
import { SIMULATION_SCENARIOS } from "../../../src/core/simulate/simulationScenarios";

describe("lengthenedScenarios", () => {
  const long = lengthenedScenarios(SIMULATION_SCENARIOS);

  it("takes exactly the 104-week, 4%-noise scenarios and runs them over 260 weeks with their own seeds", () => {
    const source = SIMULATION_SCENARIOS.filter((scenario) => {
      const resolved = resolveSimulationOptions(scenario.options);
      return resolved.weeks === 104 && resolved.noise === 0.04;
    });
    expect(source.length).toBeGreaterThanOrEqual(10);
    expect(long.map((scenario) => scenario.name)).toEqual(
      source.map((scenario) => `${scenario.name}@260wk`)
    );
    long.forEach((scenario, i) => {
      const resolved = resolveSimulationOptions(scenario.options);
      expect(resolved.weeks).toBe(260);
      expect(resolved.noise).toBe(0.04);
      expect(scenario.options.seed).toBe(source[i]?.options.seed);
    });
  });

  it("leaves out the other lengths and noise levels", () => {
    const names = long.map((scenario) => scenario.name);
    for (const excluded of ["five-years", "hard-mix", "low-noise", "high-noise", "three-years"])
      expect(names).not.toContain(`${excluded}@260wk`);
    expect(new Set(names).size).toBe(names.length);
  });
});
