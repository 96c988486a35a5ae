import { describe, expect, it } from "@jest/globals";
import * as model from "../../../src/core/model";

describe("model barrel", () => {
  it("exports the search, fit, refit, prediction and (de)serialisation by name", () => {
    for (const fn of [
      model.fitModel,
      model.refitModel,
      model.parseModel,
      model.predictModel,
      model.serializeModel,
      model.createRetuner,
      model.revenuePerLinearUnit,
      model.validateContributionBase,
    ]) {
      expect(typeof fn).toBe("function");
    }
  });
});
