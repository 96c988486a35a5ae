import { describe, expect, it } from "@jest/globals";
import * as simulate from "../../../src/core/simulate";

describe("the simulate barrel", () => {
  it("exports the simulator, its defaults and the scenarios", () => {
    expect(typeof simulate.simulateMmmData).toBe("function");
    expect(typeof simulate.resolveSimulationOptions).toBe("function");
    expect(simulate.DEFAULT_CHANNELS.map((c) => c.name)).toEqual([
      "facebook_spend",
      "tiktok_spend",
      "instagram_spend",
      "snapchat_spend",
    ]);
    expect(simulate.DEFAULT_GOOGLE.offWeeksShare).toBeGreaterThan(0.5);
    expect(simulate.FIXED_COLUMNS).toContain("revenue");
    expect(simulate.SIMULATION_SCENARIOS.length).toBeGreaterThanOrEqual(24);
  });
});
