import { beforeAll, describe, expect, it } from "@jest/globals";
import { counterfactualEffects } from "../../../src/core/attribution/counterfactualEffects";
import { counterfactualOutcome } from "../../../src/core/model/counterfactualOutcome";
import type { Series } from "../../../src/core/types";
import { fitSimulated, type SimulatedFit } from "../analysis/fitSimulated";

/** Same sums taken in a different order: agreement to rounding. */
const RELATIVE_ROUNDING = 1e-9;

let fit: SimulatedFit;
beforeAll(async () => {
  fit = await fitSimulated({ seed: 101 });
}, 120_000);

const sum = (values: ArrayLike<number>): number => Array.from(values).reduce((a, b) => a + b, 0);

describe("counterfactualEffects net ROAS", () => {
  it("charges each social channel the Google spend stage 1 says it induced", () => {
    const { model } = fit.result;
    const columns = fit.dataset.columns;
    const effects = counterfactualEffects(model, columns, "observed");
    const google = model.roles.mediator!;
    for (const effect of effects.channels) {
      const zero = {
        [effect.channel]: new Float64Array((columns[effect.channel] as Series).length),
      };
      const without = counterfactualOutcome(model, columns, zero).mediator;
      const induced = sum(columns[google] as Series) - sum(without);
      expect(Math.abs(effect.inducedMediatorSpend - induced)).toBeLessThanOrEqual(
        RELATIVE_ROUNDING * Math.abs(induced) + 1e-9
      );
      expect(effect.netRoas).toBeCloseTo((effect.total - induced) / effect.spend, 12);
    }
    // The simulator's social channels drive Google spend: at least one channel induces some.
    expect(effects.channels.some((effect) => effect.inducedMediatorSpend > 0)).toBe(true);
    const driver = effects.channels.find((effect) => effect.inducedMediatorSpend > 0)!;
    expect(driver.netRoas!).toBeLessThan(driver.roas!);
  });

  it("induces no Google spend in a single-stage model, so net ROAS equals ROAS", () => {
    const { model } = fit.result;
    const single = { ...model, mediatorStage: null, roles: { ...model.roles, mediator: null } };
    const effects = counterfactualEffects(single, fit.dataset.columns, "observed");
    for (const effect of effects.channels) {
      expect(effect.inducedMediatorSpend).toBe(0);
      expect(effect.netRoas).toBe(effect.roas);
    }
  });
});
