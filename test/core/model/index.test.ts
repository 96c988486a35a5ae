import { describe, expect, it } from "@jest/globals";
import * as decomposition from "../../../src/core/decomposition";
import * as mediation from "../../../src/core/mediation";
import * as model from "../../../src/core/model";

describe("model, mediation and decomposition barrels", () => {
  it("export the public functions by name", () => {
    for (const fn of [
      model.fitMmm,
      model.fitWithFixedHyperparameters,
      model.parseModel,
      model.predictModel,
      model.serializeModel,
      model.createRetuner,
    ]) {
      expect(typeof fn).toBe("function");
    }
    expect(typeof mediation.counterfactualEffects).toBe("function");
    expect(typeof mediation.compareVariants).toBe("function");
    expect(typeof decomposition.decomposeContributions).toBe("function");
  });
});
