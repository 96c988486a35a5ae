import { describe, expect, it } from "@jest/globals";
import * as attribution from "../../../src/core/attribution";

describe("attribution barrel", () => {
  it("exports effects, contributions and the full fit by name", () => {
    for (const fn of [
      attribution.fitMmm,
      attribution.fitWithFixedHyperparameters,
      attribution.counterfactualEffects,
      attribution.counterfactualOutcome,
      attribution.compareVariants,
      attribution.priceElasticity,
      attribution.promotionLift,
      attribution.decomposeContributions,
      attribution.contributionParts,
      attribution.referenceText,
    ]) {
      expect(typeof fn).toBe("function");
    }
  });
});
