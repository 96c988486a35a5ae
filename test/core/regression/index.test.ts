import { describe, expect, it } from "@jest/globals";
import * as regression from "../../../src/core/regression";

describe("regression index", () => {
  it("exports every solver of the contract as a function", () => {
    for (const name of [
      "fitOls",
      "fitRidge",
      "ridgePath",
      "fitElasticNet",
      "elasticNetPath",
      "elasticNetGram",
      "predictLinear",
    ]) {
      expect(typeof (regression as Record<string, unknown>)[name]).toBe("function");
    }
  });
});
